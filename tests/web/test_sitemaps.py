"""The Google News sitemap, the sitemap index past one section, and robots.txt."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.models import Article, Author, Tag, Topic
from tests.content import rendered
from tests.html_checks import form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def xml_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def locations(root):
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def absolute(article):
    return SITE + article.get_absolute_url()


# The Google News sitemap


@pytest.fixture
def window(make_article):
    """Articles published 1 h and 47 h ago (in the last 48 hours), and
    others that are not news: 49 h old, scheduled, a draft, expired."""
    now = timezone.now()
    inside = [
        make_article(title="Trams & buses", publish_at=now - timedelta(hours=1)),
        make_article(title="Harbour opens", publish_at=now - timedelta(hours=47)),
    ]
    make_article(title="Too old", publish_at=now - timedelta(hours=49))
    make_article(title="Scheduled", publish_at=now + timedelta(hours=2))
    make_article(
        title="Draft", status=Article.Status.DRAFT, publish_at=now - timedelta(hours=1)
    )
    make_article(
        title="Expired",
        publish_at=now - timedelta(hours=3),
        unpublish_at=now - timedelta(hours=1),
    )
    return inside


def test_news_sitemap_lists_the_last_48_hours_articles(client, window):
    root = xml_of(client, "/sitemap-news.xml")

    assert root.tag == f"{SITEMAP}urlset"
    urls = root.findall(f"{SITEMAP}url")
    assert [url.findtext(f"{SITEMAP}loc") for url in urls] == [
        absolute(article) for article in window
    ]
    for url, article in zip(urls, window, strict=True):
        [news] = url.findall(f"{NEWS}news")
        assert news.findtext(f"{NEWS}publication/{NEWS}name") == "The Newsroom"
        assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"
        published = parse_datetime(news.findtext(f"{NEWS}publication_date"))
        assert published == article.publish_at
        assert news.findtext(f"{NEWS}title") == article.title


def test_news_sitemap_names_the_publication_from_the_settings(client, window, settings):
    settings.SITE_NAME = "Harbour Gazette"
    settings.LANGUAGE_CODE = "pt-br"

    root = xml_of(client, "/sitemap-news.xml")

    for publication in root.iter(f"{NEWS}publication"):
        assert publication.findtext(f"{NEWS}name") == "Harbour Gazette"
        assert publication.findtext(f"{NEWS}language") == "pt"


def test_news_sitemap_is_cached_until_an_edit(
    client, window, desk_editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        # A byline, without which nothing is published; committed, as a save is.
        window[1].authors.set([Author.objects.create(display_name="Ana", slug="ana")])
        rendered(window[1])
    assert "Harbour opens" in client.get("/sitemap-news.xml").content.decode()
    assert client.get("/sitemap-news.xml")["X-Page-Cache"] == "hit"

    editor = client_for(desk_editor)
    change = f"/admin/articles/article/{window[1].pk}/change/"
    data = form_data(editor.get(change).content.decode(), "article_form")
    data["title"] = "Harbour opens at dawn"
    with django_capture_on_commit_callbacks(execute=True):
        assert editor.post(change, data).status_code == 302

    response = client.get("/sitemap-news.xml")
    assert response["X-Page-Cache"] == "miss"
    titles = [
        title.text for title in ET.fromstring(response.content).iter(f"{NEWS}title")
    ]
    assert titles == ["Trams & buses", "Harbour opens at dawn"]


def test_an_empty_news_sitemap_is_still_a_sitemap(client):
    root = xml_of(client, "/sitemap-news.xml")

    assert root.tag == f"{SITEMAP}urlset"
    assert locations(root) == []


# The sitemap index


@pytest.fixture
def archive(make_article):
    """5 published articles over 2 topics, 3 tags and 2 authors, and a
    draft and a scheduled article with labels of their own."""
    topics = [
        Topic.objects.create(name=name, slug=name.lower()) for name in ("Rail", "Sea")
    ]
    tags = [
        Tag.objects.create(name=name, slug=name.lower())
        for name in ("Trams", "Ferries", "Night")
    ]
    authors = [
        Author.objects.create(display_name=name, slug=name.lower())
        for name in ("Ana", "Ben")
    ]
    now = timezone.now()
    published = []
    for n in range(5):
        article = make_article(
            publish_at=now - timedelta(days=n + 1), topic=topics[n % 2]
        )
        article.tags.set(tags[n % 3 : n % 3 + 1])
        article.authors.set(authors[n % 2 : n % 2 + 1])
        published.append(rendered(article))
    hidden_topic = Topic.objects.create(name="Draft topic", slug="draft-topic")
    hidden_tag = Tag.objects.create(name="Later", slug="later")
    for overrides in (
        {"status": Article.Status.DRAFT},
        {"publish_at": now + timedelta(days=1)},
    ):
        article = make_article(topic=hidden_topic, **overrides)
        article.tags.set([hidden_tag])
    return published


def part_of(article, size):
    """The address of the part of the articles' section listing ``article``:
    blocks of ``size`` ids, the first without ``?p=``."""
    part = (article.pk - 1) // size + 1
    return "/sitemap-articles.xml" + ("" if part == 1 else f"?p={part}")


def test_past_one_section_the_sitemap_is_an_index_of_sections(
    client, archive, settings
):
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = 2

    index = xml_of(client, "/sitemap.xml")

    assert index.tag == f"{SITEMAP}sitemapindex"
    sections = [
        sitemap.findtext(f"{SITEMAP}loc")
        for sitemap in index.findall(f"{SITEMAP}sitemap")
    ]
    parts = sorted(
        {part_of(article, 2) for article in archive},
        key=lambda path: int(path.partition("?p=")[2] or 1),
    )
    assert sections == [
        f"{SITE}/sitemap-home.xml",
        *(SITE + part for part in parts),
        f"{SITE}/sitemap-topics.xml",
        f"{SITE}/sitemap-tags.xml",
        f"{SITE}/sitemap-tags.xml?p=2",
        f"{SITE}/sitemap-authors.xml",
    ]
    listed = []
    for section in sections:
        address = urlsplit(section)
        page = xml_of(client, f"{address.path}?{address.query}")
        assert page.tag == f"{SITEMAP}urlset"
        assert 1 <= len(locations(page)) <= 2, section
        listed += locations(page)
    assert sorted(listed) == sorted(
        [
            f"{SITE}/",
            *(absolute(article) for article in archive),
            f"{SITE}/topics/rail/",
            f"{SITE}/topics/sea/",
            f"{SITE}/tags/ferries/",
            f"{SITE}/tags/night/",
            f"{SITE}/tags/trams/",
            f"{SITE}/authors/ana/",
            f"{SITE}/authors/ben/",
        ]
    )


def test_within_one_section_the_sitemap_lists_every_address(client, archive, settings):
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = 13

    root = xml_of(client, "/sitemap.xml")

    assert root.tag == f"{SITEMAP}urlset"
    assert len(locations(root)) == 13


@pytest.mark.parametrize(
    "url",
    ["/sitemap-news-and-more.xml", "/sitemap-drafts.xml", "/sitemap-tags.xml?p=9"],
)
def test_unknown_sections_and_pages_are_404(client, archive, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("section", "queries"),
    [
        ("/sitemap.xml", 4),
        ("articles", 2),
        ("/sitemap-tags.xml", 2),
        ("/sitemap-news.xml", 2),
    ],
)
def test_sitemap_query_budgets(
    client, archive, settings, section, queries, django_assert_max_num_queries
):
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = 2
    url = part_of(archive[-1], 2) if section == "articles" else section

    with django_assert_max_num_queries(queries):
        response = client.get(url)

    assert response.status_code == 200


# robots.txt


def test_robots_txt_names_both_sitemaps(client):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert [line for line in lines if line.startswith("Sitemap:")] == [
        "Sitemap: http://testserver/sitemap.xml",
        "Sitemap: http://testserver/sitemap-news.xml",
    ]
