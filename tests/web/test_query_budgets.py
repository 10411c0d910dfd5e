"""Query budgets of issue 7: fixed numbers, whatever the size of a page, an
article or the archive (README, "Performance and caching")."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.caching import invalidation, pages
from articles.listing import ListingPage
from articles.models import Article, Author, Tag, Topic
from articles.models import Bullet as BulletRow
from articles.services import article_create_from_document
from tests.content import large_document
from tests.html_checks import form_data

LIST_PAGES = (
    "/",
    "/topics/transport/",
    "/tags/buses/",
    "/authors/ana-reporter/",
    "/feed/rss/",
    "/feed/atom/",
    "/topics/transport/feed/rss/",
    "/sitemap.xml",
)


@pytest.fixture
def archive(make_article):
    """Make ``count`` published articles in one topic, tag and author."""
    topic = Topic.objects.create(name="Transport", slug="transport")
    tag = Tag.objects.create(name="Buses", slug="buses")
    author = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")

    def grow(count):
        for _ in range(count):
            article = make_article(topic=topic)
            article.tags.add(tag)
            article.authors.add(author)

    return grow


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("url", LIST_PAGES)
def test_list_pages_feeds_and_sitemap_stay_within_four_queries(client, archive, url):
    archive(3)
    small = queries(client, url)
    archive(60)
    large = queries(client, url)
    assert small <= 4 and large <= 4
    assert large == small  # independent of the size of the archive


@pytest.mark.parametrize("url", LIST_PAGES[:4])
def test_later_pages_cost_what_the_first_costs(client, archive, url):
    archive(65)
    first = queries(client, url)
    third = ListingPage.cursor_of(Article.objects.published()[39])
    assert queries(client, f"{url}?before={third}") == first <= 4
    assert queries(client, f"{url}?after={third}") == first


def test_search_stays_within_three_queries(client, make_full_article):
    for n in range(30):
        make_full_article(title=f"Harbour news {n}", slug=f"harbour-{n}")
    # 3, and the menu's topics (issue 16): read once per content generation
    # for every page, but never stored from a transaction that announced a
    # change, as each test's is (tests/web/test_front_page.py: 0 when warm).
    assert queries(client, "/search/?q=harbour") <= 3 + 1
    assert queries(client, "/search/?q=harbour&page=2") <= 3 + 1


def test_article_page_stays_within_three_queries_however_large(client, db):
    article = article_create_from_document(large_document())
    assert queries(client, article.get_absolute_url()) <= 3


def test_admin_change_page_and_unchanged_save_of_the_large_article(editor_client):
    article = article_create_from_document(large_document())
    url = f"/admin/articles/article/{article.pk}/change/"
    with CaptureQueriesContext(connection) as page:
        response = editor_client.get(url)
    assert response.status_code == 200
    assert len(page) <= 25, [q["sql"][:120] for q in page.captured_queries]
    data = form_data(response.content.decode(), "article_form")
    with CaptureQueriesContext(connection) as save:
        response = editor_client.post(url, data)
    assert response.status_code == 302
    assert len(save) <= 25, len(save)
    saved = Article.objects.with_content().get(pk=article.pk)
    assert len(saved.sections.all()) == 50
    assert sum(len(s.bullets.all()) for s in saved.sections.all()) == 300


def test_changing_one_bullet_of_the_large_article_is_no_update_storm(editor_client):
    """One bullet changed: one bullet written, then the article rendered,
    revised and indexed once, in a number of queries that does not grow
    with the article."""
    article = article_create_from_document(large_document())
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    name = next(k for k in data if k.endswith("-bullets-3-text"))
    data[name] = "A corrected figure: **42** homes."
    with CaptureQueriesContext(connection) as save:
        response = editor_client.post(url, data)
    assert response.status_code == 302
    writes = [q["sql"] for q in save.captured_queries if q["sql"].startswith("UPDATE")]
    assert sum('"articles_bullet"' in sql for sql in writes) == 1
    assert len(save) <= 60, len(save)
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert "A corrected figure: <strong>42</strong> homes." in page


def test_render_articles_renders_large_articles_in_one_batch_of_queries(
    db, django_capture_on_commit_callbacks
):
    """Issue 14: every part saved on its own, outside a transaction, took 395
    queries and told the page cache 381 times to forget everything."""

    def render_articles():
        with (
            mock.patch.object(
                invalidation, "content_changed", wraps=invalidation.content_changed
            ) as announced,
            mock.patch.object(
                pages, "new_generation", wraps=pages.new_generation
            ) as forgotten,
            django_capture_on_commit_callbacks(execute=True),
            CaptureQueriesContext(connection) as captured,
        ):
            output = io.StringIO()
            call_command("render_articles", stdout=output)
        return (
            output.getvalue(),
            len(captured),
            announced.call_count,
            forgotten.call_count,
        )

    article = article_create_from_document(large_document())
    Article.objects.filter(pk=article.pk).update(body_html="stale", lead_html="stale")
    BulletRow.objects.filter(section__article=article).update(text_html="stale")

    output, queries, announced, forgotten = render_articles()

    assert output == "Rendered 1 article.\n"
    assert queries <= 30, queries
    assert announced == forgotten == 1
    article.refresh_from_db()
    assert "stale" not in article.body_html and "Chapter 49" in article.body_html
    assert article.lead_html == "<p>Everything about the city.</p>"
    assert not BulletRow.objects.filter(text_html="stale").exists()

    # Twice the rows: the same statements (the database's limit on
    # parameters may split an UPDATE of 600 bullets in two).
    article_create_from_document(large_document())
    output, queries, announced, forgotten = render_articles()
    assert output == "Rendered 2 articles.\n"
    assert queries <= 30, queries
    assert announced == forgotten == 1
