"""The search index keeps no second copy of the articles' text (issue 18).

Its text is read from what the article row already stores: the title, the
standfirst, the plain text of the stored body and the names in the stored
page data.

SQLite: an external-content FTS5 table whose content is the view
``articles_search_text`` over the article table (snippets read it from
there), kept up to date by triggers on the article table; FTS5 3.40 removes
a row only given the text it indexed, which the triggers have as the old
row. The view and the triggers call three SQL functions that the app
registers on every connection (``articles.services.search_text``).

PostgreSQL: a table of the article's id and its weighted tsvector only, with
a GIN index; the app writes it.

Both are filled from every article. Backwards, the table 0025_search_names
made comes back (with its own copy of the text), filled the same way.

Frozen: the code below is ``articles.services.search_text`` as it was when
this migration was written.
"""

import html
import json
import re

from django.db import migrations

NOT_INDEXED = str.maketrans("", "", "\ue000\ue001\ue002")
PART_BREAK = "\n"
BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "li", "div", "section", "summary",
    "details", "figcaption", "blockquote", "pre", "tr", "td", "th", "br",
}  # fmt: skip
SKIPPED = re.compile(
    r'<nav class="toc"[^>]*>.*?</nav>|<p class="article-tags"[^>]*>.*?</p>'
)
PART_ENDS = re.compile(rf"</?(?:{'|'.join(sorted(BLOCKS))})(?:[\s/][^>]*)?>")
TAG = re.compile(r"<[^>]*>")
WHITESPACE = re.compile(r"\s+")


def body_text(body_html):
    text = SKIPPED.sub("", WHITESPACE.sub(" ", body_html or ""))
    text = html.unescape(TAG.sub(" ", PART_ENDS.sub(PART_BREAK, text)))
    parts = (" ".join(part.split()) for part in text.split(PART_BREAK))
    return PART_BREAK.join(part for part in parts if part).translate(NOT_INDEXED)


def names_text(page_data):
    data = json.loads(page_data or "{}") if isinstance(page_data, str) else page_data
    data = data or {}
    names = [author["name"] for author in data.get("authors") or []]
    names += [data["topic"]["name"]] if data.get("topic") else []
    names += data.get("keywords") or []
    return PART_BREAK.join(names).translate(NOT_INDEXED)


def plain_text(text):
    return (text or "").translate(NOT_INDEXED)


def indexed_text(article):
    return (
        plain_text(article.title),
        plain_text(article.standfirst),
        body_text(article.body_html),
        names_text(article.page_data),
    )


COLUMNS = ("title", "standfirst", "body", "names")
TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
INDEXED = (
    "articles_search_plain({row}.title), articles_search_plain({row}.standfirst), "
    "articles_search_body({row}.body_html), articles_search_names({row}.page_data)"
)
ADD = (
    "INSERT INTO articles_search (rowid, title, standfirst, body, names) "
    f"VALUES (new.id, {INDEXED.format(row='new')});"
)
REMOVE = (
    "INSERT INTO articles_search "
    "(articles_search, rowid, title, standfirst, body, names) "
    f"VALUES ('delete', old.id, {INDEXED.format(row='old')});"
)
STORED_COLUMNS = ("title", "standfirst", "body_html", "page_data")
CHANGED = " OR ".join(f"old.{name} IS NOT new.{name}" for name in STORED_COLUMNS)
SQLITE_TRIGGERS = {
    "articles_search_insert": f"AFTER INSERT ON articles_article BEGIN {ADD} END",
    "articles_search_delete": f"AFTER DELETE ON articles_article BEGIN {REMOVE} END",
    "articles_search_update": (
        f"AFTER UPDATE OF {', '.join(STORED_COLUMNS)} ON articles_article "
        f"WHEN {CHANGED} BEGIN {REMOVE} {ADD} END"
    ),
}
SQLITE_LEAN = [
    "CREATE VIEW articles_search_text AS SELECT id, "
    "articles_search_plain(title) AS title, "
    "articles_search_plain(standfirst) AS standfirst, "
    "articles_search_body(body_html) AS body, "
    "articles_search_names(page_data) AS names FROM articles_article",
    "CREATE VIRTUAL TABLE articles_search USING fts5(title, standfirst, body, "
    f"names, content='articles_search_text', content_rowid='id', {TOKENIZE})",
    *(f"CREATE TRIGGER {name} {body}" for name, body in SQLITE_TRIGGERS.items()),
    "INSERT INTO articles_search (articles_search) VALUES ('rebuild')",
]
SQLITE_DROP_LEAN = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS),
    "DROP TABLE articles_search",
    "DROP VIEW articles_search_text",
]


def postgresql_vector(weights):
    return " || ".join(
        f"setweight(to_tsvector('english'::regconfig, replace({column}, '<', ' ')),"
        f" '{weight}')"
        for column, weight in weights
    )


WEIGHTS = tuple(zip(COLUMNS, ("A", "B", "C", "B"), strict=True))
POSTGRESQL_LEAN = [
    "CREATE TABLE articles_search (id bigint PRIMARY KEY, vector tsvector NOT NULL)",
    "CREATE INDEX articles_search_vector ON articles_search USING gin (vector)",
]
POSTGRESQL_NAMES = [
    "CREATE TABLE articles_search (id bigint PRIMARY KEY, "
    + "".join(f"{column} text NOT NULL, " for column in COLUMNS)
    + f"vector tsvector GENERATED ALWAYS AS ({postgresql_vector(WEIGHTS)}) STORED)",
    "CREATE INDEX articles_search_vector ON articles_search USING gin (vector)",
]


def register_functions(connection):
    for name, function in (
        ("articles_search_plain", plain_text),
        ("articles_search_body", body_text),
        ("articles_search_names", names_text),
    ):
        connection.connection.create_function(name, 1, function, deterministic=True)


def fill(apps, connection, insert):
    Article = apps.get_model("articles", "Article").objects.using(connection.alias)
    articles = Article.only(*STORED_COLUMNS).order_by("pk")
    with connection.cursor() as cursor:
        batch = []
        for article in articles.iterator(chunk_size=500):
            batch.append([article.pk, *indexed_text(article)])
            if len(batch) == 500:
                cursor.executemany(insert, batch)
                batch = []
        if batch:
            cursor.executemany(insert, batch)


def make_lean(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        register_functions(connection)
        schema_editor.execute("DROP TABLE articles_search")
        for statement in SQLITE_LEAN:
            schema_editor.execute(statement)
    elif connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE articles_search")
        for statement in POSTGRESQL_LEAN:
            schema_editor.execute(statement)
        vector = postgresql_vector((("%s", weight) for _, weight in WEIGHTS))
        insert = f"INSERT INTO articles_search (id, vector) VALUES (%s, {vector})"
        fill(apps, connection, insert)


def bring_back_names(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor not in ("sqlite", "postgresql"):
        return
    if connection.vendor == "sqlite":
        for statement in SQLITE_DROP_LEAN:
            schema_editor.execute(statement)
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE articles_search USING fts5({', '.join(COLUMNS)}, "
            f"{TOKENIZE})"
        )
        id_column = "rowid"
    else:
        schema_editor.execute("DROP TABLE articles_search")
        for statement in POSTGRESQL_NAMES:
            schema_editor.execute(statement)
        id_column = "id"
    insert = (
        f"INSERT INTO articles_search ({id_column}, {', '.join(COLUMNS)}) "
        "VALUES (%s, %s, %s, %s, %s)"
    )
    fill(apps, connection, insert)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0031_front_page_index"),
    ]

    operations = [
        migrations.RunPython(make_lean, bring_back_names),
        *(
            migrations.RemoveField(model_name="postgresqlsearchrow", name=column)
            for column in COLUMNS
        ),
    ]
