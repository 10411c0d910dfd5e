"""Readers' pages cached whole, their validators and their Cache-Control.

The one place that decides what is cached and for how long (README,
"Performance and caching"):

- Anonymous GET requests of public pages are answered from the ``pages``
  cache, which every process shares (Redis, else a folder beside the SQLite
  database, else the database). Requests with a session, the admin and
  previews never touch it and are sent ``private, no-store``.
- Every key carries the *content generation*, a token in that cache which
  every write replaces once its transaction commits: one new token and every
  page, list, feed, sitemap and search result is gone, in all processes.
- No page outlives the next scheduled publication or expiry: that moment is
  read from the database once per generation, and bounds every entry and
  every ``max-age``.
- A write inside a transaction that has not committed yet bypasses the cache,
  so a page made from uncommitted rows is never stored.
- When ``NEWSROOM_CDN_PURGE_URL`` is set, the exact addresses an article
  change touches are purged from the HTTP cache in front, after the commit,
  from a background thread, so a CDN that is down never slows a save.
"""

import hashlib
import logging
import queue
import re
import secrets
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.exceptions import DisallowedHost
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, get_conditional_response
from django.utils.http import http_date

logger = logging.getLogger(__name__)

GENERATION_KEY = "content-generation"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Never cached, always private: the editors' side and shared previews.
PRIVATE_PREFIXES = ("/admin/", "/_nested_admin/", "/markdownx/", "/preview/")
# A browser holding one of these may see something personal.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Models whose rows no public page shows.
NOT_SHOWN = {"articlelock", "editorialcomment", "previewlink"}


def page_cache():
    return caches["pages"]


def cache_get(key):
    """``key``'s value, or None when the cache is down: pages are then made
    from the database, as with the cache switched off."""
    try:
        return page_cache().get(key)
    except Exception as error:  # noqa: BLE001 - any backend's failure
        logger.warning("Page cache unavailable: %s", error)
        return None


def cache_set(key, value, timeout):
    try:
        page_cache().set(key, value, timeout=timeout)
    except Exception as error:  # noqa: BLE001
        logger.warning("Page cache unavailable: %s", error)


# The content generation.


def generation():
    """The current generation token; a new one if the cache lost it."""
    cache = page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = secrets.token_hex(8)
        if not cache.add(GENERATION_KEY, token, timeout=None):
            token = cache.get(GENERATION_KEY, token)
    return token


def current_generation():
    """The generation, or None when the cache is down."""
    try:
        return generation()
    except Exception as error:  # noqa: BLE001
        logger.warning("Page cache unavailable: %s", error)
        return None


def new_generation():
    """Forget every cached page in every process (a fresh token, not a
    counter: two writers never end on the same value, nor does a cache that
    lost the key)."""
    if isinstance(page_cache(), FileBasedCache):
        # The old generations' pages can never be read again. In a folder of
        # their own (the embedded default), remove them: Django's file cache
        # lists its whole folder each time it stores a page, to cull it, so
        # leftovers would slow every page stored (8 ms at 4,000 files).
        try:
            page_cache().clear()
        except OSError as error:
            logger.warning("Could not empty the page cache: %s", error)
    cache_set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def next_scheduled_change(now):
    """The next moment a published article goes public or expires, or None.

    Read once per generation (a write may schedule something) and again
    once that moment has passed.
    """
    token = current_generation()
    key = f"schedule:{token}"
    known = cache_get(key) if token else None
    if known is not None and (known["at"] is None or known["at"] > now):
        return known["at"]
    from articles.models import Article

    upcoming = Article.objects.filter(status=Article.Status.PUBLISHED).aggregate(
        publish=Min("publish_at", filter=Q(publish_at__gt=now)),
        unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment is not None]
    at = min(moments) if moments else None
    if token and not _uncommitted_writes():
        cache_set(key, {"at": at}, timeout=None)
    return at


# Writes: what changed, bumped and purged after the commit.


class _Pending(threading.local):
    """Per thread (so per database connection): a write not yet committed,
    and the addresses it touched."""

    def __init__(self):
        self.dirty = set()  # database aliases
        self.paths = set()


_pending = _Pending()


def content_changed(paths=(), using=DEFAULT_DB_ALIAS):
    """Call after any write readers may see; ``paths`` are the public
    addresses it touched (for the CDN). Takes effect when the transaction
    commits; at once outside a transaction."""
    _pending.paths.update(paths)
    if not connections[using].in_atomic_block:
        _pending.dirty.add(using)
        _committed(using)
        return
    _pending.dirty.add(using)
    transaction.on_commit(lambda: _committed(using), using=using, robust=True)


def _committed(using):
    # One transaction may register many callbacks: the first does the work.
    if using not in _pending.dirty:
        return
    _pending.dirty.discard(using)
    paths, _pending.paths = _pending.paths, set()
    new_generation()
    if paths and settings.NEWSROOM_CDN_PURGE_URL:
        purge(sorted(paths))


def _uncommitted_writes(using=DEFAULT_DB_ALIAS):
    if using not in _pending.dirty:
        return False
    if connections[using].in_atomic_block:
        return True
    _pending.dirty.discard(using)  # that transaction was rolled back
    return False


def article_changed(article):
    """After a write to ``article`` or its parts (``services.article_saved``
    calls this): every page showing it goes, here and in the CDN."""
    paths = article_paths(article) if settings.NEWSROOM_CDN_PURGE_URL else ()
    content_changed(paths)


def articles_changed(articles):
    """``article_changed`` for many articles at once (a rename of their topic,
    tag or author), in a fixed number of queries."""
    paths = articles_paths(articles) if settings.NEWSROOM_CDN_PURGE_URL else ()
    content_changed(paths)


def article_paths(article):
    """The public addresses that show ``article``, as it is now and as its
    last revision had it (its old slug, topic, tags and authors)."""
    from reversion.models import Version

    slugs = {article.slug}
    topics, tags, authors = {article.topic_id}, set(), set()
    tags.update(article.tags.values_list("pk", flat=True))
    authors.update(article.authors.values_list("pk", flat=True))
    previous = Version.objects.get_for_object(article).first()
    if previous is not None:
        old = previous.field_dict
        slugs.add(old.get("slug"))
        topics.add(old.get("topic"))
        tags.update(old.get("tags") or ())
        authors.update(old.get("authors") or ())
    return paths_showing(slugs, topics, tags, authors)


def articles_paths(articles):
    """The public addresses that show any of ``articles`` as they are now."""
    from articles.models import Article

    ids = [article.pk for article in articles]
    tags = Article.tags.through.objects.filter(article_id__in=ids)
    authors = Article.authors.through.objects.filter(article_id__in=ids)
    return paths_showing(
        {article.slug for article in articles},
        {article.topic_id for article in articles},
        set(tags.values_list("tag_id", flat=True)),
        set(authors.values_list("author_id", flat=True)),
    )


def paths_showing(slugs, topics, tags, authors):
    """The addresses of these articles (by slug), of these topics, tags and
    authors (by id), and of the lists every article is on."""
    from articles.models import Author, Tag, Topic

    paths = {
        reverse("articles:index"),
        reverse("articles:feed-rss"),
        reverse("articles:feed-atom"),
        reverse("django.contrib.sitemaps.views.sitemap"),
    }
    paths.update(reverse("articles:detail", args=[slug]) for slug in slugs if slug)
    for slug in Topic.objects.filter(pk__in=topics - {None}).values_list(
        "slug", flat=True
    ):
        paths.add(reverse("articles:topic", args=[slug]))
        paths.add(reverse("articles:topic-feed-rss", args=[slug]))
    for model, name, ids in ((Tag, "tag", tags), (Author, "author", authors)):
        for slug in model.objects.filter(pk__in=ids).values_list("slug", flat=True):
            paths.add(reverse(f"articles:{name}", args=[slug]))
    return paths


def row_changed(sender, instance=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """Signal receiver: a row of this app changed (a topic renamed in the
    admin, a test's factory…). Article writes also pass ``article_saved``."""
    meta = sender._meta
    if meta.app_label != "articles" or meta.model_name in NOT_SHOWN:
        return
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed sends pre_ and post_ actions
    paths = ()
    if settings.NEWSROOM_CDN_PURGE_URL and hasattr(instance, "get_absolute_url"):
        try:
            paths = {instance.get_absolute_url(), reverse("articles:index")}
        except Exception:  # noqa: BLE001 - a row without an address yet
            paths = ()
    content_changed(paths, using=using)


# The CDN purge.

_purges = queue.SimpleQueue()
_purger = None
_purger_lock = threading.Lock()


def purge(paths):
    """Send ``PURGE`` for each path to the HTTP cache in front, in the
    background; failures are logged, never raised."""
    global _purger
    _purges.put([urljoin(settings.NEWSROOM_CDN_PURGE_URL, path) for path in paths])
    with _purger_lock:
        if _purger is None or not _purger.is_alive():
            _purger = threading.Thread(
                target=_purge_forever, name="cdn-purge", daemon=True
            )
            _purger.start()


def _purge_forever():
    while True:
        for url in _purges.get():
            request = urllib.request.Request(url, method="PURGE")
            try:
                with urllib.request.urlopen(
                    request, timeout=settings.NEWSROOM_CDN_PURGE_TIMEOUT
                ):
                    pass
            except (OSError, urllib.error.URLError) as error:
                logger.warning("CDN purge of %s failed: %s", url, error)


# Requests and responses.


def is_private(request):
    return request.path.startswith(PRIVATE_PREFIXES) or any(
        name in request.COOKIES for name in PERSONAL_COOKIES
    )


def page_key(request, generation):
    variant = (
        "gzip"
        if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", ""))
        else "identity"
    )
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{generation}:{variant}:{address}"


def public_cache_control(response, seconds_left):
    """Short in browsers, longer in a shared cache, never past the next
    scheduled change."""

    def bounded(value):
        return max(0, int(min(value, seconds_left)))

    shared = bounded(settings.NEWSROOM_SHARED_MAX_AGE)
    # A stale copy may be served for this long after s-maxage: not past the
    # next scheduled change either.
    stale = max(
        0, min(settings.NEWSROOM_STALE_WHILE_REVALIDATE, bounded(seconds_left) - shared)
    )
    response["Cache-Control"] = (
        f"public, max-age={bounded(settings.NEWSROOM_BROWSER_MAX_AGE)}, "
        f"s-maxage={shared}, stale-while-revalidate={stale}"
    )


def storable(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in control for word in ("private", "no-store", "no-cache"))
    )


class PageCacheMiddleware:
    """Serves and stores readers' pages; sets Cache-Control and Last-Modified.

    Sits above GZipMiddleware (so the compressed body is stored, once per
    encoding) and ConditionalGetMiddleware (so the ETag is the uncompressed
    body's), and above the session: a hit runs no SQL at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_private(request):
            response = self.get_response(request)
            add_never_cache_headers(response)
            return response
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        now = timezone.now()
        use_cache = (
            settings.NEWSROOM_PAGE_CACHE
            and request.method == "GET"
            and not _uncommitted_writes()
        )
        token = current_generation() if use_cache else None
        try:
            key = page_key(request, token) if token else None
        except DisallowedHost:
            return self.get_response(request)
        if key is not None:
            stored = cache_get(key)
            if stored is not None and stored["until"] > now:
                return self.replay(request, stored, now)
        response = self.get_response(request)
        if not storable(response):
            return response
        next_change = next_scheduled_change(now)
        until = now + timedelta(seconds=settings.NEWSROOM_PAGE_CACHE_SECONDS)
        if next_change is not None:
            until = min(until, next_change)
        response["Last-Modified"] = http_date(now.timestamp())
        public_cache_control(response, (until - now).total_seconds())
        if key is not None and until > now:
            cache_set(
                key,
                {
                    "status": response.status_code,
                    "headers": list(response.items()),
                    "content": response.content,
                    "until": until,
                    "modified": int(now.timestamp()),
                },
                timeout=max(1, int((until - now).total_seconds()) + 1),
            )
        response["X-Page-Cache"] = "miss" if key is not None else "off"
        return response

    def replay(self, request, stored, now):
        response = HttpResponse(stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        public_cache_control(response, (stored["until"] - now).total_seconds())
        response["X-Page-Cache"] = "hit"
        return (
            get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=stored["modified"],
                response=response,
            )
            or response
        )
