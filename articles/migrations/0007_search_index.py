"""The search index of ``articles.search``, filled from the existing articles.

SQLite: an FTS5 table (rowid = article id), English stemming, accents folded.
PostgreSQL: a table whose weighted tsvector is generated from its text, with
a GIN index. "<" is read as a space there: PostgreSQL's parser takes text like
"<style>" for markup and would skip the words after it. Other databases get no
index.
"""

from django.db import migrations

CREATE = {
    "sqlite": [
        "CREATE VIRTUAL TABLE articles_search USING fts5("
        "title, standfirst, body, "
        "tokenize = 'porter unicode61 remove_diacritics 2')",
    ],
    "postgresql": [
        "CREATE TABLE articles_search ("
        "id bigint PRIMARY KEY, "
        "title text NOT NULL, "
        "standfirst text NOT NULL, "
        "body text NOT NULL, "
        "vector tsvector GENERATED ALWAYS AS ("
        + " || ".join(
            f"setweight(to_tsvector('english'::regconfig, replace({column}, '<', ' ')),"
            f" '{weight}')"
            for column, weight in (("title", "A"), ("standfirst", "B"), ("body", "C"))
        )
        + ") STORED)",
        "CREATE INDEX articles_search_vector ON articles_search USING gin (vector)",
    ],
}


def create_index(apps, schema_editor):
    from articles.search import reindex

    vendor = schema_editor.connection.vendor
    if vendor not in CREATE:
        return
    for statement in CREATE[vendor]:
        schema_editor.execute(statement)
    Article = apps.get_model("articles", "Article")
    reindex(
        Article.objects.prefetch_related("sections__bullets", "faqs"),
        using=schema_editor.connection.alias,
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute("DROP TABLE articles_search")


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0006_stored_page_parts"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
