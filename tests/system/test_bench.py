"""The benchmark's data set stores what a save would (manage.py bench_data)."""

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved

ROOT = Path(__file__).resolve().parents[2]
SCALE_PAGES = [
    "home",
    "list page 2",
    "list page 3",
    "topic",
    "tag",
    "author",
    "article",
    "RSS feed",
    "Atom feed",
    "search, rare word",
    "search, common word",
    "sitemap index",
    "sitemap section",
    "admin list",
    "admin list page 2",
    "admin search",
]
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


def test_make_bench_scale_measures_each_page_at_both_sizes(tmp_path):
    """``make bench SCALE=N`` at a tiny size: every page of issue 18's table at
    both sizes with its growth, and the exit status says whether a limit is
    broken."""
    results = tmp_path / "results-scale.json"
    env = os.environ | {
        "SCALE": "80",
        "BENCH_ARTICLES": "40",
        "BENCH_RUNS": "1",
        "BENCH_SCALE_RESULTS": str(results),
    }
    run = subprocess.run(
        [sys.executable, "bench/run.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert results.exists(), run.stdout[-2000:] + run.stderr[-3000:]
    figures = json.loads(results.read_text())
    assert (figures["base"], figures["scale"], figures["runs"]) == (40, 80, 1)
    assert set(figures["bench_data_seconds"]) == {"40", "80"}
    assert list(figures["pages"]) == SCALE_PAGES
    for name, page in figures["pages"].items():
        if page["scale_ms"] is None:  # no sitemap index on this branch yet
            assert name == "sitemap section" and page["growth"] is None
            continue
        assert page["base_ms"] > 0 and page["scale_ms"] > 0, name
        assert page["growth"] == round(page["scale_ms"] / page["base_ms"], 2)
        assert re.search(
            rf"^{re.escape(name)} +[\d.]+ms +[\d.]+ms +[\d.]+x$", run.stdout, re.M
        ), name
    broken = figures["broken_limits"]
    assert run.returncode == (1 if broken else 0)
    assert [line for line in run.stdout.splitlines() if "LIMIT BROKEN" in line] == [
        f"LIMIT BROKEN: {sentence}" for sentence in broken
    ]
