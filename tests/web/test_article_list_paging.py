"""The article list's pages at archive size (issue 18): counted only a few
pages past the page shown, saying "More than N" when it stopped counting,
for an Editor and a Writer signed in; a Writer's rows all open."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.admin.articles import ArticleAdmin
from articles.models import Article
from articles.services import article_saved
from tests.signin import client_for

LIST = "/admin/articles/article/"


@pytest.fixture
def archive(make_article, monkeypatch):
    """25 articles, two a page: the list counts 10 from page 1."""
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    articles = [make_article(title=f"Story {n:02}") for n in range(25)]
    for article in articles:  # indexed for search, on PostgreSQL too
        article_saved(article, by=None, comment="Filed")
    return articles


def paginator(response):
    html = response.content.decode()
    found = re.search(r'<p class="paginator">(.*?)</p>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())


def page_links(response):
    html = response.content.decode()
    found = re.search(r'<p class="paginator">(.*?)</p>', html, re.S)
    return [int(n) for n in re.findall(r"\?p=(\d+)", found.group(1))]


@pytest.mark.parametrize("role", ["writer", "desk_editor"])
def test_the_first_page_says_more_than_what_it_counted(request, archive, role):
    client = client_for(request.getfixturevalue(role))
    response = client.get(LIST)
    assert paginator(response).endswith("… More than 10 articles")
    assert page_links(response) == [2, 3, 4, 5]
    # The last page counted leads on, until every article is counted.
    further = client.get(LIST, {"p": 5})
    assert paginator(further).endswith("… More than 18 articles")
    last = client.get(LIST, {"p": 9})
    assert paginator(last).endswith(" 13 25 articles Show all")
    assert "More than" not in paginator(last)
    assert max(page_links(last)) == 13
    assert client.get(LIST, {"p": 13}).status_code == 200


def test_the_search_line_says_more_than_too(desk_editor, archive):
    response = client_for(desk_editor).get(LIST, {"q": "story"})
    assert re.search(r"More than 10 results\s*\(<a", response.content.decode())
    assert paginator(response).endswith("… More than 10 articles")


def test_a_short_list_is_counted_exactly(desk_editor, make_article):
    for n in range(3):
        make_article(title=f"Story {n}")
    response = client_for(desk_editor).get(LIST)
    assert paginator(response) == "3 articles"


def test_the_list_never_counts_the_whole_table(desk_editor, archive):
    with CaptureQueriesContext(connection) as captured:
        client_for(desk_editor).get(LIST)
    counts = [q["sql"] for q in captured if "COUNT(" in q["sql"].upper()]
    assert counts and all(re.search(r"LIMIT 11\b", sql) for sql in counts), counts


def test_a_writer_opens_every_article_the_list_shows(writer, make_article):
    own = make_article(title="Own draft", status=Article.Status.DRAFT)
    own.created_by = writer
    own.save()
    make_article(title="Another story")
    client = client_for(writer)
    html = client.get(LIST).content.decode()
    rows = {
        title: href
        for href, title in re.findall(
            r'<th class="field-title"><a href="([^"]+)">([^<]*)</a>', html
        )
    }
    assert set(rows) == {"Own draft", "Another story"}
    for title, href in rows.items():
        page = client.get(href)
        assert page.status_code == 200, title
        can_save = 'name="_save"' in page.content.decode()
        assert can_save == (title == "Own draft"), title
