"""PostgreSQL gets the SQL function ``articles_search_body(text)``, which
SQLite's connections already have (``search_text.register_sqlite_functions``):
the plain text of a stored lead and body as the search index reads it, for
the passages search results show.

It was an expression of some twenty nested SQL calls that Django built and
compiled again on every search: with the function, a results page's
passages take 4.6 ms instead of 6.2 at 100,000 articles (issue 18).

Frozen: the patterns below are ``articles.services.search_text``'s and the
escapes ``articles.services.search``'s as they were when this migration was
written; ``tests/db/test_search_text_sql.py`` holds the function to the
Python one.
"""

from django.db import migrations

NOT_INDEXED = "\ue000\ue001\ue002"
PART_BREAK = "\n"
BLOCKS = (
    "blockquote|br|details|div|figcaption|h1|h2|h3|h4|li|p|pre|section|summary|td|th|tr"
)
REPLACEMENTS = (
    (r"\s+", " "),
    (r'<nav class="toc"[^>]*>.*?</nav>|<p class="article-tags"[^>]*>.*?</p>', ""),
    (rf"</?(?:{BLOCKS})(?:[\s/][^>]*)?>", PART_BREAK),
    (r"<[^>]*>", " "),
)
# "&amp;" last, so that "&amp;lt;" becomes "&lt;", as it reads.
ESCAPES = (
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", '"'),
    ("&#x27;", "'"),
    ("&#39;", "'"),
    ("&nbsp;", " "),
    ("&amp;", "&"),
)


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def function_body():
    body = "$1"
    for pattern, by in REPLACEMENTS:
        body = f"regexp_replace({body}, {literal(pattern)}, {literal(by)}, 'g')"
    for escaped, character in ESCAPES:
        body = f"replace({body}, {literal(escaped)}, {literal(character)})"
    return f"translate({body}, {literal(NOT_INDEXED)}, '')"


CREATE = (
    "CREATE OR REPLACE FUNCTION articles_search_body(text) RETURNS text "
    f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT {function_body()} $$"
)
DROP = "DROP FUNCTION IF EXISTS articles_search_body(text)"


def on_postgresql(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0034_lead_stored_once")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]
