"""Read replicas (README, "Scaling out"): which database each query reads.

Reads go to a replica only for an anonymous reader's ``GET`` or ``HEAD`` of a
public page (articles, lists, feeds, sitemaps, search, the API), and only
when nothing argues for the primary:

- the admin, previews and every request with a session (editors) read the
  primary, so an editor never misses their own change;
- a request that wrote reads the primary from then on (a write inside an
  atomic block included), and so does everything outside a request
  (management commands, background threads);
- for ``NEWSROOM_REPLICA_LAG_SECONDS`` after any write commits, in any
  process, every request reads the primary. The page cache forgets every
  page when a change commits; a reader who refilled it from a replica that
  had not replayed the change yet would cache the old page for its whole
  lifetime. The moment is kept in the shared cache (``default``);
- a replica that cannot be reached is left alone for ``RETRY_SECONDS`` and
  the primary answers instead; one warning is logged per outage (and once
  an hour while it lasts), across processes.

The shared cache's own table, when it lives in the database, is always read
on the primary: it holds the page cache's generation.

Under the test runner each replica is a TEST MIRROR of ``default`` (its NAME
replaced by the test database's): such a replica is the primary itself, read
as ``default``, so the suite's transactions and query counts hold.
"""

import logging
import random
import threading
import time
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction

logger = logging.getLogger(__name__)

# Django's database cache (CacheEntry) and sessions: bookkeeping, not content.
PRIMARY_ONLY_APPS = frozenset({"django_cache", "sessions"})
PRIMARY_UNTIL_KEY = "replicas:primary-until"
OUTAGE_KEY = "replicas:outage:{alias}"
RETRY_SECONDS = 30
# While an outage lasts, it is logged again this often.
OUTAGE_LOG_SECONDS = 3600
READER_METHODS = frozenset({"GET", "HEAD"})


@dataclass
class RequestReads:
    """What the current request may read from."""

    from_replica: bool
    alias: str | None = None  # chosen at the first read


_request_reads = ContextVar("replica_request_reads", default=None)
_unreachable_until = {}  # alias -> time.monotonic() of the next try
_lock = threading.Lock()
_recorded_until = 0.0  # this process's last PRIMARY_UNTIL_KEY


def replica_aliases():
    """The configured replicas that are real servers: not test mirrors."""
    return [
        alias
        for alias, configured_name in settings.NEWSROOM_REPLICAS.items()
        if connections[alias].settings_dict["NAME"] == configured_name
    ]


def reader_request(request):
    """Whether ``request`` is an anonymous reader's, which a replica may
    answer."""
    return (
        request.method in READER_METHODS
        and not request.path.startswith(settings.PRIVATE_URL_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class ReplicaRoutingMiddleware:
    """Marks the request as a reader's or not, for ``ReplicaRouter``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_reads.set(RequestReads(from_replica=reader_request(request)))
        try:
            return self.get_response(request)
        finally:
            _request_reads.reset(token)


class ReplicaRouter:
    """Writes, migrations and most reads on ``default``; readers' reads on a
    replica (see the module's docstring)."""

    def db_for_read(self, model, **hints):
        reads = _request_reads.get()
        if (
            reads is None
            or not reads.from_replica
            or model._meta.app_label in PRIMARY_ONLY_APPS
        ):
            return DEFAULT_DB_ALIAS
        if reads.alias is None:
            reads.alias = replica()
        return reads.alias

    def db_for_write(self, model, **hints):
        if model._meta.app_label not in PRIMARY_ONLY_APPS:
            reads = _request_reads.get()
            if reads is not None:
                reads.from_replica, reads.alias = False, DEFAULT_DB_ALIAS
            transaction.on_commit(record_write, using=DEFAULT_DB_ALIAS)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every replica holds the primary's rows

    def allow_migrate(self, db, app_label, **hints):
        return db == DEFAULT_DB_ALIAS


def lag_seconds():
    return settings.NEWSROOM_REPLICA_LAG_SECONDS


def record_write():
    """Readers read the primary until ``lag_seconds()`` after now.

    Called on commit of every write, so several times per transaction: one
    cache write per second per process is enough, since each stores a
    moment one second later than it must."""
    global _recorded_until
    now = time.time()
    if _recorded_until >= now + lag_seconds():
        return
    until = now + lag_seconds() + 1
    try:
        caches["default"].set(PRIMARY_UNTIL_KEY, until, timeout=lag_seconds() + 2)
    except Exception as error:  # noqa: BLE001 - any cache backend's failure
        logger.warning("Could not record a write for the read replicas: %s", error)
        return
    _recorded_until = until


def primary_required():
    """Whether a write committed less than ``lag_seconds()`` ago; also when
    the shared cache cannot say."""
    try:
        until = caches["default"].get(PRIMARY_UNTIL_KEY)
    except Exception as error:  # noqa: BLE001
        logger.warning("Shared cache unavailable, reading the primary: %s", error)
        return True
    return until is not None and until > time.time()


def replica():
    """A reachable replica, else ``default``."""
    aliases = replica_aliases()
    if not aliases or primary_required():
        return DEFAULT_DB_ALIAS
    now = time.monotonic()
    with _lock:
        candidates = [
            alias for alias in aliases if _unreachable_until.get(alias, 0) <= now
        ]
    random.shuffle(candidates)
    for alias in candidates:
        if reachable(alias):
            return alias
    return DEFAULT_DB_ALIAS


def reachable(alias):
    """Connect to ``alias`` (a persistent connection is checked first, as
    its settings ask), recording an outage or its end."""
    connection = connections[alias]
    try:
        with connection.cursor():
            pass
    except DatabaseError as error:
        with suppress(DatabaseError):
            connection.close()
        replica_down(alias, error)
        return False
    with _lock:
        was_down = _unreachable_until.pop(alias, None) is not None
    if was_down:
        logger.info("Read replica %s is back", alias)
        with suppress(Exception):  # the next outage is then logged an hour late
            caches["default"].delete(OUTAGE_KEY.format(alias=alias))
    return True


def replica_down(alias, error):
    with _lock:
        _unreachable_until[alias] = time.monotonic() + RETRY_SECONDS
    try:
        # One line per outage across processes: the first to see it says so.
        first = caches["default"].add(
            OUTAGE_KEY.format(alias=alias), time.time(), timeout=OUTAGE_LOG_SECONDS
        )
    except Exception:  # noqa: BLE001
        first = True
    if first:
        logger.warning(
            "Read replica %s unreachable, reading the primary instead: %s",
            alias,
            str(error).strip(),
        )
