"""Readers' pages cached whole and invalidated exactly (articles/caching/).

Writes only reach other processes once their transaction commits, so these
tests run each write inside ``committed()``, which runs the commit callbacks
as a real commit would. What a change purges from the CDN is read from the
purge outbox it queues; tests that see the purges arrive commit for real.
"""

import gzip
import http.server
import io
import socket
import threading
import time
from datetime import timedelta

import brotli
import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from articles.caching import invalidation, outbox
from articles.formats.document import Document
from articles.models import Article, Author, Image, PurgeRequest, Tag, Topic
from articles.services import article_create_from_document, article_saved
from articles.services.revisions import article_restore
from articles.services.workflow import article_publish, article_unpublish
from tests.content import rendered
from tests.html_checks import form_data
from tests.signin import client_for

PAGES = (
    "/",
    "/topics/transport/",
    "/tags/buses/",
    "/authors/ana-reporter/",
    "/feed/rss/",
    "/feed/atom/",
    "/topics/transport/feed/rss/",
    "/sitemap.xml",
    "/search/?q=timetable",
)


@pytest.fixture(autouse=True)
def one_sitemap_part(settings):
    """Every article in the articles' first sitemap part, whatever its id (on
    PostgreSQL ids keep growing from test to test): the purges named here
    then hold on both databases."""
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = 10**9


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's commit callbacks at its end, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def newsroom(db, committed, make_full_article):
    """A topic, a tag, an author and a published article in all three."""
    with committed():
        topic = Topic.objects.create(name="Transport", slug="transport")
        tag = Tag.objects.create(name="Buses", slug="buses")
        author = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
        article = make_full_article(
            title="Night buses return",
            slug="night-buses",
            standfirst="The timetable is back.",
            topic=topic,
        )
        article.tags.add(tag)
        article.authors.set([author])
        article_saved(article, by=None, comment="Filed")
    return article


def fetch(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def text(response):
    return response.content.decode()


def shows(client, page, article):
    """Whether ``page`` shows ``article`` (the sitemap by its address)."""
    content = text(fetch(client, page))
    if page == "/sitemap.xml":
        return article.get_absolute_url() in content
    return article.title in content


def warm(client, urls):
    """Fetch each page twice: the second answer comes from the cache."""
    for url in urls:
        fetch(client, url)
        assert fetch(client, url)["X-Page-Cache"] == "hit", url


def change_in_admin(user, obj, **changes):
    """Post ``obj``'s admin change form as a browser would, with ``changes``."""
    opts = obj._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"
    admin = client_for(user)
    data = form_data(text(admin.get(url)), f"{opts.model_name}_form") | changes
    assert admin.post(url, data).status_code == 302


def delete_in_admin(user, obj):
    """Delete ``obj`` through its admin delete page, confirmed."""
    opts = obj._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/delete/"
    assert client_for(user).post(url, {"post": "yes"}).status_code == 302


def delete_selected_in_admin(user, objects):
    """Delete ``objects`` with the changelist's "Delete selected" action."""
    opts = objects[0]._meta
    response = client_for(user).post(
        f"/admin/{opts.app_label}/{opts.model_name}/",
        {
            "action": "delete_selected",
            "_selected_action": [obj.pk for obj in objects],
            "post": "yes",
        },
    )
    assert response.status_code == 302


# Hits.


def test_second_request_is_a_hit_without_sql(
    client, newsroom, django_assert_num_queries
):
    url = newsroom.get_absolute_url()
    first = fetch(client, url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = fetch(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Night buses return" in text(second)


@pytest.mark.parametrize("url", PAGES)
def test_every_public_page_is_cached(client, newsroom, url, django_assert_num_queries):
    fetch(client, url)
    with django_assert_num_queries(0):
        assert fetch(client, url)["X-Page-Cache"] == "hit"


def test_a_change_removes_the_old_pages_from_the_file_cache(
    client, newsroom, committed, settings, tmp_path
):
    # The embedded default, also in runs with Redis.
    folder = tmp_path / "file-pages"
    settings.CACHES = settings.CACHES | {
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": folder,
        }
    }
    warm(client, [newsroom.get_absolute_url(), *PAGES])
    assert len(list(folder.glob("*.djcache"))) > len(PAGES)

    with committed():
        Article.objects.filter(pk=newsroom.pk).update(title="Night buses, later")
        article_saved(newsroom, by=None, comment="Retitled")

    # Only the new generation's token is left; the pages are made again.
    assert len(list(folder.glob("*.djcache"))) == 1
    assert "Night buses, later" in text(fetch(client, newsroom.get_absolute_url()))


def test_switched_off_for_cold_runs(client, newsroom, settings):
    settings.NEWSROOM_PAGE_CACHE = False
    url = newsroom.get_absolute_url()
    fetch(client, url)
    assert fetch(client, url)["X-Page-Cache"] == "off"
    assert "public" in fetch(client, url)["Cache-Control"]


def test_pages_made_inside_an_uncommitted_write_are_never_stored(client, newsroom):
    url = newsroom.get_absolute_url()
    with transaction.atomic():
        Article.objects.filter(pk=newsroom.pk).update(title="Not yet")
        rendered(newsroom)
        invalidation.content_changed()
        assert fetch(client, url)["X-Page-Cache"] == "off"
        transaction.set_rollback(True)
    assert "Not yet" not in text(fetch(client, url))


# Invalidation: every event clears the article's page and every list, feed,
# sitemap and search result it appears in.


def test_saving_in_the_admin_clears_every_page_showing_the_article(
    client, newsroom, editor, committed
):
    warm(client, [newsroom.get_absolute_url(), *PAGES])
    editor_client = client_for(editor)
    url = f"/admin/articles/article/{newsroom.pk}/change/"
    data = form_data(text(editor_client.get(url)), "article_form")
    data["title"] = "Night buses return for good"
    with committed():
        assert editor_client.post(url, data).status_code == 302
    for page in [newsroom.get_absolute_url(), *PAGES[:-2]]:
        response = fetch(client, page)
        assert response["X-Page-Cache"] == "miss", page
        assert "Night buses return for good" in text(response), page
    assert "Night buses return for good" in text(fetch(client, PAGES[-1]))


def test_unpublishing_clears_the_page_and_the_lists(
    client, newsroom, editor, committed
):
    warm(client, [newsroom.get_absolute_url(), *PAGES])
    with committed():
        article_unpublish(newsroom, by=editor)
    assert client.get(newsroom.get_absolute_url()).status_code == 404
    for page in PAGES:
        assert not shows(client, page, newsroom), page


def test_publishing_shows_the_article_everywhere(client, newsroom, editor, committed):
    with committed():
        article_unpublish(newsroom, by=editor)
    warm(client, PAGES[:3])
    assert client.get(newsroom.get_absolute_url()).status_code == 404
    with committed():
        article_publish(newsroom, by=editor)
    assert fetch(client, newsroom.get_absolute_url())["X-Page-Cache"] == "miss"
    for page in PAGES:
        assert shows(client, page, newsroom), page


def test_restoring_a_revision_brings_the_old_text_back(
    client, newsroom, editor, committed
):
    version = Version.objects.get_for_object(newsroom).first()
    with committed():
        Article.objects.filter(pk=newsroom.pk).update(title="Buses cancelled")
        article_saved(newsroom, by=editor, comment="Retitled")
    warm(client, [newsroom.get_absolute_url(), "/"])
    assert "Buses cancelled" in text(fetch(client, "/"))
    with committed():
        article_restore(version, by=editor)
    for page in (newsroom.get_absolute_url(), "/", "/feed/rss/"):
        assert "Night buses return" in text(fetch(client, page)), page
        assert "Buses cancelled" not in text(fetch(client, page)), page


def test_importing_adds_the_article_to_the_lists(client, newsroom, committed, tmp_path):
    warm(client, ["/", "/topics/transport/", "/search/?q=ferries"])
    story = tmp_path / "ferries.md"
    story.write_text(
        '---\ntitle: "Ferries sail again"\nstatus: published\n'
        'publish_at: "2020-01-01T09:00:00+00:00"\n---\n\nFerries are back.\n\n'
        "## Where\n\nOn the river.\n"
    )
    with committed():
        call_command("import_article", str(story), stdout=io.StringIO())
    assert "Ferries sail again" in text(fetch(client, "/"))
    assert "Ferries sail again" in text(fetch(client, "/search/?q=ferries"))
    assert "Ferries sail again" in text(fetch(client, "/feed/atom/"))


def test_import_through_the_service_clears_the_home_page(client, newsroom, committed):
    warm(client, ["/"])
    with committed():
        article_create_from_document(
            Document(title="Trams too", lead="Trams run late."),
            status=Article.Status.PUBLISHED,
            publish_at=timezone.now() - timedelta(minutes=1),
        )
    assert "Trams too" in text(fetch(client, "/"))


def test_renaming_a_topic_clears_the_pages_that_name_it(
    client, newsroom, editor, committed
):
    warm(client, [newsroom.get_absolute_url(), "/topics/transport/"])
    topic = Topic.objects.get(slug="transport")
    with committed():
        change_in_admin(editor, topic, name="Getting around")
    assert "Getting around" in text(fetch(client, "/topics/transport/"))
    assert "Getting around" in text(fetch(client, newsroom.get_absolute_url()))


# Exactly what each change purges from the CDN, whichever way it is made.

# Every page that shows the newsroom article.
ARTICLE_PAGES = {
    "/articles/night-buses/",
    "/",
    "/feed/rss/",
    "/feed/atom/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/sitemap-articles.xml",
    "/topics/transport/",
    "/topics/transport/feed/rss/",
    "/tags/buses/",
    "/authors/ana-reporter/",
    "/api/v1/articles/",
    "/api/v1/articles/night-buses/",
    "/api/v1/topics/",
    "/api/v1/tags/",
    "/api/v1/authors/",
}


@pytest.fixture
def cdn(settings):
    """A CDN in front; what changes purge is read from the outbox (these tests
    never commit, so nothing is sent)."""
    settings.NEWSROOM_CDN_PURGE_URL = "http://127.0.0.1:9/"


@pytest.fixture
def purged_by(cdn, committed):
    """``purged_by(change)``: the addresses ``change()`` queues for purging."""

    def purged(change):
        PurgeRequest.objects.all().delete()
        with committed():
            change()
        return set(PurgeRequest.objects.values_list("path", flat=True))

    return purged


def test_saving_an_article_purges_every_page_that_shows_it(newsroom, editor, purged_by):
    def retitle():
        change_in_admin(editor, newsroom, title="Night buses return for good")

    assert purged_by(retitle) == ARTICLE_PAGES


def test_renaming_a_label_purges_its_pages_and_its_articles_pages(
    client, newsroom, editor, purged_by
):
    warm(client, [newsroom.get_absolute_url()])
    tag = Tag.objects.get(slug="buses")
    purged = purged_by(lambda: change_in_admin(editor, tag, name="Coaches"))
    assert purged == ARTICLE_PAGES
    assert "Coaches" in text(fetch(client, newsroom.get_absolute_url()))

    # A new address: the old one goes too.
    author = Author.objects.get(slug="ana-reporter")
    purged = purged_by(lambda: change_in_admin(editor, author, slug="ana-r"))
    assert purged == ARTICLE_PAGES | {"/authors/ana-r/"}


def test_a_label_change_no_article_shows_purges_only_its_own_pages(
    client, newsroom, editor, purged_by
):
    topic = Topic.objects.get(slug="transport")
    warm(client, ["/topics/transport/"])
    purged = purged_by(
        lambda: change_in_admin(editor, topic, description="Buses, trams, trains.")
    )
    assert purged == {"/topics/transport/", "/topics/transport/feed/rss/"}
    assert "Buses, trams, trains." in text(fetch(client, "/topics/transport/"))

    unused = Tag.objects.create(name="Ferries", slug="ferries")
    purged = purged_by(lambda: change_in_admin(editor, unused, slug="boats"))
    assert purged == {"/tags/ferries/", "/tags/boats/"}


def test_deleting_a_label_purges_its_pages_and_stores_its_articles_again(
    client, newsroom, editor, purged_by
):
    warm(client, [newsroom.get_absolute_url(), "/"])
    assert "/tags/buses/" in text(fetch(client, newsroom.get_absolute_url()))
    tag = Tag.objects.get(slug="buses")
    assert purged_by(lambda: delete_in_admin(editor, tag)) == ARTICLE_PAGES
    # The article's stored body no longer links to the tag.
    assert "/tags/buses/" not in text(fetch(client, newsroom.get_absolute_url()))
    assert client.get("/tags/buses/").status_code == 404


def test_deleting_labels_in_bulk_purges_each_and_their_articles_pages(
    client, newsroom, editor, purged_by
):
    warm(client, [newsroom.get_absolute_url()])
    topics = [
        Topic.objects.get(slug="transport"),
        Topic.objects.create(name="Weather", slug="weather"),
    ]
    purged = purged_by(lambda: delete_selected_in_admin(editor, topics))
    assert purged == ARTICLE_PAGES | {"/topics/weather/", "/topics/weather/feed/rss/"}
    assert "Transport" not in text(fetch(client, newsroom.get_absolute_url()))


def test_deleting_an_article_purges_every_page_that_showed_it(
    client, newsroom, editor, purged_by
):
    warm(client, [newsroom.get_absolute_url(), *PAGES])
    assert purged_by(lambda: delete_in_admin(editor, newsroom)) == ARTICLE_PAGES
    assert client.get("/articles/night-buses/").status_code == 404
    for page in PAGES:
        assert "Night buses return" not in text(fetch(client, page)), page


def test_deleting_articles_in_bulk_purges_the_pages_of_those_readers_saw(
    client, newsroom, editor, committed, purged_by, make_full_article
):
    with committed():
        weather = Topic.objects.create(name="Weather", slug="weather")
        storm = make_full_article(title="Storm warning", slug="storm", topic=weather)
        drafts = Topic.objects.create(name="Drafts", slug="drafts")
        draft = make_full_article(
            title="Pier", slug="pier", topic=drafts, status=Article.Status.DRAFT
        )
    warm(client, ["/", "/topics/weather/"])
    purged = purged_by(
        lambda: delete_selected_in_admin(editor, [newsroom, storm, draft])
    )
    assert purged == ARTICLE_PAGES | {
        "/articles/storm/",
        "/api/v1/articles/storm/",
        "/topics/weather/",
        "/topics/weather/feed/rss/",
        "/authors/staff-reporter/",
    }
    assert not Article.objects.exists()
    assert "Storm warning" not in text(fetch(client, "/topics/weather/"))


def test_deleting_a_draft_purges_nothing_and_keeps_the_cached_pages(
    client, newsroom, editor, committed, purged_by, make_full_article
):
    with committed():
        draft = make_full_article(slug="pier", status=Article.Status.DRAFT)
    warm(client, ["/", newsroom.get_absolute_url()])
    assert purged_by(lambda: delete_in_admin(editor, draft)) == set()
    assert fetch(client, "/")["X-Page-Cache"] == "hit"


def test_deleting_images_purges_their_files_and_no_page(
    client, newsroom, editor, purged_by, make_image, settings
):
    images = [make_image(), make_image("PNG", (640, 480))]
    files = {
        url
        for image in images
        for url in (image.file.url, *(r.url for r in image.renditions.all()))
    }
    assert len(files) > 2 and all(url.startswith("/media/images/") for url in files)
    warm(client, ["/", newsroom.get_absolute_url()])
    assert purged_by(lambda: delete_selected_in_admin(editor, images)) == files
    assert fetch(client, "/")["X-Page-Cache"] == "hit"

    # Files on another host (a bucket, a media domain) are not the site's.
    settings.MEDIA_URL = "https://media.example.org/"
    image = make_image()
    assert purged_by(lambda: delete_in_admin(editor, image)) == set()
    assert not Image.objects.exists()


def test_scheduled_article_appears_on_time_through_the_cache(
    client, newsroom, make_full_article, committed
):
    start = timezone.now().replace(microsecond=0)
    with committed():
        later = make_full_article(
            title="Trams at dawn",
            slug="trams-at-dawn",
            publish_at=start + timedelta(hours=1),
            unpublish_at=start + timedelta(hours=3),
        )
    with time_machine.travel(start, tick=False):
        warm(client, ["/", "/feed/rss/"])
        assert "Trams at dawn" not in text(fetch(client, "/"))
        control = fetch(client, "/")["Cache-Control"]
        assert "max-age=60," in control and "s-maxage=300," in control
    with time_machine.travel(start + timedelta(minutes=59, seconds=30), tick=False):
        # Half a minute before: neither browsers nor a CDN may keep it longer.
        response = fetch(client, "/")
        assert response["X-Page-Cache"] == "hit"
        assert "max-age=30," in response["Cache-Control"]
        assert "s-maxage=30," in response["Cache-Control"]
    with time_machine.travel(start + timedelta(hours=1, seconds=1), tick=False):
        assert "Trams at dawn" in text(fetch(client, "/"))
        assert "Trams at dawn" in text(fetch(client, "/feed/rss/"))
        assert fetch(client, later.get_absolute_url())["X-Page-Cache"] == "miss"
        warm(client, ["/"])
    with time_machine.travel(start + timedelta(hours=3, seconds=1), tick=False):
        assert "Trams at dawn" not in text(fetch(client, "/"))
        assert client.get(later.get_absolute_url()).status_code == 404


# Who bypasses the cache.


def test_editors_bypass_the_cache_and_get_private_pages(
    client, newsroom, editor, committed
):
    url = newsroom.get_absolute_url()
    warm(client, [url])
    editor_client = client_for(editor)
    response = fetch(editor_client, url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    # A draft an editor previews never reaches readers through the cache.
    with committed():
        article_unpublish(newsroom, by=editor)
    assert fetch(editor_client, url).status_code == 200
    assert client.get(url).status_code == 404


def test_admin_and_previews_are_private(client, editor_client, newsroom):
    for response in (
        client.get("/admin/login/"),
        editor_client.get("/admin/"),
        client.get("/preview/not-a-token/"),
    ):
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        assert "X-Page-Cache" not in response


# Headers.


def test_public_pages_tell_browsers_and_cdns_how_long(client, newsroom):
    response = fetch(client, newsroom.get_absolute_url())
    control = {
        part.split("=")[0]: part.partition("=")[2]
        for part in response["Cache-Control"].split(", ")
    }
    assert control == {
        "public": "",
        "max-age": "60",
        "s-maxage": "300",
        "stale-while-revalidate": "30",
    }


def test_conditional_get_answers_304(client, newsroom):
    url = newsroom.get_absolute_url()
    first = fetch(client, url)
    assert first["ETag"] and first["Last-Modified"]
    for headers in (
        {"If-None-Match": first["ETag"]},
        {"If-Modified-Since": first["Last-Modified"]},
    ):
        again = client.get(url, headers=headers)
        assert again.status_code == 304
        assert again.content == b""
    changed = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200


def test_conditional_get_without_the_page_cache(client, newsroom, settings):
    settings.NEWSROOM_PAGE_CACHE = False
    url = newsroom.get_absolute_url()
    etag = fetch(client, url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_responses_are_compressed_for_clients_that_accept_it(client, newsroom):
    url = newsroom.get_absolute_url()
    plain = fetch(client, url)
    squeezed = fetch(client, url, **{"Accept-Encoding": "gzip, br"})
    assert squeezed["Content-Encoding"] == "br"
    assert "Accept-Encoding" in squeezed["Vary"]
    assert brotli.decompress(squeezed.content) == plain.content
    zipped = fetch(client, url, **{"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    # Each encoding is stored apart, and hits keep their encoding.
    for encoding, decompress in (
        ("gzip, br", brotli.decompress),
        ("gzip", gzip.decompress),
    ):
        again = fetch(client, url, **{"Accept-Encoding": encoding})
        assert again["X-Page-Cache"] == "hit"
        assert decompress(again.content) == plain.content
    assert "Content-Encoding" not in fetch(client, url)


def test_a_304_from_the_cache_matches_the_brotli_etag(client, newsroom):
    url = newsroom.get_absolute_url()
    etag = fetch(client, url, **{"Accept-Encoding": "br"})["ETag"]
    assert etag.startswith('W/"')
    again = client.get(url, headers={"Accept-Encoding": "br", "If-None-Match": etag})
    assert again.status_code == 304


def test_personal_pages_keep_djangos_gzip_against_breach(editor, newsroom):
    """Brotli has no random padding: only pages shared by every reader, which
    hold no secret such as a CSRF token, get it."""
    editor_client = client_for(editor)
    for url in ("/admin/", newsroom.get_absolute_url()):
        response = editor_client.get(url, headers={"Accept-Encoding": "gzip, br"})
        assert response["Content-Encoding"] == "gzip", url
    login = Client().get("/admin/login/", headers={"Accept-Encoding": "gzip, br"})
    assert login["Content-Encoding"] == "gzip"


def test_the_related_box_follows_publications_and_the_clock(
    client, newsroom, make_full_article, committed, settings, django_assert_num_queries
):
    """Page cache off, as in the cold benchmark: the related box is still read
    once per content generation and scheduled change, never stale."""
    settings.NEWSROOM_PAGE_CACHE = False
    start = timezone.now().replace(microsecond=0)
    url = newsroom.get_absolute_url()
    with committed():
        make_full_article(
            title="Trams at dawn",
            slug="trams-at-dawn",
            topic=newsroom.topic,
            publish_at=start + timedelta(hours=1),
        )

    def related():
        return text(fetch(client, url)).partition('id="related-heading"')[2]

    with time_machine.travel(start, tick=False):
        assert "Trams at dawn" not in related()
        with django_assert_num_queries(1):  # the article itself
            assert "Trams at dawn" not in related()
    with time_machine.travel(start + timedelta(hours=1, seconds=1), tick=False):
        assert "Trams at dawn" in related()
        with committed():
            lanes = make_full_article(
                title="Bus lanes widen", slug="bus-lanes", topic=newsroom.topic
            )
            article_saved(lanes, by=None, comment="Filed")
        assert "Bus lanes widen" in related()
        with committed():
            article_unpublish(lanes, by=None)
        assert "Bus lanes widen" not in related()


# The CDN purge, sent by the background sender once the change commits for
# real (it reads the outbox through a connection of its own).


# serialized_rollback keeps the roles' groups for the tests after these.
commits_for_real = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):
        self.received.append((self.command, self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    PurgeRecorder.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def wait_for(condition, seconds=5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def unsent():
    return PurgeRequest.objects.filter(sent_at__isnull=True)


@commits_for_real
def test_each_change_purges_the_exact_addresses(
    newsroom, editor, committed, settings, purge_server
):
    settings.NEWSROOM_CDN_PURGE_URL = f"http://127.0.0.1:{purge_server.server_port}/"
    expected = {("PURGE", path) for path in ARTICLE_PAGES}
    with committed():
        article_unpublish(newsroom, by=editor)
    assert wait_for(lambda: set(PurgeRecorder.received) >= expected)
    outbox.wait_for_sender(timeout=5)
    # Each once, and each marked sent.
    assert sorted(PurgeRecorder.received) == sorted(expected)
    assert not unsent().exists()

    PurgeRecorder.received.clear()
    newsroom.refresh_from_db()
    newsroom.slug = "night-buses-back"
    newsroom.save()
    with committed():
        article_publish(newsroom, by=editor)
    # The old address and the new one.
    assert wait_for(
        lambda: (
            {
                ("PURGE", "/articles/night-buses/"),
                ("PURGE", "/articles/night-buses-back/"),
            }
            <= set(PurgeRecorder.received)
        )
    )


@commits_for_real
def test_nothing_is_purged_before_the_commit(newsroom, editor, settings, purge_server):
    settings.NEWSROOM_CDN_PURGE_URL = f"http://127.0.0.1:{purge_server.server_port}/"
    with transaction.atomic():
        article_unpublish(newsroom, by=editor)
        assert unsent().exists()
        transaction.set_rollback(True)
    assert not PurgeRequest.objects.exists()
    # A change that commits after it: once the sender has sent this one's
    # purges, it would have sent the rolled-back change's too, had any been kept.
    ferries = Tag.objects.create(name="Ferries", slug="ferries")
    change_in_admin(editor, ferries, slug="boats")
    outbox.wait_for_sender(timeout=5)
    assert sorted(PurgeRecorder.received) == [
        ("PURGE", "/tags/boats/"),
        ("PURGE", "/tags/ferries/"),
    ]
    assert set(PurgeRequest.objects.values_list("path", flat=True)) == {
        "/tags/boats/",
        "/tags/ferries/",
    }
    assert not unsent().exists()


class HeldPurge(http.server.BaseHTTPRequestHandler):
    """A CDN that takes a purge and answers only once ``answer`` is set."""

    arrived = []
    answer = threading.Event()

    def do_PURGE(self):
        self.arrived.append(self.path)
        self.answer.wait(timeout=60)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@commits_for_real
def test_a_cdn_that_hangs_never_holds_up_the_save(
    newsroom, editor, committed, settings
):
    """The purges go out from a background thread: saves return while the CDN
    still holds a purge unanswered, and what waits behind it is sent once it
    answers."""
    HeldPurge.arrived, HeldPurge.answer = [], threading.Event()
    cdn = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HeldPurge)
    threading.Thread(target=cdn.serve_forever, daemon=True).start()
    settings.NEWSROOM_CDN_PURGE_URL = f"http://127.0.0.1:{cdn.server_port}/"
    # Longer than the saves below take: a sender that timed out would count
    # an attempt, which the CDN never answered.
    settings.NEWSROOM_CDN_PURGE_TIMEOUT = 10
    try:
        with committed():
            article_unpublish(newsroom, by=editor)
        assert wait_for(lambda: HeldPurge.arrived)  # the sender is at the CDN
        with committed():
            article_publish(newsroom, by=editor)
        assert Article.objects.get(pk=newsroom.pk).is_live()
        # Both saves are done, the first purge still unanswered: nothing is
        # marked sent or failed, nothing else has gone out yet.
        assert len(HeldPurge.arrived) == 1
        assert not PurgeRequest.objects.filter(attempts__gt=0).exists()
    finally:
        HeldPurge.answer.set()
        outbox.wait_for_sender(timeout=30)
        cdn.shutdown()
        cdn.server_close()
    # Then each change's purges, the unpublished article's and the published one's.
    assert sorted(HeldPurge.arrived) == sorted([*ARTICLE_PAGES, *ARTICLE_PAGES])
    assert not unsent().exists()


@commits_for_real
def test_an_unreachable_cdn_never_fails_the_save_nor_loses_a_purge(
    client, newsroom, editor, committed, settings
):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    settings.NEWSROOM_CDN_PURGE_URL = f"http://127.0.0.1:{port}/"
    warm(client, ["/"])
    with committed():
        article_unpublish(newsroom, by=editor)
    assert "Night buses return" not in text(fetch(client, "/"))
    outbox.wait_for_sender(timeout=5)
    # Each tried once, and waiting for its retry (tests/db/test_purge_outbox.py).
    waiting = unsent().filter(attempts=1, next_attempt_at__gt=timezone.now())
    assert set(waiting.values_list("path", flat=True)) == ARTICLE_PAGES


# A fresh client per test: make sure no state leaks between clients.


def test_a_new_reader_gets_the_cached_page(newsroom):
    url = newsroom.get_absolute_url()
    fetch(Client(), url)
    assert fetch(Client(), url)["X-Page-Cache"] == "hit"


def test_no_cache_may_serve_a_page_past_the_next_scheduled_change(
    client, newsroom, make_article
):
    """max-age, s-maxage and the stale-while-revalidate window all end by the
    moment the next scheduled article goes public (here 100 seconds away)."""
    make_article(publish_at=timezone.now() + timedelta(seconds=100))
    response = fetch(client, "/")
    control = {
        part.split("=")[0]: int(part.partition("=")[2])
        for part in response["Cache-Control"].split(", ")
        if "=" in part
    }
    assert control["max-age"] == 60
    assert 98 <= control["s-maxage"] <= 100
    assert control["s-maxage"] + control["stale-while-revalidate"] <= 100
