import re
import xml.etree.ElementTree as ET
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from html import unescape

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.models import Article, Author, Tag, Topic
from tests.content import rendered
from tests.html_checks import elements, inert_problems

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def site_url(settings):
    """Feed ids name the site's own host, whichever host is asked."""
    settings.NEWSROOM_SITE_URL = "https://news.example.com"


@pytest.fixture
def topics():
    return [
        Topic.objects.create(
            name="Transport", slug="transport", description="Getting around."
        ),
        Topic.objects.create(name="Housing & Homes", slug="housing"),
        Topic.objects.create(name="Unused", slug="unused"),
    ]


@pytest.fixture
def authors():
    return [
        Author.objects.create(display_name="Ana Reporter", slug="ana"),
        Author.objects.create(display_name="Ben Writer", slug="ben"),
        Author.objects.create(display_name="Cleo Drafts", slug="cleo"),
    ]


@pytest.fixture
def tags():
    return [
        Tag.objects.create(name=name, slug=name.lower())
        for name in ("Buses", "Rents", "Trams", "Unused")
    ]


@pytest.fixture
def published(make_article, topics, authors, tags):
    """25 published articles, newest first, 2 authors and 3 tags each; the
    topics alternate, and the third author and topic have none of them."""
    now = timezone.now()
    articles = []
    for n in range(25):
        article = make_article(
            title=f"Story {n} & more",
            lead=f"Body text of story {n}.",
            publish_at=now - timedelta(hours=n + 1),
            topic=topics[n % 2],
        )
        article.authors.set(authors[:2])
        article.tags.set(tags[:3])
        rendered(article)
        articles.append(article)
    updated = articles[1]
    updated.public_updated_at = updated.publish_at + timedelta(minutes=30)
    Article.objects.filter(pk=updated.pk).update(
        public_updated_at=updated.public_updated_at
    )
    return articles


@pytest.fixture
def hidden(make_article, topics, authors):
    """Articles newer than every published one that must not appear anywhere."""
    now = timezone.now()
    recent = now - timedelta(minutes=1)
    articles = [
        make_article(status=Article.Status.DRAFT, publish_at=recent),
        make_article(status=Article.Status.REVIEW, publish_at=recent),
        make_article(status=Article.Status.UNPUBLISHED, publish_at=recent),
        make_article(publish_at=now + timedelta(days=3)),
        make_article(publish_at=recent, unpublish_at=now - timedelta(seconds=10)),
    ]
    for article in articles:
        article.topic = topics[0] if article.publish_at > now else topics[2]
        article.save()
        article.authors.set([authors[2]])
    return articles


def parse(response, content_type):
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    return ET.fromstring(response.content)


def rss_items(client, url="/feed/rss/"):
    root = parse(client.get(url), "application/rss+xml; charset=utf-8")
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.find("channel"), root.findall("channel/item")


def atom_entries(client):
    root = parse(client.get("/feed/atom/"), "application/atom+xml; charset=utf-8")
    assert root.tag == f"{ATOM}feed"
    return root, root.findall(f"{ATOM}entry")


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", unescape(html)).split())


def absolute(article):
    return SITE + article.get_absolute_url()


def feed_id(article):
    """The id-based URI that names ``article`` in feeds, whatever its slug."""
    created = article.created_at.astimezone(UTC).date().isoformat()
    return f"tag:news.example.com,{created}:article/{article.pk}"


# RSS


def test_rss_channel_names_the_site(client, published):
    channel, _ = rss_items(client)

    assert channel.findtext("title") == "The Newsroom"
    assert channel.findtext("link") == f"{SITE}/"
    assert channel.findtext("description") == "The latest articles from The Newsroom."
    assert channel.find(f"{ATOM}link").get("href") == f"{SITE}/feed/rss/"


def test_rss_lists_the_20_newest_published_articles_item_by_item(
    client, published, hidden
):
    _, items = rss_items(client)

    assert len(items) == 20
    for item, article in zip(items, published[:20], strict=True):
        # Django escapes RSS titles once more, as readers treat them as HTML.
        assert unescape(item.findtext("title")) == article.title
        assert item.findtext("link") == absolute(article)
        assert item.findtext("guid") == feed_id(article)
        assert item.find("guid").get("isPermaLink") == "false"
        assert parsedate_to_datetime(item.findtext("pubDate")) == article.publish_at
        assert item.findtext(DC_CREATOR) == "Ana Reporter and Ben Writer"
        assert [c.text for c in item.findall("category")] == [
            article.topic.name,
            "Buses",
            "Rents",
            "Trams",
        ]
        description = item.findtext("description")
        assert description.startswith(f"<p>{article.standfirst}</p>")
        assert article.page_body_html()
        assert text_of(description) == text_of(
            f"<p>{article.standfirst}</p>{article.page_body_html()}"
        )


def test_rss_item_without_byline_topic_or_tags(client, make_article):
    article = make_article(standfirst="")
    rendered(article)

    _, [item] = rss_items(client)

    assert item.find(DC_CREATOR) is None
    assert item.findall("category") == []
    assert item.findtext("description") == article.page_body_html()


def test_feed_bodies_carry_no_script(client, make_article):
    article = make_article(
        lead="Before <script>alert(1)</script> after. <img src=x onerror=alert(2)>"
    )
    rendered(article)

    _, [item] = rss_items(client)
    _, [entry] = atom_entries(client)

    for html in (item.findtext("description"), entry.findtext(f"{ATOM}content")):
        assert "Before" in html and "after." in html
        assert "script" not in {tag for tag, _ in elements(html)}
        assert "alert" not in html
        assert inert_problems(html) == []


def test_feed_bodies_link_back_with_absolute_addresses(client, make_full_article, tags):
    """The table of contents, tag links and relative links work in a reader."""
    article = make_full_article(
        lead="See [the bus story](/articles/buses/), [a site](https://example.org/a)"
        " and [mail](mailto:desk@example.org).",
        faqs=0,
    )
    article.tags.set(tags[:1])
    rendered(article)
    assert 'href="#section-1"' in article.body_html

    _, [item] = rss_items(client)
    _, [entry] = atom_entries(client)

    for html in (item.findtext("description"), entry.findtext(f"{ATOM}content")):
        hrefs = [attrs["href"] for tag, attrs in elements(html) if tag == "a"]
        assert hrefs == [
            f"{SITE}/articles/buses/",
            "https://example.org/a",
            "mailto:desk@example.org",
            f"{absolute(article)}#section-1",
            f"{absolute(article)}#section-2",
            f"{SITE}/tags/buses/",
        ]


# Atom


def test_atom_carries_the_full_content_and_dates(client, published, hidden):
    root, entries = atom_entries(client)

    assert root.findtext(f"{ATOM}title") == "The Newsroom"
    assert root.findtext(f"{ATOM}subtitle") == "The latest articles from The Newsroom."
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "The Newsroom"
    assert len(entries) == 20
    for entry, article in zip(entries, published[:20], strict=True):
        assert entry.findtext(f"{ATOM}title") == article.title
        assert entry.find(f"{ATOM}link").get("href") == absolute(article)
        assert entry.findtext(f"{ATOM}id") == feed_id(article)
        published_at = parse_datetime(entry.findtext(f"{ATOM}published"))
        updated_at = parse_datetime(entry.findtext(f"{ATOM}updated"))
        assert published_at == article.publish_at
        assert updated_at == article.modified_at()
        assert [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")] == [
            "Ana Reporter",
            "Ben Writer",
        ]
        assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == [
            article.topic.name,
            "Buses",
            "Rents",
            "Trams",
        ]
        summary = entry.find(f"{ATOM}summary")
        assert (summary.get("type"), summary.text) == ("html", article.standfirst)
        content = entry.find(f"{ATOM}content")
        assert content.get("type") == "html"
        assert text_of(content.text) == text_of(article.page_body_html())
    updated = parse_datetime(entries[1].findtext(f"{ATOM}updated"))
    assert updated == published[1].publish_at + timedelta(minutes=30)
    assert parse_datetime(root.findtext(f"{ATOM}updated")) == published[0].publish_at


# Topic feed


def test_topic_feed_lists_only_that_topics_published_articles(
    client, published, hidden, topics
):
    channel, items = rss_items(client, "/topics/transport/feed/rss/")

    assert channel.findtext("title") == "Transport · The Newsroom"
    assert channel.findtext("link") == f"{SITE}/topics/transport/"
    assert channel.findtext("description") == "Getting around."
    expected = [a for a in published if a.topic == topics[0]]
    assert len(expected) == 13
    assert [item.findtext("link") for item in items] == [absolute(a) for a in expected]


def test_topic_feed_without_description(client, published):
    channel, items = rss_items(client, "/topics/housing/feed/rss/")

    assert channel.findtext("title") == "Housing & Homes · The Newsroom"
    assert channel.findtext("description") == "The latest articles on Housing & Homes."
    assert len(items) == 12


def test_topic_feed_of_unknown_topic_is_404(client, published):
    assert client.get("/topics/nowhere/feed/rss/").status_code == 404


# Sitemap


def test_sitemap_lists_every_public_page(
    client, published, hidden, topics, authors, tags
):
    root = parse(client.get("/sitemap.xml"), "application/xml")
    urls = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.findall(f"{SITEMAP}url")
    }

    def day(moment):
        return timezone.localtime(moment).date().isoformat()

    assert len(urls) == len(root.findall(f"{SITEMAP}url"))
    assert set(urls) == {
        f"{SITE}/",
        *(absolute(article) for article in published),
        f"{SITE}/topics/transport/",
        f"{SITE}/topics/housing/",
        f"{SITE}/tags/buses/",
        f"{SITE}/tags/rents/",
        f"{SITE}/tags/trams/",
        f"{SITE}/authors/ana/",
        f"{SITE}/authors/ben/",
    }
    for article in published:
        assert urls[absolute(article)] == day(article.modified_at())
    # The newest *published* article dates an archive, not a scheduled one.
    assert urls[f"{SITE}/topics/transport/"] == day(published[0].publish_at)
    assert urls[f"{SITE}/topics/housing/"] == day(published[1].publish_at)
    assert urls[f"{SITE}/authors/ana/"] == day(published[0].publish_at)
    assert urls[f"{SITE}/tags/buses/"] == day(published[0].publish_at)


# robots.txt


def test_robots_txt_keeps_crawlers_out_of_private_pages(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/preview/", "/markdownx/", "/_nested_admin/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /search/" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_names_the_sitemap_on_the_requested_host(client, settings):
    settings.ALLOWED_HOSTS = ["news.example.com"]

    response = client.get("/robots.txt", HTTP_HOST="news.example.com", secure=True)

    assert "Sitemap: https://news.example.com/sitemap.xml" in (
        response.content.decode().splitlines()
    )


# Query budgets, with 25 articles of 2 authors and 3 tags each.


@pytest.mark.parametrize(
    "url",
    ["/feed/rss/", "/feed/atom/", "/topics/transport/feed/rss/", "/sitemap.xml"],
)
def test_query_budget(client, published, hidden, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
