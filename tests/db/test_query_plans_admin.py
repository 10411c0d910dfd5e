"""The admin article list reads indexes, never a whole table (issue 18): the
queries an Editor's list sends for its default order, each column it sorts
by (both ways) and each filter it offers, explained by the database itself
(SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN), so that a change that
falls back to a scan or a sort of every article fails here."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved
from tests.signin import client_for

LIST = "/admin/articles/article/"


@pytest.fixture
def editors_list(desk_editor, make_article):
    """An Editor's list with an article in each state and every label."""
    now = timezone.now()
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana")
    transport = Topic.objects.create(name="Transport", slug="transport")
    buses = Tag.objects.create(name="Buses", slug="buses")
    for status, publish_at, unpublish_at in (
        (Article.Status.DRAFT, None, None),
        (Article.Status.REVIEW, None, None),
        (Article.Status.PUBLISHED, now + timedelta(days=2), None),
        (Article.Status.PUBLISHED, now - timedelta(days=3), None),
        (Article.Status.PUBLISHED, now - timedelta(days=400), now - timedelta(1)),
        (Article.Status.UNPUBLISHED, now - timedelta(days=9), None),
    ):
        article = make_article(
            status=status, publish_at=publish_at, unpublish_at=unpublish_at
        )
        article.topic = transport
        article.save()
        article.tags.add(buses)
        article.authors.add(ana)
        article_saved(article, by=desk_editor, comment="Saved")
    if connection.vendor == "postgresql":
        # A table of six rows is cheapest read whole and sorted: the plans
        # asserted are those of an archive, where reading an index in its
        # order is the only cheap way. (A sort of the rows that tie on the
        # first column, PostgreSQL's "Incremental Sort", is allowed.)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
    return client_for(desk_editor)


def list_queries(client, query_string):
    """The SQL of the list's queries that read articles."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(LIST + query_string)
    assert response.status_code == 200, response.status_code
    return response, [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT") and '"articles_article"' in query["sql"]
    ]


def plan(sql):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            return [row[-1] for row in cursor.fetchall()]
        cursor.execute(f"EXPLAIN {sql}")
        return [row[0] for row in cursor.fetchall()]


def scans(sql, *, ordered):
    """The steps of ``sql``'s plan that read a whole table, or (``ordered``)
    sort every row rather than read them in the index's order."""
    steps = plan(sql)
    if connection.vendor == "sqlite":
        # A derived table (Django's "subquery") is read whole by design.
        derived = {s.split()[-1] for s in steps if s.startswith(("CO-ROUTINE", "MAT"))}
        whole = [
            s
            for s in steps
            if re.match(r"SCAN \w+$", s) and s.split()[-1] not in derived
        ]
        sorted_all = [s for s in steps if s == "USE TEMP B-TREE FOR ORDER BY"]
    else:
        whole = [s for s in steps if "Seq Scan" in s]
        sorted_all = [s for s in steps if re.match(r"\s*(->\s*)?Sort  \(", s)]
    return whole + (sorted_all if ordered else [])


def links(html, pattern):
    """The query strings of the links in ``html`` matching ``pattern``."""
    return sorted(set(re.findall(pattern, html)))


def test_the_default_order_reads_the_index(editors_list):
    response, queries = list_queries(editors_list, "")
    assert len(queries) >= 2  # the rows and their count, at least
    for sql in queries:
        assert scans(sql, ordered="ORDER BY" in sql) == [], (sql, plan(sql))


def test_each_sort_reads_its_index_both_ways(editors_list):
    response, _ = list_queries(editors_list, "")
    # The headers' links: each column first, the current order after it.
    sorts = links(response.content.decode(), r'href="\?o=([\d.-]+)"')
    columns = {sort.split(".")[0].lstrip("-") for sort in sorts}
    # Title, state, publication date, words and last change.
    assert len(columns) == 5, sorts
    for column in columns:
        for way in (column, f"-{column}"):
            _, queries = list_queries(editors_list, f"?o={way}")
            for sql in queries:
                assert scans(sql, ordered="ORDER BY" in sql) == [], (way, plan(sql))


def test_each_filter_reads_an_index(editors_list):
    response, _ = list_queries(editors_list, "")
    nav = re.search(
        r'<nav id="changelist-filter".*?</nav>', response.content.decode(), re.S
    )
    filters = links(nav.group(0), r'<a href="(\?[^"]+)"') if nav else []
    # 6 states, an author, a topic, a tag, 5 publication dates.
    assert len(filters) >= 14, filters
    year = timezone.localtime().year
    for choice in (*filters, f"?publish_at__year={year}"):
        _, queries = list_queries(editors_list, choice.replace("&amp;", "&"))
        for sql in queries:
            assert scans(sql, ordered=False) == [], (choice, plan(sql))


def test_a_search_reads_the_indexes(editors_list):
    """The matches through the full-text index, and the passages of the
    page's articles by their ids, never a whole table. (The list's order is
    a sort of the matches: at most ``EDITOR_MATCHES`` of them.)"""
    with CaptureQueriesContext(connection) as captured:
        response = editors_list.get(LIST, {"q": "Standfirst"})
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 6
    queries = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT") and "articles_search" in query["sql"]
    ]
    # The count, the page, its passages and the date hierarchy's years.
    assert len(queries) == 4, queries
    for sql in queries:
        assert scans(sql, ordered=False) == [], (sql, plan(sql))
