"""The search index of ``articles.search``, filled from the existing articles.

SQLite: an FTS5 table (rowid = article id), English stemming, accents folded.
PostgreSQL: a table whose weighted tsvector is generated from its text, with
a GIN index. "<" is read as a space there: PostgreSQL's parser takes text like
"<style>" for markup and would skip the words after it. Other databases get no
index.

Frozen: the indexing code below is ``articles.search`` as it was when this
migration was written, on the historical models, so that migrating from an
empty database does not depend on code that changes later.
"""

import html

from django.db import migrations
from django.utils.html import strip_tags

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

ID_COLUMN = {"sqlite": "rowid", "postgresql": "id"}
# Private-use characters mark matches in snippets: never indexed.
NOT_INDEXED = str.maketrans("", "", "\ue000\ue001\ue002")
PART_BREAK = "\n"


def plain(fragment):
    return html.unescape(strip_tags(fragment))


def indexed_text(article):
    """``(title, standfirst, body)`` as plain text; the body is every other
    part, in page order, one part a line."""
    parts = [plain(article.lead_html)]
    for section in article.sections.all():
        parts += [section.heading, plain(section.body_html)]
        for bullet in section.bullets.all():
            text = plain(bullet.text_html)
            parts.append(f"{bullet.label}: {text}" if bullet.label else text)
        parts.append(plain(section.body_after_list_html))
    for faq in article.faqs.all():
        parts += [faq.question, plain(faq.answer_html)]
    parts.append(plain(article.closing_html))
    body = PART_BREAK.join(" ".join(part.split()) for part in parts if part.strip())
    return tuple(
        text.translate(NOT_INDEXED)
        for text in (article.title, article.standfirst, body)
    )


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in CREATE:
        return
    for statement in CREATE[vendor]:
        schema_editor.execute(statement)
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    articles = articles.prefetch_related("sections__bullets", "faqs")
    with schema_editor.connection.cursor() as cursor:
        for article in articles.iterator(chunk_size=200):
            cursor.execute(
                f"INSERT INTO articles_search ({ID_COLUMN[vendor]}, title, "
                "standfirst, body) VALUES (%s, %s, %s, %s)",
                [article.pk, *indexed_text(article)],
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
