"""The search index holds the names an article carries (its authors, topic
and tags), weighted below the title, and is filled again from the existing
articles.

SQLite's FTS5 tables take no new column and PostgreSQL cannot change a
generated column's expression, so the table is made again, on both: with
the names, or without them on the way back (as 0007_search_index made it).

Frozen: the indexing code below is ``articles.services.search`` as it was
when this migration was written, on the historical models.
"""

import html

from django.db import migrations, models
from django.utils.html import strip_tags

# Column: its weight on PostgreSQL (on SQLite the search weighs them).
WEIGHTS = {"title": "A", "standfirst": "B", "body": "C", "names": "B"}
# What writes of the index's first shape (0007's) leave the names, on
# PostgreSQL (SQLite leaves NULL).
DEFAULTS = {"names": " DEFAULT ''"}


def create_statements(vendor, columns):
    if vendor == "sqlite":
        return [
            f"CREATE VIRTUAL TABLE articles_search USING fts5({', '.join(columns)}, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        ]
    vector = " || ".join(
        f"setweight(to_tsvector('english'::regconfig, replace({column}, '<', ' ')),"
        f" '{WEIGHTS[column]}')"
        for column in columns
    )
    return [
        "CREATE TABLE articles_search (id bigint PRIMARY KEY, "
        + "".join(
            f"{column} text NOT NULL{DEFAULTS.get(column, '')}, " for column in columns
        )
        + f"vector tsvector GENERATED ALWAYS AS ({vector}) STORED)",
        "CREATE INDEX articles_search_vector ON articles_search USING gin (vector)",
    ]


ID_COLUMN = {"sqlite": "rowid", "postgresql": "id"}
# Private-use characters mark matches in snippets: never indexed.
NOT_INDEXED = str.maketrans("", "", "\ue000\ue001\ue002")
PART_BREAK = "\n"


def plain(fragment):
    return html.unescape(strip_tags(fragment))


def indexed_text(article, sections, bullets, faqs):
    """``(title, standfirst, body, names)`` as plain text. ``sections``,
    ``bullets`` (by section id) and ``faqs`` are read by the caller: going
    backwards, the historical models have no reverse accessors to read them."""
    parts = [plain(article.lead_html)]
    for section in sections:
        parts += [section.heading, plain(section.body_html)]
        for bullet in bullets.get(section.pk, []):
            text = plain(bullet.text_html)
            parts.append(f"{bullet.label}: {text}" if bullet.label else text)
        parts.append(plain(section.body_after_list_html))
    for faq in faqs:
        parts += [faq.question, plain(faq.answer_html)]
    parts.append(plain(article.closing_html))
    body = PART_BREAK.join(" ".join(part.split()) for part in parts if part.strip())
    names = [author.display_name for author in article.authors.all()]
    names += [article.topic.name] if article.topic else []
    names += [tag.name for tag in article.tags.all()]
    return tuple(
        text.translate(NOT_INDEXED)
        for text in (article.title, article.standfirst, body, PART_BREAK.join(names))
    )


def rebuild(apps, schema_editor, columns):
    vendor = schema_editor.connection.vendor
    if vendor not in ID_COLUMN:
        return
    schema_editor.execute("DROP TABLE articles_search")
    for statement in create_statements(vendor, columns):
        schema_editor.execute(statement)
    alias = schema_editor.connection.alias
    Article, Section, Bullet, FAQ = (
        apps.get_model("articles", name).objects.using(alias)
        for name in ("Article", "Section", "Bullet", "FAQ")
    )
    articles = Article.select_related("topic").prefetch_related("authors", "tags")
    insert = (
        f"INSERT INTO articles_search ({ID_COLUMN[vendor]}, {', '.join(columns)}) "
        f"VALUES (%s{', %s' * len(columns)})"
    )
    ids = list(Article.order_by("pk").values_list("pk", flat=True))
    with schema_editor.connection.cursor() as cursor:
        for start in range(0, len(ids), 200):
            chunk = ids[start : start + 200]
            sections, bullets, faqs = {}, {}, {}
            for section in Section.filter(article_id__in=chunk).order_by(
                "position", "pk"
            ):
                sections.setdefault(section.article_id, []).append(section)
            for bullet in Bullet.filter(section__article_id__in=chunk).order_by(
                "position", "pk"
            ):
                bullets.setdefault(bullet.section_id, []).append(bullet)
            for faq in FAQ.filter(article_id__in=chunk).order_by("position", "pk"):
                faqs.setdefault(faq.article_id, []).append(faq)
            for article in articles.filter(pk__in=chunk).order_by("pk"):
                text = indexed_text(
                    article,
                    sections.get(article.pk, []),
                    bullets,
                    faqs.get(article.pk, []),
                )
                cursor.execute(insert, [article.pk, *text[: len(columns)]])


def add_names(apps, schema_editor):
    rebuild(apps, schema_editor, ("title", "standfirst", "body", "names"))


def remove_names(apps, schema_editor):
    rebuild(apps, schema_editor, ("title", "standfirst", "body"))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0024_front_page"),
    ]

    operations = [
        migrations.RunPython(add_names, remove_names),
        migrations.AddField(
            model_name="postgresqlsearchrow",
            name="names",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="sqlitesearchrow",
            name="names",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
    ]
