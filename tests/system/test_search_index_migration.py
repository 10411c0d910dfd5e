"""Migration 0032_search_index_lean: the index keeps no copy of the text,
every article stored before it is found after it (by its body and by the
names it carries), and the way back brings the index with its own copy of
the text, still filled."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("articles", "0031_front_page_index")
AFTER = ("articles", "0032_search_index_lean")
BODY = (
    '<nav class="toc"><h2>In this article</h2><ol><li>Routes</li></ol></nav>'
    '<section class="article-section"><h2 id="routes">Routes</h2>'
    "<p>Three routes &amp; a ferry.</p></section>"
    '<p class="article-tags"><span>Tags:</span> <a href="/tags/t/">Tides</a></p>'
)
PAGE_DATA = {
    "authors": [{"name": "Ada Lovelace", "url": "/authors/ada/"}],
    "topic": {"name": "Harbours", "url": "/topics/harbours/"},
    "keywords": ["Tides"],
}


@pytest.fixture
def live_search_code_broken(monkeypatch):
    """The migration runs its own frozen code, never the live indexing."""

    def broken(*args, **kwargs):
        raise AssertionError("a migration ran live project code")

    monkeypatch.setattr("articles.services.search.reindex", broken)
    for name in ("indexed_text", "body_text", "names_text"):
        monkeypatch.setattr(f"articles.services.search_text.{name}", broken)


def matching(words):
    """The ids of the index's rows holding ``words``."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM articles_search WHERE articles_search MATCH %s",
                [words],
            )
        else:
            cursor.execute(
                "SELECT id FROM articles_search "
                "WHERE vector @@ plainto_tsquery('english', %s)",
                [words],
            )
        return sorted(row[0] for row in cursor.fetchall())


def index_tables():
    """The tables that hold the index, and the columns of the one searched."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if connection.vendor == "sqlite":
            return sorted(t for t in tables if t.startswith("articles_search"))
        description = connection.introspection.get_table_description(
            cursor, "articles_search"
        )
        return [column.name for column in description]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("live_search_code_broken")
def test_the_lean_index_finds_what_was_stored_before_and_the_way_back_too():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    Article = old.get_model("articles", "Article")
    article = Article.objects.create(
        title="Night ferries",
        slug="night-ferries",
        standfirst="Late boats.",
        body_html=BODY,
        page_data=PAGE_DATA,
    )
    other = Article.objects.create(title="Quiet", slug="quiet")

    try:
        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        assert matching("routes ferry") == [article.pk]
        assert matching("lovelace harbours tides") == [article.pk]
        assert matching("quiet") == [other.pk]
        # Neither the contents nor the tags line are read as the body.
        assert matching("article") == []
        assert matching("tags") == []
        if connection.vendor == "sqlite":
            assert "articles_search_content" not in index_tables()
        else:
            assert index_tables() == ["id", "vector"]

        executor = MigrationExecutor(connection)
        executor.migrate([BEFORE])
        assert matching("routes ferry") == [article.pk]
        assert matching("lovelace") == [article.pk]
        with connection.cursor() as cursor:
            id_column = "rowid" if connection.vendor == "sqlite" else "id"
            cursor.execute(f"SELECT {id_column}, body, names FROM articles_search")
            rows = sorted(cursor.fetchall())
        assert rows == [
            (
                article.pk,
                "Routes\nThree routes & a ferry.",
                "Ada Lovelace\nHarbours\nTides",
            ),
            (other.pk, "", ""),
        ]
    finally:
        call_command("migrate", verbosity=0, stdout=io.StringIO())
