"""The text the search index holds for an article, read from what the article
row already stores: its title, its standfirst, the plain text of its stored
lead and body (``lead_html`` and ``body_html``) and the names in its stored
page data (authors, topic, tags). The index keeps no copy of it (issue 18).

On SQLite these functions are also SQL functions of every connection
(``register_sqlite_functions``): the index's triggers and its content view
call them to index a row and, on 3.40, to remove it again, which needs the
very text that was indexed. So a change here that changes the text of
stored articles needs a migration that rebuilds the index (as
0032_search_index_lean does), or removing an old row leaves its words.
"""

import html
import json
import re

from django.db import connections

# Private-use characters mark the matches in snippets. They are stripped from
# everything indexed, so after escaping they can only be the database's marks.
MARK_START, MARK_STOP = "\ue000", "\ue001"
# Stands for "<" in PostgreSQL's snippets, and becomes "&lt;" once escaped.
LESS_THAN = "\ue002"
NOT_INDEXED = str.maketrans("", "", MARK_START + MARK_STOP + LESS_THAN)
# Between the parts of the body (a heading and its paragraph, two bullets…).
PART_BREAK = "\n"
# Elements that end a part of the body.
BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "li", "div", "section", "summary",
    "details", "figcaption", "blockquote", "pre", "tr", "td", "th", "br",
}  # fmt: skip
# What the body shows twice: the contents (the headings again) and the tags
# (indexed as names).
SKIPPED = re.compile(
    r'<nav class="toc"[^>]*>.*?</nav>|<p class="article-tags"[^>]*>.*?</p>'
)
PART_ENDS = re.compile(rf"</?(?:{'|'.join(sorted(BLOCKS))})(?:[\s/][^>]*)?>")
TAG = re.compile(r"<[^>]*>")
WHITESPACE = re.compile(r"\s+")


def body_text(body_html):
    """The plain text of a stored body, one part a line."""
    text = SKIPPED.sub("", WHITESPACE.sub(" ", body_html or ""))
    text = html.unescape(TAG.sub(" ", PART_ENDS.sub(PART_BREAK, text)))
    parts = (" ".join(part.split()) for part in text.split(PART_BREAK))
    return PART_BREAK.join(part for part in parts if part).translate(NOT_INDEXED)


def names_text(page_data):
    """The names an article carries, from its stored page data (JSON text or
    a dict): its authors', its topic's and its tags', one a line."""
    data = json.loads(page_data or "{}") if isinstance(page_data, str) else page_data
    data = data or {}
    names = [author["name"] for author in data.get("authors") or []]
    names += [data["topic"]["name"]] if data.get("topic") else []
    names += data.get("keywords") or []
    return PART_BREAK.join(names).translate(NOT_INDEXED)


def plain_text(text):
    """A field indexed as it is (the title, the standfirst)."""
    return (text or "").translate(NOT_INDEXED)


def indexed_text(article):
    """``(title, standfirst, body, names)`` of ``article``, as indexed."""
    return (
        plain_text(article.title),
        plain_text(article.standfirst),
        body_text(article.lead_html + article.body_html),
        names_text(article.page_data),
    )


def register_sqlite_functions(sender, connection, **kwargs):
    """``connection_created`` receiver: the SQL functions the SQLite index's
    triggers and view call."""
    if connection.vendor == "sqlite":
        for name, function in (
            ("articles_search_plain", plain_text),
            ("articles_search_body", body_text),
            ("articles_search_names", names_text),
        ):
            connection.connection.create_function(name, 1, function, deterministic=True)


# The index follows the article table on SQLite: a row's old text leaves it
# (FTS5 3.40 needs that very text to remove it) and its new text enters, on
# every write that changes what is indexed. Frozen copies of these are in
# migration 0034_lead_stored_once.
INDEXED = (
    "articles_search_plain({row}.title), articles_search_plain({row}.standfirst), "
    "articles_search_body({row}.lead_html || {row}.body_html), "
    "articles_search_names({row}.page_data)"
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
STORED_COLUMNS = ("title", "standfirst", "lead_html", "body_html", "page_data")
CHANGED = " OR ".join(f"old.{name} IS NOT new.{name}" for name in STORED_COLUMNS)
SQLITE_TRIGGERS = {
    "articles_search_insert": f"AFTER INSERT ON articles_article BEGIN {ADD} END",
    "articles_search_delete": f"AFTER DELETE ON articles_article BEGIN {REMOVE} END",
    "articles_search_update": (
        f"AFTER UPDATE OF {', '.join(STORED_COLUMNS)} ON articles_article "
        f"WHEN {CHANGED} BEGIN {REMOVE} {ADD} END"
    ),
}


def ensure_sqlite_triggers(sender, using, **kwargs):
    """``post_migrate`` receiver: the index's triggers are there. A migration
    that remakes the article table on SQLite (to change a column) drops its
    triggers with the old table; this puts them back."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        # Only over the index 0032_search_index_lean made (whose content is
        # this view), not an older one migrated back to.
        views = connection.introspection.table_names(cursor, include_views=True)
        if "articles_search_text" not in views:
            return
        for name, body in SQLITE_TRIGGERS.items():
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
