"""What a feed reader gets for each article: its lead image (an enclosure and
Media RSS ``media:content``), its authors, and an id that outlives its slug."""

import xml.etree.ElementTree as ET
from datetime import UTC, timedelta

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from articles.models import Article, Author, Topic
from tests.content import rendered
from tests.html_checks import elements, form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.NEWSROOM_SITE_URL = "https://news.example.com"


@pytest.fixture
def authors():
    return [
        Author.objects.create(display_name="Ana Reporter", slug="ana"),
        Author.objects.create(display_name="Ben Writer", slug="ben"),
    ]


@pytest.fixture
def illustrated(make_article, make_image, authors):
    """A published article with a lead image and two authors."""
    article = make_article(
        title="Harbour opens",
        slug="harbour-opens",
        publish_at=timezone.now() - timedelta(hours=1),
    )
    article.lead_image = make_image(size=(1600, 1200))
    article.save()
    article.authors.set(authors)
    return rendered(article)


@pytest.fixture
def plain(make_article, authors):
    """An older published article without an image, by one author."""
    article = make_article(
        title="Ferry timetable", publish_at=timezone.now() - timedelta(hours=2)
    )
    article.authors.set(authors[1:])
    return rendered(article)


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ET.fromstring(response.content)


def rss_items(client):
    return feed(client, "/feed/rss/").findall("channel/item")


def atom_entries(client):
    return feed(client, "/feed/atom/").findall(f"{ATOM}entry")


def feed_id(article):
    created = article.created_at.astimezone(UTC).date().isoformat()
    return f"tag:news.example.com,{created}:article/{article.pk}"


def expected_media_content(image):
    return {
        "url": SITE + image.file.url,
        "type": "image/jpeg",
        "fileSize": str(image.file_size),
        "width": "1600",
        "height": "1200",
        "medium": "image",
    }


def test_rss_items_carry_the_lead_image_and_the_authors(client, illustrated, plain):
    image = illustrated.lead_image
    # The size a reader is told is the size of the file it downloads.
    assert image.file_size == default_storage.size(image.file.name) > 0

    first, second = rss_items(client)

    [enclosure] = first.findall("enclosure")
    assert enclosure.attrib == {
        "url": SITE + image.file.url,
        "length": str(image.file_size),
        "type": "image/jpeg",
    }
    [content] = first.findall(f"{MEDIA}content")
    assert content.attrib == expected_media_content(image)
    assert first.findtext(DC_CREATOR) == "Ana Reporter and Ben Writer"

    assert second.findall("enclosure") == []
    assert second.findall(f"{MEDIA}content") == []
    assert second.findtext(DC_CREATOR) == "Ben Writer"


def test_atom_entries_carry_the_lead_image_and_one_author_each(
    client, illustrated, plain
):
    image = illustrated.lead_image

    first, second = atom_entries(client)

    enclosures = [
        link.attrib
        for link in first.findall(f"{ATOM}link")
        if link.get("rel") == "enclosure"
    ]
    assert enclosures == [
        {
            "rel": "enclosure",
            "href": SITE + image.file.url,
            "length": str(image.file_size),
            "type": "image/jpeg",
        }
    ]
    [content] = first.findall(f"{MEDIA}content")
    assert content.attrib == expected_media_content(image)
    names = [
        author.findtext(f"{ATOM}name") for author in first.findall(f"{ATOM}author")
    ]
    assert names == ["Ana Reporter", "Ben Writer"]

    assert [link.get("rel") for link in second.findall(f"{ATOM}link")] == ["alternate"]
    assert second.findall(f"{MEDIA}content") == []
    names = [
        author.findtext(f"{ATOM}name") for author in second.findall(f"{ATOM}author")
    ]
    assert names == ["Ben Writer"]


def test_an_entry_without_authors_has_the_site_as_its_feeds_author(
    client, make_article
):
    rendered(make_article())

    root = feed(client, "/feed/atom/")

    [entry] = root.findall(f"{ATOM}entry")
    assert entry.findall(f"{ATOM}author") == []
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "The Newsroom"
    [item] = rss_items(client)
    assert item.find(DC_CREATOR) is None


def test_a_new_slug_keeps_the_feed_id_and_moves_the_link(
    client, illustrated, desk_editor
):
    [item] = rss_items(client)
    assert item.findtext("guid") == feed_id(illustrated)
    assert item.find("guid").get("isPermaLink") == "false"
    assert item.findtext("link") == f"{SITE}/articles/harbour-opens/"

    editor = client_for(desk_editor)
    change = f"/admin/articles/article/{illustrated.pk}/change/"
    data = form_data(editor.get(change).content.decode(), "article_form")
    data["slug"] = "harbour-opens-at-dawn"
    assert editor.post(change, data).status_code == 302
    assert Article.objects.get(pk=illustrated.pk).slug == "harbour-opens-at-dawn"

    [item] = rss_items(client)
    assert item.findtext("guid") == feed_id(illustrated)
    assert item.findtext("link") == f"{SITE}/articles/harbour-opens-at-dawn/"
    [entry] = atom_entries(client)
    assert entry.findtext(f"{ATOM}id") == feed_id(illustrated)
    assert entry.find(f"{ATOM}link").get("href") == (
        f"{SITE}/articles/harbour-opens-at-dawn/"
    )


# The articles, the next scheduled change (page cache), and the topic.
@pytest.mark.parametrize(
    ("url", "queries"),
    [("/feed/rss/", 2), ("/feed/atom/", 2), ("/topics/transport/feed/rss/", 3)],
)
def test_images_and_authors_cost_no_query_per_item(
    client,
    make_article,
    make_image,
    authors,
    url,
    queries,
    django_assert_max_num_queries,
):
    topic = Topic.objects.create(name="Transport", slug="transport")
    for _ in range(8):
        article = make_article(topic=topic)
        article.lead_image = make_image(size=(400, 300))
        article.save()
        article.authors.set(authors)
        rendered(article)

    with django_assert_max_num_queries(queries):
        response = client.get(url)

    items = ET.fromstring(response.content)
    assert len(items.findall(f".//{MEDIA}content")) == 8


def test_the_bodys_pictures_load_away_from_the_site(client, illustrated):
    [item] = rss_items(client)
    [entry] = atom_entries(client)

    for html in (item.findtext("description"), entry.findtext(f"{ATOM}content")):
        pictures = [attrs for tag, attrs in elements(html) if tag in ("img", "source")]
        assert [tag for tag, _ in elements(html) if tag in ("img", "source")] == [
            "source",
            "img",
        ]
        addresses = [attrs["src"] for attrs in pictures if "src" in attrs]
        for attrs in pictures:
            addresses += [
                candidate.split()[0] for candidate in attrs["srcset"].split(", ")
            ]
        assert len(addresses) == 7  # src, 3 WebP and 3 JPEG widths
        for address in addresses:
            assert address.startswith(f"{SITE}/media/images/"), address
