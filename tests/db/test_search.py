"""Full-text search: what is found, in which order, how it is shown, and that
no query, however odd, breaks the page. Runs on SQLite and PostgreSQL alike."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_django.asserts import assertContains, assertNotContains
from reversion.models import Version

from articles.formats.document import Document
from articles.formats.document import Section as SectionData
from articles.models import Article
from articles.services import article_create_from_document, article_saved, search
from articles.services.revisions import article_restore
from articles.services.workflow import article_publish, article_unpublish
from tests.html_checks import XSS_PAYLOADS, elements


def saved(article):
    """Index ``article`` as every real write path does."""
    article_saved(article, by=None, comment="test")
    return article


def found(query):
    """The results of ``query`` as the search page shows them, snippets too."""
    return search.search_articles(query)


def titles(query):
    return [a.title for a in search.search_articles(search.clean_query(query))]


def index_rows(article_id):
    column = search.ID_COLUMN[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {search.TABLE} WHERE {column} = %s", [article_id]
        )
        return cursor.fetchone()[0]


ARTICLE_PARTS = ("title", "standfirst", "lead", "closing")
SECTION_PARTS = ("heading", "body", "body_after_list")
BULLET_PARTS = ("label", "text")
FAQ_PARTS = ("question", "answer")


@pytest.mark.parametrize(
    "part", [*ARTICLE_PARTS, *SECTION_PARTS, *BULLET_PARTS, *FAQ_PARTS]
)
def test_every_part_of_an_article_is_searchable(
    part, make_article, make_section, make_bullet, make_faq
):
    def holding(parts):
        return {part: "Wombats dig burrows"} if part in parts else {}

    article = make_article(**holding(ARTICLE_PARTS))
    section = make_section(article, **holding(SECTION_PARTS))
    make_bullet(section, **holding(BULLET_PARTS))
    make_faq(article, **holding(FAQ_PARTS))
    saved(article)
    saved(make_article(title="Unrelated"))

    results = found("burrows")

    assert [result.pk for result in results] == [article.pk]
    if part != "title":
        assert "<mark>burrows</mark>" in results[0].snippet


def test_word_forms_and_letter_case_match(make_article):
    saved(make_article(title="Harbour", lead="Two Ferries leave the harbour."))
    assert titles("ferry") == ["Harbour"]
    assert titles("FERRIES") == ["Harbour"]


def test_every_word_of_the_query_is_required(make_article):
    saved(make_article(title="Owls", lead="Owls hunt at night."))
    saved(make_article(title="Larks", lead="Larks sing at dawn."))
    assert titles("owls night") == ["Owls"]
    assert titles("owls dawn") == []


def test_a_title_match_ranks_above_standfirst_and_body_matches(make_article):
    now = timezone.now()
    saved(
        make_article(
            title="Garden notes",
            lead="Hedgehogs visit at night. Hedgehogs eat slugs; hedgehogs roam.",
            publish_at=now - timedelta(hours=1),
        )
    )
    saved(
        make_article(
            title="Winter sleep",
            standfirst="Where hedgehogs go in the cold.",
            publish_at=now - timedelta(days=2),
        )
    )
    saved(
        make_article(
            title="Hedgehogs in winter",
            lead="They sleep.",
            publish_at=now - timedelta(days=5),
        )
    )
    assert titles("hedgehogs") == [
        "Hedgehogs in winter",
        "Winter sleep",
        "Garden notes",
    ]


def test_equal_matches_come_newest_first(make_article):
    now = timezone.now()
    for days in (3, 1, 2):
        saved(
            make_article(
                title=f"Tide table {days}", publish_at=now - timedelta(days=days)
            )
        )
    assert titles("tide") == ["Tide table 1", "Tide table 2", "Tide table 3"]


def test_the_snippet_marks_the_matched_words(client, make_article):
    saved(
        make_article(
            title="Bees",
            standfirst="A summary without the word.",
            lead="Keepers say the colony swarmed in May. Then it swarmed again.",
        )
    )
    response = client.get("/search/", {"q": "swarmed"})
    snippet = response.context["article_list"][0].snippet
    assert snippet.count("<mark>swarmed</mark>") == 2
    assertContains(response, "<mark>swarmed</mark>", count=2)


def test_a_standfirst_match_shows_the_standfirst(make_article):
    saved(make_article(title="Rivers", standfirst="Otters <b>live</b> & play."))
    [result] = found("otters")
    assert result.snippet == "<mark>Otters</mark> &lt;b&gt;live&lt;/b&gt; &amp; play."


def test_the_parts_of_the_body_are_set_apart_in_the_snippet(make_article, make_section):
    article = make_article(title="Rivers", standfirst="")
    make_section(article, heading="Where beavers live", body="Rivers with willows.")
    saved(article)
    [result] = found("willows")
    assert "Where beavers live · Rivers with <mark>willows</mark>" in result.snippet


def test_a_title_match_shows_the_standfirst(make_article):
    saved(make_article(title="Otters", standfirst="Where they live.", lead="Fish."))
    [result] = found("otters")
    assert result.snippet == "Where they live."


def test_the_snippet_is_escaped_before_it_is_marked(client, make_article):
    saved(
        make_article(
            title="Tags",
            lead="Editors typed `<script>alert(1)</script>` into the comment box.",
            standfirst="",
        )
    )
    response = client.get("/search/", {"q": "comment"})
    snippet = response.context["article_list"][0].snippet
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in snippet
    assert elements(snippet) == [("mark", {})]
    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
    assertNotContains(response, "<script>alert(1)")


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_text_an_editor_writes_becomes_markup_in_a_snippet(
    payload, make_article, make_section
):
    article = make_article(title="Payload", standfirst="", lead=f"{payload} pangolin")
    make_section(article, heading=f"{payload} pangolin"[:200], body=payload)
    saved(article)
    [result] = found("pangolin")
    assert {tag for tag, _ in elements(result.snippet)} == {"mark"}


def test_marker_characters_in_the_text_are_not_marks(make_article):
    sneaky = f"{search.MARK_START}not a match{search.MARK_STOP} but pangolin is"
    saved(make_article(title="Sneaky", standfirst="", lead=sneaky))
    [result] = found("pangolin")
    assert result.snippet == "not a match but <mark>pangolin</mark> is"


def test_only_live_articles_are_found(make_article):
    now = timezone.now()
    saved(make_article(title="Live narwhal"))
    saved(
        make_article(
            title="Narwhal until tomorrow", unpublish_at=now + timedelta(days=1)
        )
    )
    for hidden in (
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.REVIEW},
        {"status": Article.Status.UNPUBLISHED},
        {"publish_at": now + timedelta(hours=1)},
        {
            "publish_at": now - timedelta(days=2),
            "unpublish_at": now - timedelta(days=1),
        },
    ):
        saved(make_article(title="Hidden narwhal", **hidden))
    assert sorted(titles("narwhal")) == ["Live narwhal", "Narwhal until tomorrow"]


def test_publishing_and_unpublishing_change_the_results(make_full_article, editor):
    article = make_full_article(
        title="Walrus migration", status=Article.Status.DRAFT, publish_at=None
    )
    assert titles("walrus") == []
    article_publish(article, by=editor)
    assert titles("walrus") == ["Walrus migration"]
    article_unpublish(article, by=editor)
    assert titles("walrus") == []


def test_a_scheduled_article_appears_at_its_time(make_full_article, editor):
    article = make_full_article(
        title="Eclipse tonight", status=Article.Status.DRAFT, publish_at=None
    )
    article_publish(article, by=editor, at=timezone.now() + timedelta(hours=2))
    assert titles("eclipse") == []
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        assert titles("eclipse") == ["Eclipse tonight"]


def test_an_edit_replaces_the_old_words(make_article, make_section):
    article = saved(make_article(title="Rivers", lead="Otters hold hands."))
    section = make_section(article, heading="Dams")
    article.lead = "Beavers build dams."
    article.save()
    section.heading = "Lodges"
    section.save()
    saved(article)
    assert titles("otters") == []
    assert titles("beavers") == ["Rivers"]
    assert titles("lodges") == ["Rivers"]


def test_an_imported_article_is_found(db):
    document = Document(
        title="Imported story",
        sections=[SectionData(heading="Marmots", body="Marmots whistle.")],
        status="published",
    )
    article_create_from_document(document)
    assert titles("marmots") == ["Imported story"]


def test_a_restored_version_is_what_is_found(make_article, editor):
    article = make_article(title="Birds", lead="Kestrels hover.")
    article.authors.create(display_name="Ana", slug="ana")
    article = saved(article)
    article.lead = "Falcons stoop."
    article.save()
    saved(article)
    first = Version.objects.get_for_object(article).last()
    article_restore(first, by=editor)
    assert titles("kestrels") == ["Birds"]
    assert titles("falcons") == []


def test_a_deleted_article_leaves_the_index(editor_client, make_article):
    article = saved(make_article(title="Ibis"))
    assert index_rows(article.pk) == 1
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert index_rows(article.pk) == 0
    assert titles("ibis") == []


def test_results_are_paginated_by_twenty_keeping_the_query(client, make_article):
    for n in range(25):
        saved(make_article(title=f"Puffin {n}"))

    first = client.get("/search/", {"q": "puffin"})
    second = client.get("/search/", {"q": "puffin", "page": "2"})

    assert len(first.context["article_list"]) == 20
    assert len(second.context["article_list"]) == 5
    assertContains(first, "25 results for “puffin”")
    assertContains(first, 'href="/search/?q=puffin&amp;page=2"')
    assertContains(second, 'href="/search/?q=puffin&amp;page=1"')
    assert client.get("/search/", {"q": "puffin", "page": "3"}).status_code == 404


def test_a_page_of_results_takes_at_most_three_queries(
    client, make_full_article, django_assert_max_num_queries
):
    for n in range(25):
        make_full_article(title=f"Heron {n}")
    # 3, and the menu's topics (issue 16): read once per content generation
    # for every page, never stored from a transaction that announced a change.
    with django_assert_max_num_queries(3 + 1):
        response = client.get("/search/?q=heron&page=1")
    assert len(response.context["article_list"]) == 20


def test_the_page_has_a_form_a_heading_and_noindex(client, make_article):
    saved(make_article(title="Storks"))
    response = client.get("/search/", {"q": 'storks "<b>'})
    assertContains(response, '<meta name="robots" content="noindex">')
    assertContains(response, "<h1", count=1)
    assertContains(response, '<label for="search-q">')
    assertContains(response, 'value="storks &quot;&lt;b&gt;"')


def test_no_results_and_no_query_say_so(client, db):
    assertContains(client.get("/search/", {"q": "xylophone"}), "0 results for")
    assertContains(client.get("/search/", {"q": "xylophone"}), "Try fewer")
    assertContains(client.get("/search/"), "Type one or more words")


def test_words_in_other_scripts_are_found(make_article):
    saved(make_article(title="Cities", lead="東京 and Москва and مرحبا and Αθήνα."))
    for word in ("東京", "Москва", "مرحبا", "Αθήνα"):
        assert titles(word) == ["Cities"], word


HOSTILE_QUERIES = [
    "",
    "   ",
    "!!!",
    '"',
    '""',
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "a NEAR b",
    "NEAR(a b, 2)",
    "*",
    "title:foo",
    "{title body}: foo",
    "foo*",
    "^foo",
    "(",
    ")",
    "-",
    "-foo",
    "^",
    "+",
    ":",
    "\x00",
    "%",
    "_",
    "\\",
    "'",
    "'; DROP TABLE articles_article; --",
    "x" * 10_000,
    "article " * 2_000,
    "東京",
    "Москва",
    "مرحبا",
    "🙂",
    "\ue000\ue001",
    "\u202eevil",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_odd_queries_give_a_normal_page(client, make_article, query):
    saved(make_article(title="Article about foo", lead="Foo and bar, a and b."))
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert search.MARK_START not in response.content.decode()


@pytest.fixture
def indexed_article(make_article):
    return saved(make_article(title="Anything at all", lead="Some words 東京 0 a."))


@given(query=st.text())
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_text_gives_a_normal_page(client, indexed_article, query):
    assert client.get("/search/", {"q": query}).status_code == 200


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("  two   words\t\n", "two words"),
        ("tab\tand\x00null\x07bell", "tab andnullbell"),
        ("\u202eright-to-left", "right-to-left"),
        ("a" * 500, "a" * search.MAX_QUERY_LENGTH),
        (None, ""),
    ],
)
def test_clean_query(text, cleaned):
    assert search.clean_query(text) == cleaned


def test_an_empty_query_finds_nothing_without_a_query(
    make_article, django_assert_num_queries
):
    saved(make_article())
    with django_assert_num_queries(0):
        assert list(search.search_articles("")) == []
        assert list(search.search_articles("!!! ...")) == []


def test_the_index_matches_the_stored_articles_after_edits_and_deletes(
    make_article, make_section, editor_client
):
    """The index holds exactly what the articles store now: edits replace
    their words, deletes remove them."""
    kept = saved(make_article(title="Gannets", lead="Gannets dive."))
    edited = saved(make_article(title="Terns", lead="Terns hover."))
    gone = saved(make_article(title="Skuas"))
    make_section(edited, heading="Colonies")
    saved(edited)
    kept.title = "Gannets at sea"
    kept.save()
    saved(kept)
    editor_client.post(f"/admin/articles/article/{gone.pk}/delete/", {"post": "yes"})

    assert titles("colonies") == ["Terns"]
    assert titles("sea") == ["Gannets at sea"]
    assert titles("skuas") == []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # FTS5 compares its index with the text the articles store now.
            cursor.execute(
                f"INSERT INTO {search.TABLE} ({search.TABLE}, rank) "
                "VALUES ('integrity-check', 1)"
            )
        else:
            cursor.execute(f"SELECT id FROM {search.TABLE} ORDER BY id")
            assert [row[0] for row in cursor.fetchall()] == [kept.pk, edited.pk]


def test_the_index_keeps_following_edits_after_any_migration(make_article):
    """A migration that remakes the article table on SQLite drops the index's
    triggers with the old table: migrating puts them back."""
    article = saved(make_article(title="Cormorants"))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER articles_search_update")
    call_command("migrate", verbosity=0, stdout=io.StringIO())
    article.title = "Shags"
    article.save()
    saved(article)
    assert titles("shags") == ["Shags"]
    assert titles("cormorants") == []
