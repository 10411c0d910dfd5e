"""Migrations: every one reversible, and none missing."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_articles_migrate_to_zero_and_back():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    tables_before = set(connection.introspection.table_names())

    call_command("migrate", "articles", "zero", verbosity=0, stdout=io.StringIO())
    executor.loader.build_graph()
    applied = {
        name for app, name in executor.loader.applied_migrations if app == "articles"
    }
    assert applied == set()
    remaining = set(connection.introspection.table_names())
    assert not [table for table in remaining if table.startswith("articles_")]

    call_command("migrate", verbosity=0, stdout=io.StringIO())
    executor.loader.build_graph()
    assert set(latest) <= set(executor.loader.applied_migrations)
    assert set(connection.introspection.table_names()) == tables_before
    # The data migrations ran again: the roles are back.
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="publish_article").exists()


def test_no_model_change_lacks_a_migration(db):
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit as exit:
        pytest.fail(
            f"makemigrations would write migrations ({exit}):\n{out.getvalue()}"
        )
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_cards_are_rendered_for_articles_saved_before_cards_were_stored():
    before, after = ("articles", "0012_listing_indexes"), ("articles", "0013_card_html")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    topic = old.get_model("articles", "Topic").objects.create(
        name="Transport", slug="transport"
    )
    old.get_model("articles", "Article").objects.create(
        title="Night buses", slug="night-buses", standfirst="All night.", topic=topic
    )

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps
    card = new.get_model("articles", "Article").objects.get().card_html

    assert '<a href="/topics/transport/">Transport</a>' in card
    assert '<a href="/articles/night-buses/">Night buses</a></h2>' in card
    assert "All night." in card
    call_command("migrate", verbosity=0, stdout=io.StringIO())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_of_articles_stored_before_their_addresses_were_show_them():
    before = ("articles", "0014_refuse_external_images")
    after = ("articles", "0016_page_addresses")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    topic = old.get_model("articles", "Topic").objects.create(
        name="Transport", slug="transport"
    )
    stored = {"authors": [{"name": "Ana", "url": "/authors/ana/"}], "faq": []}
    old.get_model("articles", "Article").objects.create(
        title="Night buses", slug="night-buses", topic=topic, page_data=stored
    )

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps
    data = new.get_model("articles", "Article").objects.get().page_data
    call_command("migrate", verbosity=0, stdout=io.StringIO())

    assert data["url"] == "/articles/night-buses/"
    assert data["topic"] == {
        "name": "Transport",
        "url": "/topics/transport/",
        "feed_url": "/topics/transport/feed/rss/",
    }
    assert [crumb["name"] for crumb in data["breadcrumbs"]] == [
        "Home",
        "Transport",
        "Night buses",
    ]
    assert data["authors"] == stored["authors"]  # the rest as it was
    assert data["keywords"] == [] and data["image"] is None
