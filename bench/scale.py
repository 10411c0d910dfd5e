"""make bench SCALE=N: what each page costs at 10,000 articles and at N
(issue 18), and whether the growth stays within the issue's limits.

Builds two data sets with ``manage.py bench_data`` in temporary SQLite
databases (BENCH_ARTICLES, default 10,000, and SCALE), or in two fresh
databases on the PostgreSQL server of BENCH_DATABASE_URL (else DATABASE_URL)
when that is a PostgreSQL URL (``bench/scale_databases.py``), then measures
every page in-process with Django's test client, page cache off: BENCH_RUNS
(default 7) separate processes per size, the two sizes alternating so that a
machine whose speed drifts slows both alike; in each process every page is
requested once to load templates and fill the other caches, then timed
three times, the fastest kept. The figure is the median of the runs. Prints
each page's time at both sizes and its growth, and the database's vendor and
version, writes bench/results-scale.json (results-scale-postgresql.json on
PostgreSQL), and exits 1 when a limit is broken.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # also when run as a script (``--measure``)

from bench.scale_databases import (  # noqa: E402 - needs ROOT
    analyze,
    bench_databases,
    description,
    vendor,
)

PYTHON = sys.executable
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
# Each run's figure for a page is the fastest of this many requests: what
# the page costs, without the moments another process had the processor.
REPEATS = 3
EDITOR = "bench-editor"
RESULTS = {
    "sqlite": ROOT / "bench" / "results-scale.json",
    "postgresql": ROOT / "bench" / "results-scale-postgresql.json",
}
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# (name, path, kind): the kind decides the limit (``broken_limits``).
READER, SEARCH, SITEMAP, ADMIN = "reader", "search", "sitemap", "admin"


def say(text=""):
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def env_for(database):
    """The environment of a process on ``database`` (a URL)."""
    return os.environ | {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DATABASE_URL": database,
        "DATABASE_REPLICA_URLS": "",
        "NEWSROOM_PAGE_CACHE": "0",
        "REDIS_URL": "",
    }


def build(database, articles):
    """A data set of ``articles`` small articles (and the two long ones), with
    the bench's editor; the seconds bench_data took."""

    def manage(*args):
        subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=env_for(database), check=True
        )

    manage("migrate", "--noinput", "-v0")
    manage("createcachetable")
    # The pages are measured with DEBUG off: their stylesheet's hashed name
    # comes from the manifest collectstatic writes (a fresh clone has none).
    manage("collectstatic", "--noinput", "-v0")
    started = time.monotonic()
    manage("bench_data", f"--articles={articles}")
    seconds = round(time.monotonic() - started, 1)
    analyze(database)
    manage("shell", "--no-imports", "-c", _CREATE_EDITOR)
    return seconds


_CREATE_EDITOR = (
    "from django.contrib.auth import get_user_model; "
    f"get_user_model().objects.create_superuser('{EDITOR}', 'bench@example.com', "
    "'bench-editor-password')"
)


def pages(base_articles):
    """What the issue's table lists; paths that depend on the data (the deep
    list page, the sitemap section) are found in each process."""
    deep_list_page = max(3, min(400, base_articles // 20))
    admin_deep_page = max(2, min(100, base_articles // 100))
    return [
        ("home", "/", READER),
        ("list page 2", "list-page:2", READER),
        (f"list page {deep_list_page}", f"list-page:{deep_list_page}", READER),
        ("topic", "/topics/topic-05/", READER),
        ("tag", "/tags/tag-07/", READER),
        ("author", "/authors/reporter-3/", READER),
        ("article", "/articles/bench-feature/", READER),
        ("RSS feed", "/feed/rss/", READER),
        ("Atom feed", "/feed/atom/", READER),
        ("search, rare word", "/search/?q=timetable", SEARCH),
        ("search, common word", "/search/?q=city", SEARCH),
        ("sitemap index", "/sitemap.xml", SITEMAP),
        ("sitemap section", "sitemap-section", SITEMAP),
        ("admin list", "/admin/articles/article/", ADMIN),
        (
            f"admin list page {admin_deep_page}",
            f"/admin/articles/article/?p={admin_deep_page}",
            ADMIN,
        ),
        ("admin search", "/admin/articles/article/?q=timetable", ADMIN),
    ]


def measure_once(database, page_list):
    """One process's figures: {name: ms or None}, None for a page that could
    not be found (a sitemap without sections)."""
    output = subprocess.run(
        [PYTHON, str(Path(__file__)), "--measure", json.dumps(page_list)],
        cwd=ROOT,
        env=env_for(database),
        capture_output=True,
        text=True,
    )
    if output.returncode:
        raise SystemExit(f"measuring failed:\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.splitlines()[-1])


def in_this_process(page_list):
    """Run by ``measure_once`` in a fresh process against one data set."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from articles.listing import ListingPage
    from articles.models import Article

    reader, editor = Client(), Client()
    editor.force_login(get_user_model().objects.get(username=EDITOR))

    def resolve(path):
        if path.startswith("list-page:"):
            page = int(path.split(":")[1])
            last = Article.objects.published()[(page - 1) * 20 - 1]
            return f"/?before={ListingPage.cursor_of(last)}"
        if path == "sitemap-section":
            index = ElementTree.fromstring(reader.get("/sitemap.xml").content)
            if index.tag != f"{SITEMAP_NS}sitemapindex":
                return None  # one file, not an index of sections
            # The articles' first part: a full section (the home page's and
            # the labels' come first and are short).
            locs = [loc.text for loc in index.iter(f"{SITEMAP_NS}loc")]
            parts = urlsplit(next(loc for loc in locs if "articles" in loc))
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return path

    timings = {}
    for name, path, kind in page_list:
        url = resolve(path)
        if url is None:
            timings[name] = None
            continue
        client = editor if kind == ADMIN else reader
        response = client.get(url)  # templates, imports and caches loaded
        assert response.status_code == 200, (url, response.status_code)
        fastest = None
        for _ in range(REPEATS):
            started = time.perf_counter()
            client.get(url)
            took = (time.perf_counter() - started) * 1000
            fastest = took if fastest is None else min(fastest, took)
        timings[name] = fastest
    return timings


def broken_limits(results):
    """The issue's limits that the figures break, as sentences."""
    figures, broken = results["pages"], []
    home = figures["home"]["scale_ms"]
    for name, page in figures.items():
        growth, at_scale = page["growth"], page["scale_ms"]
        if at_scale is None:
            broken.append(f"{name}: not found (the sitemap is not an index)")
        elif page["kind"] == READER and growth > 1.2:
            broken.append(f"{name} grows {growth:.2f}x (at most 1.2x)")
        elif page["kind"] == ADMIN and growth > 1.5:
            broken.append(f"{name} grows {growth:.2f}x (at most 1.5x)")
        elif page["kind"] in (SEARCH, SITEMAP):
            most = {"search, common word": 10, "search, rare word": 3}.get(name, 3)
            if name != "sitemap index" and at_scale > most * home:
                broken.append(
                    f"{name} takes {at_scale / home:.1f}x the home page at "
                    f"{results['scale']:,} (at most {most}x)"
                )
    return broken


def measure(databases, page_list):
    """{name: (median ms at the base size, at scale)}, the sizes alternating."""
    runs = {size: [] for size in databases}
    for run in range(RUNS):
        for size, database in databases.items():
            say(f"  run {run + 1} of {RUNS}, {size:,} articles …")
            runs[size].append(measure_once(database, page_list))
    medians = {}
    for name, _, _ in page_list:
        medians[name] = tuple(
            None
            if any(run[name] is None for run in runs[size])
            else round(statistics.median(run[name] for run in runs[size]), 2)
            for size in databases
        )
    return medians


def report(results):
    base, scale = results["base"], results["scale"]
    header = f"{'page':<24}{f'{base:,}':>12}{f'{scale:,}':>12}{'growth':>9}"
    say("\n" + header + "\n" + "-" * len(header))
    for name, page in results["pages"].items():
        if page["scale_ms"] is None:
            say(f"{name:<24}{'-':>12}{'-':>12}{'-':>9}")
            continue
        say(
            f"{name:<24}{page['base_ms']:>10.1f}ms{page['scale_ms']:>10.1f}ms"
            f"{page['growth']:>8.2f}x"
        )
    say(
        f"\n{results['database']}, in-process, page cache off, median of "
        f"{results['runs']} processes. "
        f"bench_data took {results['bench_data_seconds'][str(base)]} s and "
        f"{results['bench_data_seconds'][str(scale)]} s."
    )
    for sentence in results["broken_limits"]:
        say(f"LIMIT BROKEN: {sentence}")


def results_of(results, page_list, medians):
    """``results`` (the sizes, the database, bench_data's seconds) with each
    page's figures and the limits they break: what results-scale.json holds."""
    results["runs"] = RUNS
    results["measured"] = (
        "in-process (Django's test client), page cache off; each run a "
        f"process of its own, the fastest of {REPEATS} requests; the median "
        "of the runs"
    )
    results["pages"] = {
        name: {
            "path": path,
            "kind": kind,
            "base_ms": medians[name][0],
            "scale_ms": medians[name][1],
            "growth": None
            if None in medians[name]
            else round(medians[name][1] / medians[name][0], 2),
        }
        for name, path, kind in page_list
    }
    results["broken_limits"] = broken_limits(results)
    return results


def main(scale):
    base = int(os.environ.get("BENCH_ARTICLES", "10000"))
    if scale <= base:
        raise SystemExit(f"SCALE ({scale}) must be more than {base} articles")
    with bench_databases((base, scale)) as databases:
        results = {"base": base, "scale": scale}
        results["database"] = description(databases[base])
        results["bench_data_seconds"] = seconds = {}
        for size, database in databases.items():
            say(f"Building {size:,} articles in {urlsplit(database).path} …")
            seconds[str(size)] = build(database, size)
        page_list = pages(base)
        results_of(results, page_list, measure(databases, page_list))
    report(results)
    out = Path(os.environ.get("BENCH_SCALE_RESULTS", RESULTS[vendor()]))
    out.write_text(json.dumps(results, indent=2) + "\n")
    say(f"\nWritten to {out}")
    return 1 if results["broken_limits"] else 0


if __name__ == "__main__" and sys.argv[1:2] == ["--measure"]:
    sys.stdout.write(json.dumps(in_this_process(json.loads(sys.argv[2]))) + "\n")
