"""Migration 0025_search_names: articles saved before the index held names
are found by them once it has run, and the way back leaves the index as it
was, still filled."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("articles", "0023_article_seo")
AFTER = ("articles", "0025_search_names")


@pytest.fixture
def live_search_code_broken(monkeypatch):
    """The migration runs its own frozen code, never the live indexing."""

    def broken(*args, **kwargs):
        raise AssertionError("a migration ran live project code")

    monkeypatch.setattr("articles.services.search.reindex", broken)
    monkeypatch.setattr("articles.services.search_text.indexed_text", broken)


def index_rows(columns):
    id_column = "rowid" if connection.vendor == "sqlite" else "id"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {id_column}, {columns} FROM articles_search")
        return cursor.fetchall()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("live_search_code_broken")
def test_articles_saved_before_the_names_were_indexed_are_found_by_them():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    topic = old.get_model("articles", "Topic").objects.create(
        name="Harbours", slug="harbours"
    )
    article = old.get_model("articles", "Article").objects.create(
        title="Night ferries", slug="night-ferries", standfirst="Late.", topic=topic
    )
    article.authors.add(
        old.get_model("articles", "Author").objects.create(
            display_name="Ada Lovelace", slug="ada"
        )
    )
    article.tags.add(
        old.get_model("articles", "Tag").objects.create(name="Tides", slug="tides")
    )
    untagged = old.get_model("articles", "Article").objects.create(
        title="Quiet", slug="quiet"
    )

    try:
        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        assert sorted(index_rows("title, names")) == [
            (article.pk, "Night ferries", "Ada Lovelace\nHarbours\nTides"),
            (untagged.pk, "Quiet", ""),
        ]

        executor = MigrationExecutor(connection)
        executor.migrate([BEFORE])
        assert sorted(index_rows("title, standfirst")) == [
            (article.pk, "Night ferries", "Late."),
            (untagged.pk, "Quiet", ""),
        ]
    finally:
        call_command("migrate", verbosity=0, stdout=io.StringIO())
