"""Which database each request reads (newsroom/replicas.py), decided by the
real middleware and router over stand-in replica connections; the real
replica is in tests/system/test_replicas.py."""

import json
import logging
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import OperationalError
from django.test import RequestFactory

from articles.models import Article
from newsroom import replicas
from tests.paths import PROJECT

REPLICA = "replica1"


class StandInReplica:
    """A replica connection: answers, or refuses like a server that is down."""

    def __init__(self, name="newsroom", up=True):
        self.settings_dict = {"NAME": name}
        self.up = up
        self.attempts = 0

    @contextmanager
    def cursor(self):
        self.attempts += 1
        if not self.up:
            raise OperationalError("connection refused")
        yield None

    def close(self):
        pass


@pytest.fixture
def stand_ins(settings, monkeypatch):
    """Two configured replicas, their connections stood in for."""
    settings.NEWSROOM_REPLICAS = {REPLICA: "newsroom", "replica2": "newsroom"}
    settings.NEWSROOM_REPLICA_LAG_SECONDS = 10
    connections = {REPLICA: StandInReplica(), "replica2": StandInReplica()}
    monkeypatch.setattr(replicas, "connections", connections)
    monkeypatch.setattr(replicas, "_unreachable_until", {})
    monkeypatch.setattr(replicas, "_recorded_until", 0.0)
    return connections


@pytest.fixture
def one_replica(stand_ins, settings):
    settings.NEWSROOM_REPLICAS = {REPLICA: "newsroom"}
    return stand_ins[REPLICA]


def reads_during(request, *steps):
    """The aliases the router gives for ``steps`` ("read" or "write" of an
    Article) while the middleware handles ``request``."""
    router = replicas.ReplicaRouter()

    def view(request):
        return [
            router.db_for_read(Article)
            if step == "read"
            else router.db_for_write(Article)
            for step in steps
        ]

    return replicas.ReplicaRoutingMiddleware(view)(request)


def reader_get(path="/articles/harbour/", **cookies):
    request = RequestFactory().get(path)
    request.COOKIES.update(cookies)
    return request


def test_an_anonymous_readers_page_reads_a_replica(db, one_replica):
    pages = ("/", "/articles/harbour/", "/search/?q=x", "/feed/rss/", "/sitemap.xml")
    for path in (*pages, "/api/v1/articles/"):
        assert reads_during(reader_get(path), "read", "read") == [REPLICA, REPLICA]
    assert reads_during(RequestFactory().head("/"), "read") == [REPLICA]


@pytest.mark.parametrize(
    "request_",
    [
        pytest.param(reader_get("/admin/articles/article/"), id="admin"),
        pytest.param(reader_get("/markdownx/markdownify/"), id="markdownx"),
        pytest.param(reader_get("/preview/token/"), id="preview"),
        pytest.param(reader_get(sessionid="abc"), id="signed-in"),
        pytest.param(reader_get(messages="abc"), id="messages-pending"),
        pytest.param(RequestFactory().post("/search/"), id="post"),
    ],
)
def test_editors_and_the_admin_read_the_primary(db, one_replica, request_):
    assert reads_during(request_, "read") == ["default"]
    assert one_replica.attempts == 0


def test_reads_outside_a_request_go_to_the_primary(db, one_replica):
    assert replicas.ReplicaRouter().db_for_read(Article) == "default"


def test_a_request_that_wrote_reads_the_primary_from_then_on(db, one_replica):
    steps = reads_during(reader_get(), "read", "write", "read")
    assert steps == [REPLICA, "default", "default"]


def test_the_database_cache_is_read_on_the_primary(db, one_replica):
    cache_entry = DatabaseCache("django_cache", {}).cache_model_class
    router = replicas.ReplicaRouter()
    read = replicas.ReplicaRoutingMiddleware(lambda r: router.db_for_read(cache_entry))
    assert read(reader_get()) == "default"


def test_readers_read_the_primary_for_the_lag_window_after_a_write(
    one_replica, settings, make_article, django_capture_on_commit_callbacks
):
    settings.DATABASE_ROUTERS = ["newsroom.replicas.ReplicaRouter"]
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="Harbour opens")
    until = caches["default"].get(replicas.PRIMARY_UNTIL_KEY)
    assert until > time.time() + 9
    assert reads_during(reader_get(), "read") == ["default"]

    caches["default"].set(replicas.PRIMARY_UNTIL_KEY, time.time() - 1)  # window over
    assert reads_during(reader_get(), "read") == [REPLICA]


def test_an_uncommitted_write_opens_no_window(
    one_replica, settings, make_article, django_capture_on_commit_callbacks
):
    settings.DATABASE_ROUTERS = ["newsroom.replicas.ReplicaRouter"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_article(title="Harbour opens")
    assert callbacks  # recorded once the transaction commits, not before
    assert caches["default"].get(replicas.PRIMARY_UNTIL_KEY) is None
    assert reads_during(reader_get(), "read") == [REPLICA]


def test_a_test_mirror_of_the_primary_is_the_primary(db, one_replica):
    one_replica.settings_dict["NAME"] = "test_newsroom"  # as the test runner does
    assert reads_during(reader_get(), "read") == ["default"]
    assert one_replica.attempts == 0


def test_a_replica_that_is_down_is_skipped_with_one_warning(db, one_replica, caplog):
    one_replica.up = False
    with caplog.at_level(logging.INFO, logger="newsroom.replicas"):
        for _ in range(3):
            assert reads_during(reader_get(), "read") == ["default"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "Read replica replica1 unreachable, reading the primary instead: "
        "connection refused"
    ]
    assert one_replica.attempts == 1  # not tried again before RETRY_SECONDS

    replicas._unreachable_until[REPLICA] = 0  # the retry is due, still down
    assert reads_during(reader_get(), "read") == ["default"]
    assert one_replica.attempts == 2
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1

    one_replica.up = True
    replicas._unreachable_until[REPLICA] = 0
    with caplog.at_level(logging.INFO, logger="newsroom.replicas"):
        assert reads_during(reader_get(), "read") == [REPLICA]
    assert "Read replica replica1 is back" in caplog.messages


def test_another_replica_answers_when_one_is_down(db, stand_ins):
    stand_ins[REPLICA].up = False
    for _ in range(5):
        assert reads_during(reader_get(), "read") == ["replica2"]


def test_migrations_run_on_the_primary_only():
    router = replicas.ReplicaRouter()
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate(REPLICA, "articles")


SETTINGS_PROBE = """
import json
from django.conf import settings
print(json.dumps({
    "aliases": sorted(settings.DATABASES),
    "replica": settings.DATABASES["replica2"],
    "replicas": settings.NEWSROOM_REPLICAS,
    "routers": settings.DATABASE_ROUTERS,
    "middleware": settings.MIDDLEWARE,
}, default=str))
"""


def test_database_replica_urls_add_replicas_as_test_mirrors(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SECRET_KEY": "test-only-secret-key",
        "DATABASE_URL": "postgres://app@primary.internal:5432/newsroom",
        "DATABASE_REPLICA_URLS": " postgres://app@replica-a:5432/newsroom ,"
        "postgres://app@replica-b:5433/newsroom,",
    }
    printed = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", SETTINGS_PROBE],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = json.loads(printed.splitlines()[-1])
    assert found["aliases"] == ["default", "replica1", "replica2"]
    assert found["replica"]["HOST"] == "replica-b"
    assert found["replica"]["PORT"] == 5433
    assert found["replica"]["TEST"]["MIRROR"] == "default"
    assert found["replica"]["CONN_HEALTH_CHECKS"] is True
    assert found["replicas"] == {"replica1": "newsroom", "replica2": "newsroom"}
    assert found["routers"] == ["newsroom.replicas.ReplicaRouter"]
    middleware = found["middleware"]
    assert middleware.index("newsroom.replicas.ReplicaRoutingMiddleware") + 1 == (
        middleware.index("articles.caching.pages.PageCacheMiddleware")
    )
