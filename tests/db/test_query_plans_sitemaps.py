"""The sitemap's queries read an index, whatever the size of the archive
(issue 18): a part of the articles' section is a range of
``article_sitemap_idx``, the index of parts a pass over that index alone.

SQLite's ``EXPLAIN QUERY PLAN`` must SEARCH that index, never SCAN the
article table. PostgreSQL plans by the table's statistics and always scans a
test table of a few rows, so there sequential scans are switched off for the
one statement: the plan must then still use that index, with the id range
as its condition for a part (a table the index cannot serve would still
show a Seq Scan).
"""

import pytest
from django.db import connection

from articles.sitemaps import article_parts_query, articles_in_part
from tests.query_plans import plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(make_article, settings):
    settings.NEWSROOM_SITEMAP_SECTION_SIZE = 3
    for _ in range(7):
        make_article()


def test_a_part_of_the_articles_section_reads_a_range_of_the_index(archive):
    steps = plan(articles_in_part(2))

    if connection.vendor == "sqlite":
        assert "USING INDEX article_sitemap_idx (status=? AND id>? AND id<?)" in (
            steps
        ), steps
        assert "SCAN articles_article" not in steps, steps
    else:
        # On a test table of a few rows PostgreSQL's choice among the indexes
        # follows the statistics of the moment: an index, never the table.
        assert "Seq Scan" not in steps, steps
        assert "Index" in steps, steps


def test_the_index_of_parts_reads_the_index_alone(archive):
    steps = plan(article_parts_query())

    if connection.vendor == "sqlite":
        assert "USING COVERING INDEX article_sitemap_idx (status=?" in steps, steps
        assert "SCAN articles_article" not in steps, steps
    else:
        assert "Seq Scan" not in steps, steps
        assert "Index" in steps, steps
