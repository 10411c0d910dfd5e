"""The reader lists' queries read a bounded part of an index, whatever the
size of the archive (issue 18): the home page's newest and pinned articles,
its topic blocks, any page of a list however deep, a topic's list."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, Topic
from tests.query_plans import plan, reads_articles_by_id, walks_a_whole_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(make_article):
    topics = [Topic.objects.create(name=f"T{n}", slug=f"t{n}") for n in range(3)]
    articles = [make_article(topic=topics[n % 3]) for n in range(9)]
    articles[4].front_page_until = timezone.now() + timedelta(days=1)
    articles[4].save(update_fields=["front_page_until"])
    return topics, articles


def test_the_front_page_reads_the_newest_and_the_pin_through_indexes(archive):
    steps = plan(Article.objects.for_front_page(21))
    assert not walks_a_whole_table(steps), steps
    assert reads_articles_by_id(steps), steps
    if connection.vendor == "sqlite":
        assert "USING INDEX article_front_page_idx" in steps, steps
        assert "INDEX article_listing_idx" in steps, steps


def test_the_topic_blocks_read_each_topic_through_its_index(archive):
    topics, articles = archive
    others = Article.objects.exclude(pk__in=[a.pk for a in articles[:2]])
    steps = plan(others.newest_by_topic([t.pk for t in topics], 3))
    assert not walks_a_whole_table(steps), steps
    assert reads_articles_by_id(steps), steps
    if connection.vendor == "sqlite":
        assert steps.count("INDEX article_topic_listing_idx (topic_id=?") == 6, steps


@pytest.mark.parametrize("topic", [False, True])
def test_a_deep_page_of_a_list_starts_from_its_cursor_in_the_index(archive, topic):
    """As ``ListingPage`` reads a page after a cursor (``?before=``), for the
    home page's list and a topic's."""
    topics, articles = archive
    middle = Article.objects.published().order_by("-publish_at", "-pk")[3]
    page = Article.objects.listed_after(middle.publish_at, middle.pk)
    page = page.published().for_listing()
    if topic:
        page = page.filter(topic=topics[0])
    steps = plan(page[:21])
    assert not walks_a_whole_table(steps), steps
    if connection.vendor == "sqlite":
        index = "article_topic_listing_idx" if topic else "article_listing_idx"
        assert f"INDEX {index}" in steps, steps
