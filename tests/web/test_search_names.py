"""Search by the names an article carries (its authors, topic and tags): found
below title matches, narrowed by topic with counts, kept up to date when a
label is renamed or an article's labels change, and suggested when a search
finds nothing. Runs on SQLite and PostgreSQL alike."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved
from tests.html_checks import form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def birds():
    return Topic.objects.create(name="Ornithology", slug="ornithology")


@pytest.fixture
def harbours():
    return Topic.objects.create(name="Harbours", slug="harbours")


@pytest.fixture
def lovelace():
    return Author.objects.create(display_name="Ada Lovelace", slug="ada")


@pytest.fixture
def tides():
    return Tag.objects.create(name="Spring tides", slug="spring-tides")


def saved(article, *, authors=(), tags=()):
    """``article`` with these labels, indexed as every real write path does."""
    article.authors.add(*authors)
    article.tags.add(*tags)
    article_saved(article, by=None, comment="test")
    return article


def result_titles(response):
    return [card["title"] for card in response.context["cards"]]


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def test_an_authors_surname_finds_their_articles(client, make_article, lovelace):
    saved(make_article(title="Engines of analysis"), authors=[lovelace])
    saved(make_article(title="Unsigned note"))

    response = search(client, "lovelace")

    assert result_titles(response) == ["Engines of analysis"]
    assertContains(response, "1 result for “lovelace”")


def test_a_topic_or_tag_name_finds_their_articles(client, make_article, birds, tides):
    saved(make_article(title="Gulls", topic=birds))
    saved(make_article(title="Moon and sea"), tags=[tides])
    saved(make_article(title="Elsewhere"))

    assert result_titles(search(client, "ornithology")) == ["Gulls"]
    assert result_titles(search(client, "spring tides")) == ["Moon and sea"]


def test_a_title_match_ranks_above_a_name_match(client, make_article, lovelace):
    saved(make_article(title="A walk with Ada"), authors=[lovelace])
    saved(make_article(title="Lovelace at the harbour"))

    assert result_titles(search(client, "lovelace")) == [
        "Lovelace at the harbour",
        "A walk with Ada",
    ]


def test_drafts_are_not_found_by_their_names(client, make_article, lovelace):
    saved(
        make_article(title="Unfinished", status=Article.Status.DRAFT),
        authors=[lovelace],
    )
    assert result_titles(search(client, "lovelace")) == []


def test_renaming_a_topic_in_the_admin_makes_the_new_name_findable(
    client, desk_editor, make_article, birds
):
    saved(make_article(title="Gulls", topic=birds))
    editor = client_for(desk_editor)
    url = f"/admin/articles/topic/{birds.pk}/change/"
    data = form_data(editor.get(url).content.decode(), "topic_form")
    data["name"] = "Seabirds"

    response = editor.post(url, data)

    assert response.status_code == 302
    assert result_titles(search(client, "seabirds")) == ["Gulls"]
    assert result_titles(search(client, "ornithology")) == []


def test_renaming_an_author_in_the_admin_makes_the_new_name_findable(
    client, desk_editor, make_article, lovelace
):
    saved(make_article(title="Engines"), authors=[lovelace])
    editor = client_for(desk_editor)
    url = f"/admin/articles/author/{lovelace.pk}/change/"
    data = form_data(editor.get(url).content.decode(), "author_form")
    data["display_name"] = "Ada King"

    assert editor.post(url, data).status_code == 302
    assert result_titles(search(client, "king")) == ["Engines"]
    assert result_titles(search(client, "lovelace")) == []


def test_a_deleted_tag_no_longer_finds_its_articles(
    client, editor_client, make_article, tides
):
    saved(make_article(title="Moon and sea"), tags=[tides])

    response = editor_client.post(
        f"/admin/articles/tag/{tides.pk}/delete/", {"post": "yes"}
    )

    assert response.status_code == 302
    assert result_titles(search(client, "spring tides")) == []
    assert result_titles(search(client, "moon")) == ["Moon and sea"]


def test_adding_and_removing_a_tag_in_the_article_form_reindexes_it(
    client, desk_editor, make_full_article, tides
):
    article = saved(make_full_article(title="Moon and sea"))
    editor = client_for(desk_editor)
    url = f"/admin/articles/article/{article.pk}/change/"

    data = form_data(editor.get(url).content.decode(), "article_form")
    data["tags"] = [str(tides.pk)]
    assert editor.post(url, data).status_code == 302
    assert result_titles(search(client, "tides")) == ["Moon and sea"]

    data = form_data(editor.get(url).content.decode(), "article_form")
    data["tags"] = []
    assert editor.post(url, data).status_code == 302
    assert result_titles(search(client, "tides")) == []


# Narrowing by topic.


def topic_links(response):
    """``(text, href, current)`` of the topic links, in order."""
    page = response.content.decode()
    nav = re.search(r'<nav class="search-topics".*?</nav>', page, re.S)
    if nav is None:
        return []
    links = re.findall(r'<a href="([^"]*)"( aria-current="page")?>(.*?)</a>', nav[0])
    return [
        (" ".join(re.sub("<[^>]+>", " ", text).split()), html.unescape(href), bool(now))
        for href, now, text in links
    ]


@pytest.fixture
def mixed_results(make_article, birds, harbours):
    for n in range(3):
        saved(make_article(title=f"Gull {n}", topic=birds))
    saved(make_article(title="Gull at the quay", topic=harbours))
    saved(make_article(title="Gull without a topic"))


@pytest.mark.usefixtures("mixed_results")
def test_the_topics_of_the_matches_are_listed_with_their_counts(client):
    response = search(client, "gull")

    assertContains(response, "5 results for “gull”")
    assert topic_links(response) == [
        ("All topics 5", "/search/?q=gull", True),
        ("Ornithology 3", "/search/?q=gull&topic=ornithology", False),
        ("Harbours 1", "/search/?q=gull&topic=harbours", False),
    ]


@pytest.mark.usefixtures("mixed_results")
def test_a_topic_narrows_the_results_and_says_so(client):
    response = search(client, "gull", topic="harbours")

    assert result_titles(response) == ["Gull at the quay"]
    assertContains(response, "1 result for “gull” in Harbours")
    assertContains(response, "<title>Search: gull in Harbours")
    assert ("Harbours 1", "/search/?q=gull&topic=harbours", True) in topic_links(
        response
    )
    assert topic_links(response)[0] == ("All topics 5", "/search/?q=gull", False)


@pytest.mark.usefixtures("mixed_results")
def test_a_topic_none_of_the_matches_has_narrows_nothing(client):
    response = search(client, "gull", topic="no-such-topic")
    assert len(result_titles(response)) == 5
    assertContains(response, "5 results for “gull”")


def test_pages_of_a_narrowed_search_keep_the_topic(client, make_article, birds):
    for n in range(25):
        saved(make_article(title=f"Tern {n}", topic=birds))

    response = search(client, "tern", topic="ornithology")

    assertContains(response, 'href="/search/?q=tern&amp;topic=ornithology&amp;page=2"')
    second = search(client, "tern", topic="ornithology", page="2")
    assert len(result_titles(second)) == 5


# Suggestions when nothing is found.


def suggestion(response):
    page = response.content.decode()
    found = re.search(r'<p class="search-suggestion">(.*?)</p>', page, re.S)
    return found and " ".join(found.group(1).split())


def test_a_misspelt_author_is_suggested(client, make_article, lovelace):
    saved(make_article(title="Engines"), authors=[lovelace])

    response = search(client, "lovelase")

    assertContains(response, "0 results for “lovelase”")
    assert suggestion(response) == (
        'Did you mean the author <a href="/authors/ada/">Ada Lovelace</a>?'
    )


def test_a_misspelt_topic_is_suggested_with_others_close_to_it(
    client, make_article, birds, tides
):
    saved(make_article(title="Gulls", topic=birds), tags=[tides])
    Topic.objects.create(name="Orthodontics", slug="teeth")  # no articles

    response = search(client, "ornitology")

    assert suggestion(response) == (
        'Did you mean the topic <a href="/topics/ornithology/">Ornithology</a>?'
    )


def test_nothing_is_suggested_when_results_are_found_or_nothing_is_close(
    client, make_article, lovelace
):
    saved(make_article(title="Lovelace's engines"), authors=[lovelace])
    assert suggestion(search(client, "lovelace")) is None
    assert suggestion(search(client, "zebra")) is None


# Budgets and hostile input.


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


# Committed, as in production: the menu's topics are then read once per
# content generation, not by each page (inside a test's open transaction
# that announced a change, every page would read them: 3 + 1).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("mixed_results")
def test_every_kind_of_search_page_stays_within_three_queries(
    client, make_article, lovelace
):
    saved(make_article(title="Engines"), authors=[lovelace])
    client.get("/search/")  # the menu read once for this generation
    assert queries(client, "/search/?q=gull") <= 3
    assert queries(client, "/search/?q=gull&topic=harbours") <= 3
    assert queries(client, "/search/?q=lovelase") <= 3
    assert queries(client, "/search/") <= 3


HOSTILE = [
    '"',
    '""',
    "'",
    'gull" OR "x',
    "ornithology*",
    "^gull",
    "names:gull",
    "{names title}: gull",
    "NEAR(gull ornithology)",
    "gull AND NOT ornithology",
    "(((",
    "<script>alert(1)</script>",
    "g" * 5000,
    "gull " * 400,
    "lovelase " * 100,
    "\x00\u202e\ue000",
]


@pytest.mark.usefixtures("mixed_results")
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_and_topics_give_a_normal_page(client, query):
    for params in ({}, {"topic": "ornithology"}, {"topic": query[:300]}):
        response = search(client, query, **params)
        assertNotContains(response, "<script>alert(1)</script>")


def test_a_label_with_markup_in_its_name_is_suggested_escaped(client, make_article):
    author = Author.objects.create(display_name="<b>Bold</b> Quill", slug="quill")
    saved(make_article(title="Ink"), authors=[author])

    response = search(client, "quil")

    assert suggestion(response) == (
        'Did you mean the author <a href="/authors/quill/">'
        "&lt;b&gt;Bold&lt;/b&gt; Quill</a>?"
    )


def test_result_cards_show_topic_byline_and_picture(
    client, make_article, make_image, birds, lovelace
):
    article = make_article(
        title="Night herons return",
        topic=birds,
        lead_image=make_image(alt_text="A heron at dusk"),
    )
    saved(article, authors=[lovelace])

    page = search(client, "herons").content.decode()

    card = re.search(r'<article class="article-card[^"]*">.*?</article>', page, re.S)[0]
    assert '<a href="/topics/ornithology/">Ornithology</a>' in card
    assert '<a href="/articles/' in card and "Night herons return" in card
    assert "By Ada Lovelace" in card
    assert '<picture class="article-card-image' in card
