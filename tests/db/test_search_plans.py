"""The search queries read the full-text index (FTS5 on SQLite, the GIN index
on PostgreSQL) and reach articles by their primary key, never by scanning a
table: a change that falls back to a scan fails here (issue 18). Runs on
SQLite and PostgreSQL alike."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Topic
from articles.services import article_saved
from tests.signin import client_for


@pytest.fixture
def kestrels(make_article):
    birds = Topic.objects.create(name="Birds", slug="birds")
    for n in range(3):
        article = make_article(title=f"Kestrel {n}", topic=birds)
        article_saved(article, by=None, comment="test")


def search_queries(client, url):
    """The SQL of the queries that read the index when ``url`` is shown."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [
        q["sql"] for q in captured.captured_queries if "articles_search" in q["sql"]
    ]


def sqlite_plan(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return [row[3] for row in cursor.fetchall()]


def postgresql_plan(sql):
    with connection.cursor() as cursor:
        # What PostgreSQL chooses on a large archive, where reading a table's
        # rows costs more than its indexes: on three rows it would read the
        # tables, or look each article's row up in the index by its id.
        for method in ("seqscan", "indexscan", "nestloop"):
            cursor.execute(f"SET LOCAL enable_{method} = off")
        cursor.execute(f"EXPLAIN {sql}")
        return [row[0] for row in cursor.fetchall()]


def assert_index_driven(sql):
    if connection.vendor == "sqlite":
        steps = sqlite_plan(sql)
        # "SCAN subquery": a capped count reading back its own few rows
        # (the admin list's "more than N"), not a table.
        scans = [
            step
            for step in steps
            if step.startswith("SCAN") and step != "SCAN subquery"
        ]
        # A virtual table's scan through MATCH ("M" in its index's plan).
        full_text = re.compile(r"VIRTUAL TABLE INDEX \d+:\S*M")
        assert all(full_text.search(step) for step in scans), "\n".join(steps)
        assert scans, steps
        articles = [step for step in steps if " articles_article " in f"{step} "]
        assert articles, steps
        assert all("USING INTEGER PRIMARY KEY" in step for step in articles), steps
    else:
        # Planned on three rows, the article table may be read through any
        # of its indexes: the matches must come from the GIN index.
        plan = "\n".join(postgresql_plan(sql))
        assert "Seq Scan" not in plan, plan
        assert "articles_search_vector" in plan, plan


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/search/?q=kestrel", "/search/?q=kestrel&topic=birds"]
)
def test_the_readers_search_reads_the_index_and_articles_by_key(client, kestrels, url):
    queries = search_queries(client, url)
    assert len(queries) == (3 if "topic" in url else 2)
    for sql in queries:
        assert_index_driven(sql)


@pytest.mark.django_db
def test_the_newest_matches_come_from_the_index_in_its_order(client, kestrels):
    """The matches are read newest first from the index itself, no sort of
    them all (SQLite; PostgreSQL sorts what the GIN index gives)."""
    [newest, page] = search_queries(client, "/search/?q=kestrel")
    if connection.vendor == "sqlite":
        assert not any("TEMP B-TREE" in step for step in sqlite_plan(newest))
        # The page's results are looked up in the index by their ids ("="),
        # not found again among every match.
        [index_step] = [s for s in sqlite_plan(page) if "VIRTUAL TABLE" in s]
        assert re.search(r"INDEX \d+:=M", index_step), index_step
    else:
        assert "Limit" in postgresql_plan(newest)[0]


@pytest.mark.django_db
def test_the_admin_lists_search_reads_the_index(desk_editor, kestrels):
    """The page's passages are read for the page's ids only: on SQLite from
    the index alone over their range (one pass, not a lookup per id), on
    PostgreSQL through the index, never the whole table."""
    queries = search_queries(
        client_for(desk_editor), "/admin/articles/article/?q=kestrel"
    )
    passages = [sql for sql in queries if "snippet(" in sql or "ts_headline(" in sql]
    assert len(passages) == 1, queries
    if connection.vendor == "sqlite":
        [step] = sqlite_plan(passages[0])
        assert re.search(r"VIRTUAL TABLE INDEX \d+:M\S*><", step), step
    else:
        plan = "\n".join(postgresql_plan(passages[0]))
        assert "Seq Scan" not in plan, plan
        # By the rows' keys, or (on a few rows, by the statistics of the
        # moment) the word's own index rows, filtered by the page's ids.
        assert re.search(r"articles_search_(pkey|vector)", plan), plan
    for sql in queries:
        if sql not in passages:
            assert_index_driven(sql)
