"""Migrations: every one reversible, none missing, and each running only
what it holds (frozen), so migrating from zero keeps working whatever the
live code becomes."""

import ast
import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Django writes a field's callable default, validator or JSON encoder into a
# migration as an import path, and needs it importable: the one use of live
# code allowed.
REFERENCES = {
    "0002_editorial_workflow": {"articles.models.editorial.new_preview_key"},
    "0008_media_library": {"articles.models.images.new_image_key"},
    "0014_refuse_external_images": {"articles.models.base.refuse_external_images"},
    "0034_lead_stored_once": {"articles.models.base.CompactJSONEncoder"},
}
# What the data migrations once called from live code.
LIVE_CODE = (
    "articles.services.search.reindex",
    "articles.services.search_text.indexed_text",
    "articles.rendering.article.render_card",
)


@pytest.fixture
def live_code_changed(monkeypatch):
    """The live functions data migrations once called, broken."""

    def changed(*args, **kwargs):
        raise AssertionError("a migration ran live project code")

    for name in LIVE_CODE:
        monkeypatch.setattr(name, changed)


def test_migrations_import_no_live_project_code():
    folder = Path(apps.get_app_config("articles").path) / "migrations"
    project = ("articles", "newsroom")
    found = {}
    for path in sorted(folder.glob("0*.py")):
        tree = ast.parse(path.read_text())
        imported_from = [
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] in project
        ]
        assert imported_from == [], path.name
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
            if alias.name.split(".")[0] in project
        }
        references = {
            ast.unparse(node)
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and ast.unparse(node.value) in imported
        }
        assert imported == {name.rpartition(".")[0] for name in references}, path
        if references:
            found[path.stem] = references
    assert found == REFERENCES


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_articles_migrate_to_zero_and_back(live_code_changed):
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
def test_search_index_is_filled_for_articles_saved_before_it_existed(
    live_code_changed,
):
    before, after = (
        ("articles", "0006_stored_page_parts"),
        ("articles", "0007_search_index"),
    )
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    article = old.get_model("articles", "Article").objects.create(
        title="Night buses",
        slug="night-buses",
        standfirst="All night.",
        lead_html="<p>The <em>lead</em> &amp; more.</p>",
        closing_html="<p>The end.</p>",
    )
    section = old.get_model("articles", "Section").objects.create(
        article=article, heading="Routes", body_html="<p>Three routes.</p>"
    )
    old.get_model("articles", "Bullet").objects.create(
        section=section, label="N1", text="Harbour", text_html="Harbour"
    )
    old.get_model("articles", "FAQ").objects.create(
        article=article, question="When?", answer_html="<p>At night.</p>"
    )

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    column = "rowid" if connection.vendor == "sqlite" else "id"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column}, title, standfirst, body FROM articles_search")
        rows = cursor.fetchall()

    assert rows == [
        (
            article.pk,
            "Night buses",
            "All night.",
            "The lead & more.\nRoutes\nThree routes.\nN1: Harbour\nWhen?\n"
            "At night.\nThe end.",
        )
    ]
    call_command("migrate", verbosity=0, stdout=io.StringIO())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_cards_are_rendered_for_articles_saved_before_cards_were_stored(
    live_code_changed,
):
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


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_related_boxes_show_cards_of_articles_stored_before_the_level_3_card():
    before = ("articles", "0018_rename_articlelock")
    after = ("articles", "0019_related_cards")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    card = (
        '<article class="article-card"><h2 class="article-card-title">'
        '<a href="/articles/night-buses/">Night buses</a></h2>'
        '<p class="article-card-standfirst">All night.</p></article>'
    )
    old.get_model("articles", "Article").objects.create(
        title="Night buses", slug="night-buses", card_html=card, page_data={"faq": []}
    )

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps
    data = new.get_model("articles", "Article").objects.get().page_data
    call_command("migrate", verbosity=0, stdout=io.StringIO())

    assert data["related_card"] == card.replace("h2", "h3")
    assert data["faq"] == []  # the rest as it was


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_stored_copies_are_dropped_and_nothing_else():
    before = ("articles", "0029_admin_list_indexes")
    after = ("articles", "0030_lean_stored_data")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    Article = old.get_model("articles", "Article")
    lead = {"markdown": "Buses.", "html": "<p>Buses.</p>"}
    Article.objects.create(
        title="Night buses",
        slug="night-buses",
        page_data={
            "faq": [],
            "related_card": "<article>…</article>",
            "breadcrumbs": [{"name": "Home", "url": "/"}],
        },
        api_data={"lead": lead, "closing": lead, "sections": []},
    )
    Article.objects.create(title="Trams", slug="trams", page_data={"faq": []})

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps
    stored = new.get_model("articles", "Article").objects.order_by("slug")
    data = [(article.page_data, article.api_data) for article in stored]
    call_command("migrate", verbosity=0, stdout=io.StringIO())

    assert data == [({"faq": []}, {"sections": []}), ({"faq": []}, {})]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_articles_stored_before_the_word_count_have_theirs_counted():
    before = ("articles", "0019_related_cards")
    after = ("articles", "0020_article_word_count")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    article = old.get_model("articles", "Article").objects.create(
        title="Night buses",
        slug="night-buses",
        lead_html="<p>Buses run <em>all</em> night.</p>",
        body_html="<nav>In this article</nav>",  # not the article's words
    )
    section = old.get_model("articles", "Section").objects.create(
        article=article, position=0, heading="Times", body_html="<p>Hourly.</p>"
    )
    old.get_model("articles", "Bullet").objects.create(
        section=section, position=0, label="Late", text_html="till <b>two</b>"
    )
    old.get_model("articles", "FAQ").objects.create(
        article=article, position=0, question="Cost?", answer_html="<p>Free.</p>"
    )

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps
    counted = new.get_model("articles", "Article").objects.get().word_count
    call_command("migrate", verbosity=0, stdout=io.StringIO())

    assert counted == 4 + 2 + 3 + 2
