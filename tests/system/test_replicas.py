"""Read replicas for real: a PostgreSQL primary and a streaming replica of it
(pg_basebackup -R), made here in a temporary folder, and the site under
gunicorn reading both. Replay on the replica is paused to make it lag.

Needs PostgreSQL's binaries (`make postgres` installs them) and root, to run
them as the postgres user, as .ci/run does.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import servers
from tests.html_checks import form_data

LAG_SECONDS = 2
PASSWORD = "a long password for replicas"
PAGE = "/articles/harbour/"
WARNING = "Read replica replica1 unreachable"
SETUP = f"""
from django.contrib.auth.models import Group, User
from django.utils import timezone
from articles.formats.document import Document, Section
from articles.services import article_create_from_document
editor = User.objects.create_user("eddie", "eddie@example.com", {PASSWORD!r},
                                  is_staff=True)
editor.groups.add(Group.objects.get(name="Editors"))
article_create_from_document(
    Document(title="Harbour opens", slug="harbour", lead="The harbour opens.",
             sections=[Section(heading="When", body="On Monday.")],
             authors=["Ana Reporter"], topic="Transport"),
    status="published", publish_at=timezone.now() - timezone.timedelta(hours=1))
"""


def postgres_bin():
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2])
    )
    if not found or os.geteuid() != 0:
        pytest.fail(
            "PostgreSQL's binaries and root are needed: make postgres "
            "(apt-get install postgresql), then run the tests as root"
        )
    return Path(found[-1])


@dataclass
class Cluster:
    bin: Path
    data: Path
    port: int

    def run(self, program, *args):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin / program), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    def start(self, *settings):
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.data}"
        options += " -c fsync=off " + " ".join(settings)
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.log),
            "-o",
            options,
            "start",
        )

    def stop(self):
        with suppress(subprocess.CalledProcessError):
            self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def sql(self, query):
        return self.run(
            "psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
            "-d", "newsroom", "-Atc", query,
        ).strip()  # fmt: skip

    @property
    def log(self):
        return self.data / "server.log"

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/newsroom"


def empty_folder(path):
    path.mkdir()
    shutil.chown(path, "postgres")
    path.chmod(0o700)
    return path


@pytest.fixture(scope="module")
def clusters():
    """A primary, and a replica that logs every statement it runs."""
    pg_bin = postgres_bin()
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-replicas-"))
    workdir.chmod(0o755)
    primary = Cluster(pg_bin, empty_folder(workdir / "primary"), servers.free_port())
    replica = Cluster(pg_bin, empty_folder(workdir / "replica"), servers.free_port())
    try:
        primary.run("initdb", "-D", str(primary.data), "--auth=trust", "-U", "postgres")
        primary.start()
        primary.run(
            "createdb",
            "-h",
            "127.0.0.1",
            "-p",
            str(primary.port),
            "-U",
            "postgres",
            "newsroom",
        )
        primary.run(
            "pg_basebackup", "-h", "127.0.0.1", "-p", str(primary.port),
            "-U", "postgres", "-D", str(replica.data), "-R", "-X", "stream",
            "--checkpoint=fast",  # not wait for the next spread checkpoint
        )  # fmt: skip
        replica.start("-c log_statement=all")
        yield primary, replica
    finally:
        replica.stop()
        primary.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def gunicorn(env, log):
    """The site under gunicorn (2 workers); its standard error into ``log``."""
    port = servers.free_port()
    with open(log, "w") as errors:
        process = subprocess.Popen(
            [
                str(Path(servers.PYTHON).parent / "gunicorn"),
                "newsroom.wsgi",
                "--workers=2",
                f"--bind=127.0.0.1:{port}",
                "--log-level=warning",
            ],
            cwd=servers.ROOT,
            env=env,
            stderr=errors,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            servers.wait_until_up(f"{base}/healthz", process, "gunicorn")
            yield base
        finally:
            servers.stop(process)


@pytest.fixture(scope="module")
def site(clusters, tmp_path_factory):
    primary, replica = clusters
    workdir = tmp_path_factory.mktemp("site")
    env = servers.site_env(
        workdir,
        DATABASE_URL=primary.url,
        DATABASE_REPLICA_URLS=replica.url,
        NEWSROOM_REPLICA_LAG_SECONDS=str(LAG_SECONDS),
    )
    servers.prepare_database(env, SETUP)
    caught_up(primary, replica)
    log = workdir / "gunicorn.log"
    with gunicorn(env, log) as base:
        yield base, log


def caught_up(primary, replica, timeout=30):
    """Wait until the replica has replayed everything the primary wrote."""
    target = primary.sql("SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    query = f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn"
    while replica.sql(query) != "t":
        assert time.monotonic() < deadline, "the replica did not catch up"
        time.sleep(0.1)


def after_the_lag_window():
    time.sleep(LAG_SECONDS + 1.5)


def editor_saves_title(base, title):
    editor = servers.Browser(base)
    editor.log_in("eddie", PASSWORD)
    change = "/admin/articles/article/1/change/"
    data = form_data(editor.get(change).text, "article_form")
    data["title"] = title
    assert "was changed successfully" in editor.post(change, data).text
    return editor


def test_readers_read_the_replica_editors_the_primary(site, clusters):
    base, _ = site
    primary, replica = clusters
    reader = servers.Browser(base)
    replica.sql("SELECT pg_wal_replay_pause()")
    try:
        editor = editor_saves_title(base, "Harbour opens at dawn")
        # The editor's next pages, the admin's and the site's, are the primary's.
        assert (
            "Harbour opens at dawn"
            in editor.get("/admin/articles/article/1/change/").text
        )
        assert "Harbour opens at dawn" in editor.get(PAGE).text
        # A reader right after the write: the primary, and the page it caches.
        assert "Harbour opens at dawn" in reader.get(PAGE).text

        after_the_lag_window()
        cached = reader.get(PAGE)
        assert cached["X-Page-Cache"] == "hit"
        assert "Harbour opens at dawn" in cached.text
        # A page not cached yet is read from the replica, which lags.
        lagging = reader.get(PAGE + "?from=replica")
        assert lagging.status == 200
        assert "Harbour opens" in lagging.text
        assert "Harbour opens at dawn" not in lagging.text
        # The editor still sees their change.
        assert "Harbour opens at dawn" in editor.get(PAGE + "?from=replica").text
    finally:
        replica.sql("SELECT pg_wal_replay_resume()")
    caught_up(primary, replica)
    assert "Harbour opens at dawn" in reader.get(PAGE + "?from=replica-again").text


def test_reader_queries_reach_the_replica_and_admin_queries_the_primary(site, clusters):
    base, _ = site
    _, replica = clusters
    editor = servers.Browser(base)
    editor.log_in("eddie", PASSWORD)
    logged = len(replica.log.read_text())
    for path in (
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/1/change/",
        PAGE,
    ):
        assert editor.get(path).status == 200
    assert "statement:" not in replica.log.read_text()[logged:]

    after_the_lag_window()  # signing in wrote (the last login, at least)
    reader = servers.Browser(base)
    for path in (
        "/?from=reader",
        PAGE + "?from=reader",
        "/search/?q=harbour",
        "/feed/rss/",
        "/sitemap.xml",
    ):
        assert reader.get(path).status == 200
    statements = replica.log.read_text()[logged:]
    assert 'FROM "articles_article"' in statements
    assert "django_session" not in statements
    assert "auth_user" not in statements


def test_a_replica_that_is_down_leaves_readers_on_the_primary(site, clusters):
    base, log = site
    primary, replica = clusters
    reader = servers.Browser(base)
    assert reader.get(PAGE + "?before=outage").status == 200
    replica.stop()
    try:
        for n in range(10):  # both workers, none from the page cache
            response = reader.get(f"{PAGE}?during=outage-{n}")
            assert response.status == 200
            assert "Harbour opens" in response.text
        lines = log.read_text().splitlines()
        assert len([line for line in lines if WARNING in line]) == 1, lines
        assert not [line for line in lines if "Database unavailable" in line]
    finally:
        replica.start("-c log_statement=all")
