"""An article's lead is stored once, and its JSON without spaces and without
the parts that are empty or are columns already (issue 18).

``body_html`` no longer begins with the lead picture and a copy of
``lead_html``. The page puts them before it (``Article.lead_block_html``),
from ``lead_html`` and two keys of the page data: ``lead_figure`` (the
picture's HTML, when there is one) and ``lead_facades`` (the lead as the page
shows it, when it has embedded players' facades and so differs from
``lead_html``). The API data no longer keeps the article's address (made
from its slug) or the FAQ's heading (a column).

Stored bodies are split here as the old template wrote them: the picture,
then ``<div class="article-lead">``, then the rest, which begins with the
contents list, the closing or the tags, elements the sanitised lead cannot
hold. Backwards they are joined again.

The search index reads the lead and the body: on SQLite the content view and
the triggers change (frozen copies of ``articles.services.search_text``'s
SQL, calling the functions 0032_search_index_lean registers) and the index is
rebuilt. PostgreSQL's index keeps its vectors, made from the same words but
the lead picture's caption; ``render_articles`` indexes every article again.
"""

from importlib import import_module

from django.db import migrations, models

import articles.models.base

BATCH = 500
LEAD_OPEN, LEAD_CLOSE = '<div class="article-lead">', "</div>"
REST_STARTS = ('<nav class="toc"', '<div class="article-closing">', '<p class="article-tags">')

JSON_FIELDS = (
    (
        "api_data",
        "The article's parts and labels as the Content API gives them, stored "
        "when rendered so the API reads one row however large the article.",
    ),
    (
        "card_image",
        "The lead image's thumbnail for lists of articles, stored when saved.",
    ),
    (
        "page_data",
        "What the page and its structured data need besides the fields "
        "(addresses, topic, authors, tags, FAQ), stored when rendered so pages "
        "need no extra query and no URL lookup.",
    ),
)
# What the page data and the API data keep only when not empty, and what an
# empty one was.
PAGE_EMPTY = {
    "image": None,
    "lead_preload": {},
    "faq": [],
    "corrections": "",
    "embed_frames": [],
}
API_EMPTY = {
    "lead_image": None,
    "sections": [],
    "faq": [],
    "authors": [],
    "topic": None,
    "tags": [],
    "corrections": [],
}
LEAN = import_module("articles.migrations.0032_search_index_lean")


def sqlite_index(stored_lead):
    """The content view, triggers and rebuild of the SQLite index, its body
    read from the lead and the body (``stored_lead``) or the body alone."""
    body = ("lead_html", "body_html") if stored_lead else ("body_html",)
    columns = ("title", "standfirst", *body, "page_data")

    def indexed(row):
        return (
            f"articles_search_plain({row}title), articles_search_plain({row}standfirst), "
            f"articles_search_body({' || '.join(row + column for column in body)}), "
            f"articles_search_names({row}page_data)"
        )

    add = (
        "INSERT INTO articles_search (rowid, title, standfirst, body, names) "
        f"VALUES (new.id, {indexed('new.')});"
    )
    remove = (
        "INSERT INTO articles_search "
        "(articles_search, rowid, title, standfirst, body, names) "
        f"VALUES ('delete', old.id, {indexed('old.')});"
    )
    changed = " OR ".join(f"old.{name} IS NOT new.{name}" for name in columns)
    return [
        "CREATE VIEW articles_search_text AS SELECT id, "
        "articles_search_plain(title) AS title, "
        "articles_search_plain(standfirst) AS standfirst, "
        f"articles_search_body({' || '.join(body)}) AS body, "
        "articles_search_names(page_data) AS names FROM articles_article",
        f"CREATE TRIGGER articles_search_insert AFTER INSERT ON articles_article "
        f"BEGIN {add} END",
        f"CREATE TRIGGER articles_search_delete AFTER DELETE ON articles_article "
        f"BEGIN {remove} END",
        f"CREATE TRIGGER articles_search_update AFTER UPDATE OF {', '.join(columns)} "
        f"ON articles_article WHEN {changed} BEGIN {remove} {add} END",
        "INSERT INTO articles_search (articles_search) VALUES ('rebuild')",
    ]


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS articles_search_insert",
    "DROP TRIGGER IF EXISTS articles_search_delete",
    "DROP TRIGGER IF EXISTS articles_search_update",
    "DROP VIEW IF EXISTS articles_search_text",
]


def split_body(body, lead_html):
    """(picture, lead as shown, rest) of a body the old template wrote."""
    starts = [body.find(marker) for marker in REST_STARTS]
    rest_start = min((start for start in starts if start >= 0), default=len(body))
    head, rest = body[:rest_start], body[rest_start:]
    lead_start = head.find(LEAD_OPEN)
    if lead_start < 0:
        return head.strip(), "", rest.lstrip()
    shown = head[lead_start + len(LEAD_OPEN) :].rstrip()
    shown = shown.removesuffix(LEAD_CLOSE)
    return head[:lead_start].strip(), shown, rest.lstrip()


def each_article(apps, schema_editor, change):
    """``change(article)`` for every article, saved in batches."""
    Article = apps.get_model("articles", "Article")
    # Every stored JSON column is written again, now without spaces.
    fields = ["body_html", "page_data", "api_data", "card_image"]
    articles = Article.objects.using(schema_editor.connection.alias).only(
        "slug", "faq_heading", "lead_html", *fields
    )
    batch = []
    for article in articles.order_by("pk").iterator(chunk_size=BATCH):
        change(article)
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, fields)
            batch = []
    Article.objects.bulk_update(batch, fields)


def store_once(article):
    figure, shown, article.body_html = split_body(article.body_html, article.lead_html)
    page = dict(article.page_data or {})
    if figure:
        page["lead_figure"] = figure
    if shown and shown != article.lead_html:
        page["lead_facades"] = shown
    article.page_data = {
        key: value for key, value in page.items() if value or key not in PAGE_EMPTY
    }
    article.api_data = lean_api_data(article.api_data)


def lean_api_data(stored):
    api = dict(stored or {})
    api.pop("path", None)  # the article's address, from its slug
    api["faq"] = (api.get("faq") or {}).get("entries")  # the heading is a column
    return {key: value for key, value in api.items() if value}


def store_twice(article):
    page = {**PAGE_EMPTY, **(article.page_data or {})}
    figure = page.pop("lead_figure", "")
    lead = page.pop("lead_facades", "") or article.lead_html
    head = [figure] if figure else []
    head += [f"{LEAD_OPEN}{lead}{LEAD_CLOSE}"] if lead else []
    article.body_html = "\n".join([*head, article.body_html])
    article.page_data = page
    api = {**API_EMPTY, **(article.api_data or {})}
    api["path"] = f"/articles/{article.slug}/"
    api["faq"] = {"heading": article.faq_heading, "entries": api["faq"]}
    article.api_data = api


def rework(change, stored_lead):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        sqlite = connection.vendor == "sqlite"
        if sqlite:
            LEAN.register_functions(connection)
            for statement in SQLITE_DROP:
                schema_editor.execute(statement)
        each_article(apps, schema_editor, change)
        if sqlite:
            for statement in sqlite_index(stored_lead):
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0033_sitemap_index")]

    operations = [
        # The encoder is not in the database: no table is remade for it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="article",
                    name=name,
                    field=models.JSONField(
                        default=dict,
                        editable=False,
                        encoder=articles.models.base.CompactJSONEncoder,
                        help_text=help_text,
                    ),
                )
                for name, help_text in JSON_FIELDS
            ]
        ),
        migrations.RunPython(
            rework(store_once, stored_lead=True),
            rework(store_twice, stored_lead=False),
        ),
    ]
