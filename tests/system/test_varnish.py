"""A real cache in front (issue 8): Varnish with deploy/varnish/newsroom.vcl
on loopback before gunicorn (2 workers, DEBUG off, a temporary SQLite file),
the app purging Varnish after each change (NEWSROOM_CDN_PURGE_URL).

Whether gunicorn saw a request is read from its access log, so "served by
Varnish" means the app never heard of it. Each test gets an empty Varnish on
the same port; the site and its database live for the module.
"""

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings

from tests import servers
from tests.html_checks import form_data
from tests.servers import Browser, requests_seen

PASSWORD = "a long password for varnish"
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.formats.document import Document, Section
from articles.models import PreviewLink
from articles.services import article_create_from_document

get_user_model().objects.create_superuser("ed", "ed@example.com", {PASSWORD!r})
hour_ago = timezone.now() - timezone.timedelta(hours=1)

def article(title, slug, status="published", **fields):
    fields.setdefault("authors", ["Desk Reporter"])
    document = Document(
        title=title, slug=slug, lead=f"{{title}}: the lead.",
        sections=[Section(heading="What happens", body="It happens on Monday.")],
        **fields)
    return article_create_from_document(
        document, status=status,
        publish_at=hour_ago if status == "published" else None)

harbour = article("Harbour opens", "harbour", topic="Transport", tags=["Buses"],
                  authors=["Ana Reporter"])
article("Storm warning", "storm", topic="Weather")
ferry = article("Ferry returns", "ferry", status="draft", topic="Transport")
pier = article("Pier rebuilt", "pier", status="draft")
lighthouse = article("Lighthouse relit", "lighthouse", status="draft")
link = PreviewLink.objects.create(
    article=pier, expires_at=timezone.now() + PreviewLink.DEFAULT_LIFETIME)
print(json.dumps({{"harbour": harbour.pk, "ferry": ferry.pk,
                   "lighthouse": lighthouse.pk, "preview": link.get_absolute_url()}}))
"""
# Pages that show the harbour article, and pages that do not.
HARBOUR_PAGES = (
    "/articles/harbour/",
    "/",
    "/topics/transport/",
    "/tags/buses/",
    "/authors/ana-reporter/",
    "/feed/rss/",
    "/feed/atom/",
    "/sitemap.xml",
)
TRANSPORT_FEED = "/topics/transport/feed/rss/"
# Purged with every article change, whether or not they list it.
SITEMAPS = {"/sitemap-news.xml", "/sitemap-articles.xml"}
# And the Content API's lists (the labels' count articles).
API_LISTS = {
    "/api/v1/articles/",
    "/api/v1/topics/",
    "/api/v1/tags/",
    "/api/v1/authors/",
}
# What publishing the ferry article changes: its page and every list it joins.
FERRY_PAGES = {
    "/articles/ferry/",
    "/",
    "/topics/transport/",
    TRANSPORT_FEED,
    "/authors/desk-reporter/",
    "/feed/rss/",
    "/feed/atom/",
    "/sitemap.xml",
    *SITEMAPS,
    *API_LISTS,
    "/api/v1/articles/ferry/",
}
UNRELATED_PAGES = ("/articles/storm/", "/topics/weather/")


@dataclass
class Site:
    front: str  # Varnish
    back: str  # gunicorn
    access_log: Path
    data: dict
    varnish_instance: Path

    def seen(self, path):
        """How many GETs of ``path`` reached gunicorn (which logs a request
        just after answering it: read until the count holds still)."""
        previous, count = None, requests_seen(self.access_log, path)
        while count != previous:
            time.sleep(0.15)
            previous, count = count, requests_seen(self.access_log, path)
        return count

    def purged(self):
        """The paths the app has sent PURGE for, in order."""
        return servers.purges_received(self.varnish_instance)


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    """The site under gunicorn, purging a Varnish to be started on
    ``varnish_port``."""
    if servers.varnishd_path() is None:
        pytest.fail(
            "varnishd is not installed: `make test` installs Debian's varnish "
            "when run as root; otherwise `apt-get install varnish`",
            pytrace=False,
        )
    workdir = tmp_path_factory.mktemp("varnish-site")
    varnish_port = servers.free_port()
    env = servers.site_env(
        workdir, NEWSROOM_CDN_PURGE_URL=f"http://127.0.0.1:{varnish_port}/"
    )
    # Made before Varnish runs: there is nothing of it to purge.
    data = servers.prepare_database(env | {"NEWSROOM_CDN_PURGE_URL": ""}, SETUP)
    access_log = workdir / "access.log"
    with servers.gunicorn(env, access_log=access_log) as back:
        yield workdir, varnish_port, back, access_log, data


@pytest.fixture
def site(backend, tmp_path):
    """An empty Varnish in front of the module's site."""
    _, varnish_port, back, access_log, data = backend
    port = int(back.rsplit(":", 1)[1])
    workdir = tmp_path / "varnish"
    with servers.varnish(workdir, port, port=varnish_port) as front:
        yield Site(front, back, access_log, data, workdir / "instance")


def cache_state(response):
    return response["X-Cache"], response.status


def warm(site, reader, paths):
    for path in paths:
        assert cache_state(reader.get(path)) == ("miss", 200), path
        assert cache_state(reader.get(path)) == ("hit", 200), path


def until(fetch, done, seconds=5):
    """``fetch()`` until ``done(response)``, for at most ``seconds`` (the
    purge is sent from a background thread after the commit)."""
    deadline = time.monotonic() + seconds
    while True:
        response = fetch()
        if done(response) or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


def test_varnish_passes_exactly_the_addresses_the_app_keeps_private():
    """The VCL cannot read the settings: it names PRIVATE_URL_PREFIXES again."""
    passed = re.search(r'req\.url ~ "\^/\(([^)]+)\)/"', servers.VCL.read_text())
    assert {f"/{name}/" for name in passed[1].split("|")} == set(
        settings.PRIVATE_URL_PREFIXES
    )


def test_anonymous_pages_are_served_by_varnish_within_their_s_maxage(site):
    reader = Browser(site.front)
    paths = ("/articles/harbour/", "/", "/topics/transport/", "/feed/rss/")
    for path in paths:
        first = reader.get(path)
        assert cache_state(first) == ("miss", 200), path
        assert "s-maxage=300" in first["Cache-Control"], path
    time.sleep(1.1)
    for path in paths:
        again = reader.get(path)
        assert cache_state(again) == ("hit", 200), path
        assert int(again["Age"]) >= 1, path
        assert site.seen(path) == 1, f"gunicorn saw {path} again"
    assert "Harbour opens" in reader.get("/articles/harbour/").text
    # A cookie that is not a session changes nothing for a public page.
    with_cookie = reader.get("/articles/harbour/", Cookie="csrftoken=abc; _ga=1")
    assert cache_state(with_cookie) == ("hit", 200)
    assert site.seen("/articles/harbour/") == 1


def test_admin_preview_and_signed_in_editors_are_never_cached(site):
    reader = Browser(site.front)
    preview = site.data["preview"]
    for n in (1, 2):
        shared = reader.get(preview)
        assert cache_state(shared) == ("pass", 200)
        assert "Pier rebuilt" in shared.text
        assert "no-store" in shared["Cache-Control"]
        assert site.seen(preview) == n
    for n in (1, 2):
        assert cache_state(reader.get("/admin/login/")) == ("pass", 200)
        assert site.seen("/admin/login/") == n

    editor = Browser(site.front)
    editor.log_in("ed", PASSWORD)
    for _ in (1, 2):
        admin = editor.get("/admin/articles/article/")
        assert cache_state(admin) == ("pass", 200)
        assert "private" in admin["Cache-Control"]
    assert site.seen("/admin/articles/article/") == 2
    # Staff see the draft at its public address; readers never do, before or
    # after, and a cached public page is not what the editor gets.
    draft = editor.get("/articles/pier/")
    assert cache_state(draft) == ("pass", 200) and "Pier rebuilt" in draft.text
    for _ in (1, 2):
        assert reader.get("/articles/pier/").status == 404
    assert site.seen("/articles/pier/") == 3
    warm(site, reader, ["/topics/weather/"])
    assert cache_state(editor.get("/topics/weather/")) == ("pass", 200)
    assert site.seen("/topics/weather/") == 2


def test_purge_is_accepted_from_the_app_servers_only(site):
    reader = Browser(site.front)
    warm(site, reader, ["/articles/storm/"])
    # 127.0.0.2 is loopback too, but not in the VCL's purgers ACL.
    assert servers.purge_from("127.0.0.2", site.front, "/articles/storm/") == 403
    assert cache_state(reader.get("/articles/storm/")) == ("hit", 200)
    assert servers.purge_from("127.0.0.1", site.front, "/articles/storm/") == 200
    assert cache_state(reader.get("/articles/storm/")) == ("miss", 200)


def test_editing_and_publishing_purge_exactly_the_pages_they_change(site):
    reader = Browser(site.front)
    warm(site, reader, [*HARBOUR_PAGES, *UNRELATED_PAGES])
    assert reader.get("/articles/ferry/").status == 404
    unrelated_seen = {path: site.seen(path) for path in UNRELATED_PAGES}

    editor = Browser(site.front)  # signed in, through Varnish
    editor.log_in("ed", PASSWORD)
    change = f"/admin/articles/article/{site.data['harbour']}/change/"
    data = form_data(editor.get(change).text, "article_form")
    data["title"] = "Harbour opens at dawn"
    assert "was changed successfully" in editor.post(change, data).text
    for path in HARBOUR_PAGES:
        fresh = until(
            lambda path=path: reader.get(path),
            lambda response: response["X-Cache"] == "miss",
        )
        assert cache_state(fresh) == ("miss", 200), f"{path} was not purged"
        if path != "/sitemap.xml":  # which lists addresses, not titles
            assert "Harbour opens at dawn" in fresh.text, path
    expected = {*HARBOUR_PAGES, TRANSPORT_FEED, *SITEMAPS, *API_LISTS}
    expected.add("/api/v1/articles/harbour/")
    purged = until(site.purged, lambda got: set(got) >= expected)
    assert set(purged) == expected

    changelist = editor.get("/admin/articles/article/")
    published = editor.post(
        "/admin/articles/article/",
        {
            "csrfmiddlewaretoken": editor.csrf_token(changelist.text),
            "action": "publish_now",
            "_selected_action": [site.data["ferry"]],
            "index": 0,
        },
    )
    assert published.status == 200 and "published" in published.text
    assert "Ferry returns" in reader.get("/articles/ferry/").text
    for path in ("/", "/topics/transport/", "/feed/rss/"):
        fresh = until(
            lambda path=path: reader.get(path),
            lambda response: "Ferry returns" in response.text,
        )
        assert "Ferry returns" in fresh.text, f"{path} still stale"
    after_edit = len(purged)
    purged = until(site.purged, lambda got: set(got[after_edit:]) >= FERRY_PAGES)
    assert set(purged[after_edit:]) == FERRY_PAGES

    # Exact: pages that show neither article stayed in Varnish throughout.
    for path in UNRELATED_PAGES:
        assert cache_state(reader.get(path)) == ("hit", 200), path
        assert site.seen(path) == unrelated_seen[path], path


def test_a_scheduled_article_appears_in_time_without_a_purge(site):
    """Varnish keeps a page no longer than the app's s-maxage, which ends at
    the next scheduled publication: nothing is purged when that comes."""
    reader = Browser(site.front)
    editor = Browser(site.front)
    editor.log_in("ed", PASSWORD)
    change = f"/admin/articles/article/{site.data['lighthouse']}/change/"
    data = form_data(editor.get(change).text, "article_form")
    at = (datetime.now(UTC) + timedelta(seconds=5)).replace(microsecond=0)
    data |= {
        "status": "published",
        "publish_at_0": at.strftime("%Y-%m-%d"),
        "publish_at_1": at.strftime("%H:%M:%S"),
    }
    assert "was changed successfully" in editor.post(change, data).text

    home = reader.get("/")
    assert cache_state(home) == ("miss", 200)
    assert "Lighthouse relit" not in home.text
    assert int(re.search(r"s-maxage=(\d+)", home["Cache-Control"])[1]) <= 5
    assert cache_state(reader.get("/")) == ("hit", 200)
    shown = until(
        lambda: reader.get("/"),
        lambda response: "Lighthouse relit" in response.text,
        seconds=10,
    )
    now = datetime.now(UTC)
    assert "Lighthouse relit" in shown.text, "Varnish kept the page too long"
    assert at <= now <= at + timedelta(seconds=3), now - at
