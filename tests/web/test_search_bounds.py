"""A search reads no more than the newest matches, however many there are,
and says so: "more than N results", topic counts among those ranked, and a
hint for the older ones (issue 18). The same bound for the article list's
search. Runs on SQLite and PostgreSQL alike."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Topic
from articles.services import article_saved, editor_search, search
from tests.signin import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def puffins(make_article):
    """Five articles about puffins, the first three about birds; ids in the
    order they were written, the last one newest."""
    birds = Topic.objects.create(name="Birds", slug="birds")
    written = []
    for n in range(5):
        article = make_article(title=f"Puffin {n}", topic=birds if n < 3 else None)
        article_saved(article, by=None, comment="test")
        written.append(article)
    return written


def shown(response):
    return [card["title"] for card in response.context["cards"]]


def test_past_the_bound_the_newest_are_ranked_and_the_page_says_more(
    client, puffins, monkeypatch
):
    monkeypatch.setattr(search, "RANKED_MATCHES", 3)

    response = client.get("/search/", {"q": "puffin"})

    assert sorted(shown(response)) == ["Puffin 2", "Puffin 3", "Puffin 4"]
    assertContains(
        response, "More than 3 results for “puffin”: the newest 3, best match first"
    )
    assertContains(response, "Counted among the 3 newest matches.")
    assertContains(response, 'All topics <span class="search-topic-count">3+</span>')
    assertContains(response, 'Birds <span class="search-topic-count">1</span>')
    assertContains(response, "Older matches are not ranked")


def test_a_topic_ranks_its_own_newest_matches(client, puffins, monkeypatch):
    # Birds has one match among the newest three of all topics (Puffin 2):
    # narrowed to it, its own newest three are ranked.
    monkeypatch.setattr(search, "RANKED_MATCHES", 3)
    response = client.get("/search/", {"q": "puffin", "topic": "birds"})

    assert sorted(shown(response)) == ["Puffin 0", "Puffin 1", "Puffin 2"]
    assertContains(response, "3 results for “puffin” in Birds")
    assertNotContains(response, "More than 3 results for “puffin” in Birds")


def test_within_the_bound_the_count_is_exact(client, puffins):
    response = client.get("/search/", {"q": "puffin"})

    assert len(shown(response)) == 5
    assertContains(response, "5 results for “puffin”")
    assertNotContains(response, "More than")
    assertNotContains(response, "Counted among")
    assertNotContains(response, "Older matches are not ranked")


def test_the_article_lists_search_shows_the_newest_matches(
    desk_editor, puffins, monkeypatch
):
    monkeypatch.setattr(editor_search, "EDITOR_MATCHES", 2)

    response = client_for(desk_editor).get("/admin/articles/article/", {"q": "puffin"})

    titles = [article.title for article in response.context["cl"].result_list]
    assert sorted(titles) == ["Puffin 3", "Puffin 4"]
