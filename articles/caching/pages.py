"""Readers' pages cached whole, their validators and their Cache-Control.

The one place that decides what is cached and for how long (README,
"Performance and caching"):

- Anonymous GET requests of public pages are answered from the ``pages``
  cache, which every process shares (Redis, else a folder beside the SQLite
  database, else the database). Requests with a session, and those under
  ``PRIVATE_URL_PREFIXES`` (the admin, previews), never touch it and are sent
  ``private, no-store``.
- Every key carries the *content generation*, a token in that cache which
  every change replaces once its transaction commits (``invalidation``): one
  new token and every page, list, feed, sitemap and search result is gone, in
  all processes.
- No page outlives the next scheduled publication or expiry: that moment is
  read from the database once per generation, and bounds every entry and
  every ``max-age``.
- A write inside a transaction that has not committed yet bypasses the cache,
  so a page made from uncommitted rows is never stored.

The HTTP cache in front is purged through ``outbox``.
"""

import hashlib
import logging
import re
import secrets
import threading
from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.exceptions import DisallowedHost
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date

logger = logging.getLogger(__name__)

GENERATION_KEY = "content-generation"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
ACCEPTS_BROTLI = re.compile(r"\bbr\b")
# A browser holding one of these may see something personal.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def page_cache():
    return caches["pages"]


# What the current request has read from the shared cache (the generation,
# the schedule, the menu…): each key read once a request, and the page made
# from one generation. Set by PageCacheMiddleware; no memory elsewhere.
_request_reads = ContextVar("page_cache_request_reads", default=None)


def remembered(key, read):
    """``read()``, once per request for ``key``."""
    reads = _request_reads.get()
    if reads is None:
        return read()
    if key not in reads:
        reads[key] = read()
    return reads[key]


def remember(key, value):
    reads = _request_reads.get()
    if reads is not None:
        reads[key] = value


def cache_get(key):
    """``key``'s value, or None when the cache is down: pages are then made
    from the database, as with the cache switched off."""

    def read():
        try:
            return page_cache().get(key)
        except Exception as error:  # noqa: BLE001 - any backend's failure
            logger.warning("Page cache unavailable: %s", error)
            return None

    return remembered(key, read)


def cache_set(key, value, timeout):
    remember(key, value)
    try:
        page_cache().set(key, value, timeout=timeout)
    except Exception as error:  # noqa: BLE001
        logger.warning("Page cache unavailable: %s", error)


# The content generation.


def generation():
    """The current generation token; a new one if the cache lost it."""

    def read():
        cache = page_cache()
        token = cache.get(GENERATION_KEY)
        if token is None:
            token = secrets.token_hex(8)
            if not cache.add(GENERATION_KEY, token, timeout=None):
                token = cache.get(GENERATION_KEY, token)
        return token

    return remembered(GENERATION_KEY, read)


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
    """The next moment a published article goes public, expires or stops
    leading the home page, or None.

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
        unpin=Min("front_page_until", filter=Q(front_page_until__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment is not None]
    at = min(moments) if moments else None
    if token and not _uncommitted_writes():
        cache_set(key, {"at": at}, timeout=None)
    return at


def per_generation(name, compute, timeout=None):
    """``compute()``'s value, read from the database once per generation and
    shared by every process (what every page's chrome shows, say). Not
    stored from a transaction that announced a change and has not committed."""
    token = current_generation()
    key = f"{name}:{token}"
    known = cache_get(key) if token else None
    if known is not None:
        return known["value"]
    value = compute()
    if token and not _uncommitted_writes():
        cache_set(key, {"value": value}, timeout=timeout)
    return value


def per_schedule(name, compute):
    """Like ``per_generation``, for what also changes with the clock (what
    ``published()`` returns): read again once the next scheduled change has
    come. Kept no longer than a page, as there is one per article."""
    if _uncommitted_writes():
        return compute()  # never stored: no need to know the schedule
    at = next_scheduled_change(timezone.now())
    moment = at.isoformat() if at else "none"
    return per_generation(
        f"{name}:{moment}", compute, timeout=settings.NEWSROOM_PAGE_CACHE_SECONDS
    )


# Writes: the generation replaced once their transaction commits.


class _UncommittedWrites(threading.local):
    """Per thread (so per database connection): the database aliases whose
    open transaction has announced a change."""

    def __init__(self):
        self.aliases = set()


_uncommitted = _UncommittedWrites()


def new_generation_on_commit(using=DEFAULT_DB_ALIAS):
    """End every cached page once the current transaction commits (at once
    outside a transaction); until then this thread bypasses the cache."""
    _uncommitted.aliases.add(using)
    if not connections[using].in_atomic_block:
        _committed(using)
        return
    transaction.on_commit(lambda: _committed(using), using=using, robust=True)


def _committed(using):
    # One transaction may register many callbacks: the first does the work.
    if using not in _uncommitted.aliases:
        return
    _uncommitted.aliases.discard(using)
    new_generation()


def _uncommitted_writes(using=DEFAULT_DB_ALIAS):
    if using not in _uncommitted.aliases:
        return False
    if connections[using].in_atomic_block:
        return True
    _uncommitted.aliases.discard(using)  # that transaction was rolled back
    return False


# Requests and responses.


def is_private(request):
    return request.path.startswith(settings.PRIVATE_URL_PREFIXES) or any(
        name in request.COOKIES for name in PERSONAL_COOKIES
    )


def accepts_brotli(request):
    return bool(ACCEPTS_BROTLI.search(request.headers.get("Accept-Encoding", "")))


def page_key(request, generation):
    """One stored page per address and encoding (newsroom/compression.py:
    Brotli, else gzip, else none)."""
    if accepts_brotli(request):
        variant = "br"
    elif ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        variant = "gzip"
    else:
        variant = "identity"
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
    del response["Cache-Control"]  # a stored page's earlier lifetime
    patch_cache_control(
        response,
        public=True,
        max_age=bounded(settings.NEWSROOM_BROWSER_MAX_AGE),
        s_maxage=shared,
        stale_while_revalidate=stale,
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
        reads = _request_reads.set({})
        try:
            return self.respond(request)
        finally:
            _request_reads.reset(reads)

    def respond(self, request):
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
