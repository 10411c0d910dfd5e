"""The benchmark's data set stores what a save would (manage.py bench_data)."""

import io

from django.core.management import call_command

from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved

STORED = (
    "lead_html",
    "body_html",
    "byline_html",
    "page_data",
    "reading_minutes",
    "card_html",
)


def test_bench_data_is_seeded_and_stores_what_a_save_would(db):
    call_command("bench_data", "--articles=40", stdout=io.StringIO())
    assert Article.objects.published().count() == 42
    large = Article.objects.with_content().get(slug="bench-large")
    assert len(large.sections.all()) == 50 and len(large.faqs.all()) == 30
    assert all(len(s.bullets.all()) == 6 for s in large.sections.all())
    feature = Article.objects.with_content().get(slug="bench-feature")
    assert len(feature.sections.all()) == 5 and len(feature.faqs.all()) == 4
    assert sum(1 for s in feature.sections.all() if s.bullets.all()) == 3

    small = Article.objects.get(slug="story-00007")
    bulk = {name: getattr(small, name) for name in STORED}
    article_saved(small, by=None, comment="Saved")
    small.refresh_from_db()
    assert bulk == {name: getattr(small, name) for name in STORED}
    assert small.tags.count() == 3 and small.authors.count() == 1


def test_bench_data_is_the_same_for_the_same_seed(db):
    call_command("bench_data", "--articles=5", stdout=io.StringIO())
    first = list(Article.objects.order_by("slug").values_list("title", "lead"))
    for model in (Article, Topic, Tag, Author):
        model.objects.all().delete()
    call_command("bench_data", "--articles=5", stdout=io.StringIO())
    assert list(Article.objects.order_by("slug").values_list("title", "lead")) == first
