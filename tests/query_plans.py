"""The plan a database makes for a query, for tests that assert it reads an
index (issue 18: costs that do not grow with the archive).

SQLite's ``EXPLAIN QUERY PLAN`` says SEARCH for a read bounded by an index
and SCAN for one that walks a whole table or index. PostgreSQL plans by the
table's statistics and always scans a test table of a few rows, so there
sequential scans are switched off for the rest of the test's transaction:
the plan must then still use an index (a query no index can serve would
still show a Seq Scan)."""

import re

from django.db import connection


def plan(queryset):
    """The steps of ``queryset``'s plan, one a line."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(row[-1] for row in cursor.fetchall())
        # Nor sorts: on a few rows a sort costs nothing, and which index
        # PostgreSQL then picks depends on the statistics of the moment.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def walks_a_whole_table(steps):
    """Whether a plan reads every row of a table or every entry of an index."""
    if connection.vendor == "sqlite":
        return any(line.startswith("SCAN") for line in steps.splitlines())
    return "Seq Scan" in steps


def reads_articles_by_id(steps):
    """Whether a plan reads the article rows it returns by their primary key
    (rather than walking the table and testing each row)."""
    if connection.vendor == "sqlite":
        return "SEARCH articles_article USING INTEGER PRIMARY KEY" in steps
    # Through the primary key or, on a few rows and by the statistics of
    # the moment, another index of the table that holds the id.
    return bool(BY_ID.search(steps))


BY_ID = re.compile(
    r"(?:Index (?:Only )?Scan(?: Backward)? using \S+ on articles_article "
    r"|Bitmap Index Scan on articles?_\S+)[^\n]*\n\s+Index Cond: \(id = "
)
