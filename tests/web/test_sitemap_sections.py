"""The sitemap index's sections (issue 18): every published article in
exactly one part of the articles' section, a part for each block of
``NEWSROOM_SITEMAP_SECTION_SIZE`` ids; parts cached like the pages and
purged with the index when an article in them changes."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.models import Article, Author, PurgeRequest
from tests.html_checks import form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SIZE = 3


@pytest.fixture
def small_sections(settings):
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = SIZE


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's commit callbacks at its end, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def part_of(article):
    """Where ``article`` must be listed: the block of ``SIZE`` ids holding its
    id, the first block's address without ``?p=``."""
    part = (article.pk - 1) // SIZE + 1
    return "/sitemap-articles.xml" + ("" if part == 1 else f"?p={part}")


def fetch_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return response, ET.fromstring(response.content)


def read_index(client):
    """``{section address: lastmod}`` of the index, addresses site-relative."""
    _, root = fetch_xml(client, "/sitemap.xml")
    assert root.tag == f"{SITEMAP}sitemapindex"
    entries = {}
    for sitemap in root.findall(f"{SITEMAP}sitemap"):
        address = urlsplit(sitemap.findtext(f"{SITEMAP}loc"))
        assert f"{address.scheme}://{address.netloc}" == SITE
        path = address.path + (f"?{address.query}" if address.query else "")
        entries[path] = sitemap.findtext(f"{SITEMAP}lastmod")
    return entries


def read_sections(client):
    """``{section address: [(loc, lastmod)]}`` for every section the index
    lists; each must be a non-empty sitemap of at most ``SIZE`` addresses."""
    sections = {}
    for path in read_index(client):
        _, root = fetch_xml(client, path)
        urls = [
            (url.findtext(f"{SITEMAP}loc"), url.findtext(f"{SITEMAP}lastmod"))
            for url in root.findall(f"{SITEMAP}url")
        ]
        assert 1 <= len(urls) <= SIZE, path
        sections[path] = urls
    return sections


def sections_listing(client, article):
    return [
        path
        for path, urls in read_sections(client).items()
        if any(loc == SITE + article.get_absolute_url() for loc, _ in urls)
    ]


@pytest.fixture
def archive(make_article, small_sections):
    """11 published articles among drafts, articles in review, scheduled,
    expired and unpublished ones, and a whole block of ids with nothing
    published."""
    now = timezone.now()
    author = Author.objects.create(display_name="Ana", slug="ana")
    hidden = {
        "draft": {"status": Article.Status.DRAFT},
        "review": {"status": Article.Status.REVIEW},
        "scheduled": {"publish_at": now + timedelta(hours=2)},
        "expired": {"unpublish_at": now - timedelta(hours=1)},
        "unpublished": {"status": Article.Status.UNPUBLISHED},
    }
    published, unseen = [], []
    for n in range(11):
        article = make_article(publish_at=now - timedelta(days=n + 1))
        if n == 4:
            article.public_updated_at = now - timedelta(hours=3, microseconds=7)
            article.save()
        published.append(article)
        kind = list(hidden)[n % len(hidden)]
        unseen.append(make_article(**hidden[kind]))
        if n == 6:  # a block of ids with nothing published
            unseen += [make_article(**hidden[kind]) for _ in range(SIZE)]
    for article in published + unseen:
        article.authors.add(author)
    return published, unseen


def test_every_published_article_is_in_exactly_one_section(client, archive):
    published, unseen = archive

    sections = read_sections(client)

    listed = [loc for urls in sections.values() for loc, _ in urls]
    articles = [loc for loc in listed if "/articles/" in loc]
    assert sorted(articles) == sorted(SITE + a.get_absolute_url() for a in published)
    for article in published:
        assert sections_listing(client, article) == [part_of(article)]
    for article in unseen:
        assert SITE + article.get_absolute_url() not in listed
    # Several parts, none empty: the blocks with nothing published are left out.
    parts = [path for path in sections if path.startswith("/sitemap-articles")]
    assert parts == sorted(
        {part_of(article) for article in published},
        key=lambda path: int(path.partition("?p=")[2] or 1),
    )
    assert len(parts) >= 4


def test_each_part_is_dated_by_its_newest_change(client, archive):
    published, _ = archive

    index = read_index(client)

    for path, lastmod in index.items():
        if not path.startswith("/sitemap-articles"):
            continue
        changes = [a.modified_at() for a in published if part_of(a) == path]
        assert parse_datetime(lastmod) == max(changes), path
    newest = max(article.modified_at() for article in published)
    assert parse_datetime(index["/sitemap-home.xml"]) == newest


@pytest.mark.parametrize(
    "url",
    [
        "/sitemap-articles.xml?p=0",
        "/sitemap-articles.xml?p=-1",
        "/sitemap-articles.xml?p=01",
        "/sitemap-articles.xml?p=1.5",
        "/sitemap-articles.xml?p=2e3",
        "/sitemap-articles.xml?p=abc",
        "/sitemap-articles.xml?p=%00",
        "/sitemap-articles.xml?p=%EF%BC%92",  # a full-width 2
        "/sitemap-articles.xml?p=99999",
        "/sitemap-articles.xml?p=3074457345618258603",  # the largest id's part
        "/sitemap-articles.xml?p=9223372036854775807",
        "/sitemap-articles.xml?p=" + "9" * 400,
        "/sitemap-tags.xml?p=" + "9" * 400,
        "/sitemap-tags.xml?p=-3",
        "/sitemap-home.xml?p=2",
        "/sitemap-news.xml?p=2",
        "/sitemap-ARTICLES.xml",
        "/sitemap-articles-2.xml",
        "/sitemap-news-and-more.xml",
        "/sitemap-.xml",
    ],
)
def test_hostile_sections_and_parts_are_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_a_part_with_nothing_published_is_404(client, archive):
    published, unseen = archive
    empty = {part_of(a) for a in unseen} - {part_of(a) for a in published}

    assert empty
    for path in empty:
        assert client.get(path).status_code == 404


# Through the admin, as an Editor: the page cache and the CDN.


def edit_in_admin(user, article, **changes):
    url = f"/admin/articles/article/{article.pk}/change/"
    editor = client_for(user)
    data = form_data(editor.get(url).content.decode(), "article_form") | changes
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def local_form_date(moment):
    local = timezone.localtime(moment)
    return {"publish_at_0": f"{local:%d %b %Y}", "publish_at_1": f"{local:%H:%M:%S}"}


@pytest.fixture
def desk(archive, make_full_article, committed):
    """The archive and a draft with a byline, its own block of ids ahead."""
    with committed():
        draft = make_full_article(
            title="Night ferries", status=Article.Status.DRAFT, publish_at=None
        )
    return draft


def test_publishing_and_unpublishing_show_in_the_section_and_the_index(
    client, desk, desk_editor, committed
):
    draft = desk
    before = read_index(client)
    assert sections_listing(client, draft) == []
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"

    with committed():
        edit_in_admin(desk_editor, draft, status=Article.Status.PUBLISHED)

    assert sections_listing(client, draft) == [part_of(draft)]
    index = read_index(client)
    draft.refresh_from_db()
    assert parse_datetime(index[part_of(draft)]) == draft.publish_at
    assert set(index) == set(before) | {part_of(draft)}

    with committed():
        edit_in_admin(desk_editor, draft, status=Article.Status.UNPUBLISHED)

    assert sections_listing(client, draft) == []
    assert set(read_index(client)) == set(before)


def test_a_scheduled_article_goes_live_in_its_section_on_time(
    client, desk, desk_editor, committed
):
    draft = desk
    start = timezone.now().replace(microsecond=0)
    with committed():
        edit_in_admin(
            desk_editor,
            draft,
            status=Article.Status.PUBLISHED,
            **local_form_date(start + timedelta(hours=1)),
        )

    with time_machine.travel(start + timedelta(minutes=30), tick=False):
        assert sections_listing(client, draft) == []
        assert part_of(draft) not in read_index(client)
        assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"
    with time_machine.travel(start + timedelta(hours=1, seconds=1), tick=False):
        assert sections_listing(client, draft) == [part_of(draft)]
        assert part_of(draft) in read_index(client)


def test_an_edit_purges_the_index_and_the_articles_part(
    archive, desk_editor, committed, settings
):
    settings.NEWSROOM_CDN_PURGE_URL = "http://127.0.0.1:9/"
    published, _ = archive
    article = published[-1]
    PurgeRequest.objects.all().delete()

    with committed():
        edit_in_admin(desk_editor, article, title="Harbour opens at dawn")

    purged = set(PurgeRequest.objects.values_list("path", flat=True))
    sitemaps = {path for path in purged if path.startswith("/sitemap")}
    assert sitemaps == {"/sitemap.xml", "/sitemap-news.xml", part_of(article)}
