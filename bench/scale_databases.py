"""The databases ``make bench SCALE=N`` (bench/scale.py) builds and measures:
temporary SQLite files by default, or, when BENCH_DATABASE_URL (else
DATABASE_URL) is a PostgreSQL URL, fresh databases on that server, named
after its database (``newsroom_bench_10000``) and dropped at the end.
With BENCH_KEEP=1 they are kept, to look into a figure afterwards."""

import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg
from psycopg import sql

POSTGRESQL_ENGINE = "django.db.backends.postgresql"


def server_url():
    """The PostgreSQL server's URL to build the data sets on, or None (SQLite)."""
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url and dj_database_url.parse(url)["ENGINE"] == POSTGRESQL_ENGINE:
        return url
    return None


def vendor():
    return "postgresql" if server_url() else "sqlite"


@contextmanager
def bench_databases(sizes):
    """{size: database URL} for each size, each database new and empty;
    deleted (SQLite) or dropped (PostgreSQL) afterwards, whatever happens."""
    server = server_url()
    keep = os.environ.get("BENCH_KEEP") == "1"
    if server is None:
        workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-scale-"))
        try:
            yield {size: f"sqlite:///{workdir / f'{size}.sqlite3'}" for size in sizes}
        finally:
            if not keep:
                shutil.rmtree(workdir, ignore_errors=True)
        return
    parts = urlsplit(server)
    name = dj_database_url.parse(server)["NAME"] or "newsroom"
    names = {size: f"{name}_bench_{size}" for size in sizes}
    for database in names.values():
        _drop(server, database)  # left over from a run that was killed
        _execute(server, "postgres", "CREATE DATABASE {}", database)
    try:
        yield {
            size: parts._replace(path=f"/{database}").geturl()
            for size, database in names.items()
        }
    finally:
        for database in names.values():
            if not keep:
                _drop(server, database)


def analyze(url):
    """On PostgreSQL, statistics for the planner. A fresh import has none
    (autovacuum gathers them later, in the middle of the measurements),
    and without them PostgreSQL plans as for an empty table."""
    if dj_database_url.parse(url)["ENGINE"] == POSTGRESQL_ENGINE:
        _execute(url, None, "VACUUM ANALYZE")


def description(url):
    """The database's vendor and version, e.g. "PostgreSQL 15.10 (Debian …)"."""
    if dj_database_url.parse(url)["ENGINE"] != POSTGRESQL_ENGINE:
        return f"SQLite {sqlite3.sqlite_version}"
    with _connect(url, None) as connection:
        version = connection.execute("SHOW server_version").fetchone()[0]
    return f"PostgreSQL {version}"


def _drop(server, database):
    _execute(server, "postgres", "DROP DATABASE IF EXISTS {} WITH (FORCE)", database)


def _execute(url, dbname, statement, identifier=None):
    query = sql.SQL(statement)
    if identifier is not None:
        query = query.format(sql.Identifier(identifier))
    with _connect(url, dbname) as connection:
        connection.execute(query)


def _connect(url, dbname):
    """A connection to ``url``'s server, to ``dbname`` or else ``url``'s own
    database, outside a transaction (CREATE DATABASE and VACUUM need that)."""
    settings = dj_database_url.parse(url)
    given = {
        "host": settings["HOST"],
        "port": settings["PORT"],
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "dbname": dbname or settings["NAME"],
    }
    options = settings.get("OPTIONS", {})
    return psycopg.connect(
        **{key: value for key, value in given.items() if value},
        **options,
        autocommit=True,
    )
