"""make bench: serve the benchmark's data with gunicorn and measure it with wrk.

Builds the data set (manage.py bench_data) in a temporary SQLite database,
then for each page runs wrk for BENCH_SECONDS (default 5) after a warm-up,
once with the page cache switched off (cold) and once with it on (warm),
between two runs on a static file whose mean is the ceiling. Prints one
table and writes bench/results.json. Queries per request are counted in this
process with Django's test client against the same database; memory is each
gunicorn worker's resident size after the runs.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.editor import change_pages_in_browser  # noqa: E402 - needs ROOT

PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
WARM_UP_SECONDS = 1
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
ACCEPT = "gzip, br"  # what browsers send
DEEP_PAGE = max(2, min(400, ARTICLES // 20))
EDITOR = ("bench-editor", "bench-editor-password")


def say(text=""):
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def env_for(workdir, page_cache):
    return os.environ | {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "NEWSROOM_PAGE_CACHE": "1" if page_cache else "0",
        "REDIS_URL": "",
    }


def manage(workdir, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env_for(workdir, True), check=True
    )


def run_django(code, workdir):
    """What ``code`` prints, run in a fresh process against the data set."""
    return subprocess.run(
        [PYTHON, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env_for(workdir, True) | {"DJANGO_SETTINGS_MODULE": "newsroom.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(workdir, port, page_cache):
    process = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            # newsroom.wsgi and the floor page (bench/floor_wsgi.py).
            "bench.floor_wsgi:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env_for(workdir, page_cache),
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def worker_rss_mb(master):
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text()
    sizes = []
    for pid in children.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024)
    return [round(size, 1) for size in sizes]


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", "-H", f"Accept-Encoding: {ACCEPT}"]
    subprocess.run(
        [*command, f"-d{WARM_UP_SECONDS}s", url], capture_output=True, check=True
    )
    output = subprocess.run(
        [*command, f"-d{SECONDS}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)

    def ms(text):
        number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
        return round(to_ms(number, unit), 2)

    return {
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]), 1),
        "p50_ms": ms(latency["50"]),
        "p99_ms": ms(latency["99"]),
        "errors": int(errors[1]) if errors else 0,
    }


def response_bytes(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": ACCEPT})
    with urllib.request.urlopen(request) as response:
        return len(response.read())


def django_measurements(workdir, pages):
    """Queries per request (cold and warm) and the admin, in this process."""
    os.environ.update(env_for(workdir, True))
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    import bench.floor_wsgi  # noqa: F401 - its page too
    from tests.html_checks import form_data

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            response = Client().get(url, headers={"accept-encoding": ACCEPT})
        assert response.status_code == 200, (url, response.status_code)
        return len(captured)

    counts = {}
    settings.NEWSROOM_PAGE_CACHE = False
    for name, path in pages:
        counts[name] = {"cold": queries(path)}
    settings.NEWSROOM_PAGE_CACHE = True
    caches["pages"].clear()
    for name, path in pages:
        queries(path)
        counts[name]["warm"] = queries(path)

    client = Client()
    client.force_login(get_user_model().objects.get(username=EDITOR[0]))
    admin = {}
    for name, url in change_pages(workdir):
        client.get(url)  # templates and imports loaded
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        admin[name] = {
            "change_page_ms": round((time.perf_counter() - started) * 1000, 1),
            "change_page_queries": len(captured),
            "change_page_bytes": len(response.content),
        }
        data = form_data(response.content.decode(), "article_form")
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        admin[name] |= {
            "save_unchanged_ms": round((time.perf_counter() - started) * 1000, 1),
            "save_unchanged_queries": len(captured),
        }
    return counts, admin


def change_pages(workdir):
    """The feature and the large article's change pages: (name, path)."""
    pks = run_django(
        "from articles.models import Article; "
        "print(*(Article.objects.get(slug=f'bench-{name}').pk "
        "for name in ('feature', 'large')))",
        workdir,
    ).split()
    return [
        (name, f"/admin/articles/article/{pk}/change/")
        for name, pk in zip(("feature article", "large article"), pks, strict=True)
    ]


def main():
    if os.environ.get("SCALE"):
        from bench.scale import main as at_scale

        raise SystemExit(at_scale(int(os.environ["SCALE"])))
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk (apt-get install wrk)")
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    try:
        say(f"Building the data set in {workdir} …")
        manage(workdir, "migrate", "--noinput", "-v0")
        manage(workdir, "createcachetable")
        manage(workdir, "collectstatic", "--noinput", "-v0")
        manage(workdir, "bench_data", f"--articles={ARTICLES}")
        run_django(
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_superuser('{EDITOR[0]}', "
            f"'bench@example.com', '{EDITOR[1]}')",
            workdir,
        )
        static, deep = run_django(
            "from django.templatetags.static import static; "
            "from articles.models import Article; "
            "from articles.listing import ListingPage; "
            f"last = Article.objects.published()[{(DEEP_PAGE - 1) * 20 - 1}]; "
            "print(static('css/site.css')); "
            "print(f'?before={ListingPage.cursor_of(last)}')",
            workdir,
        ).split()
        pages = [
            ("feature article", "/articles/bench-feature/"),
            ("large article", "/articles/bench-large/"),
            ("home page 1", "/"),
            # Page 400: the page after the 7,980th article (keyset pagination).
            ("home page 400", f"/{deep}"),
            ("topic page", "/topics/topic-05/"),
            ("tag page", "/tags/tag-07/"),
            ("search", "/search/?q=timetable"),
            ("RSS feed", "/feed/rss/"),
            # The least any page costs here: one query, no template.
            ("floor page", "/_bench/stored-body/bench-feature/"),
        ]
        # The ceiling, measured before and after the pages: a machine whose
        # speed drifts during a run shows it as two different figures.
        pages = [("static file", static), *pages, ("static, again", static)]
        results = {"seconds_per_page": SECONDS, "connections": CONNECTIONS}
        for mode in ("cold", "warm"):
            port = free_port()
            server = start_gunicorn(workdir, port, page_cache=mode == "warm")
            try:
                for name, path in pages:
                    url = f"http://127.0.0.1:{port}{path}"
                    say(f"  {mode:4} {name} …")
                    measured = wrk(url)
                    measured["bytes"] = response_bytes(url)
                    results.setdefault("pages", {}).setdefault(name, {"path": path})
                    results["pages"][name][mode] = measured
                results[f"worker_rss_mb_{mode}"] = worker_rss_mb(server)
                if mode == "cold":
                    say("  the change pages in Chromium …")
                    in_browser = change_pages_in_browser(
                        f"http://127.0.0.1:{port}", *EDITOR, change_pages(workdir)
                    )
            finally:
                server.terminate()
                server.wait(timeout=30)
        counts, admin = django_measurements(workdir, pages[1:-1])
        for name, by_mode in counts.items():
            for mode, count in by_mode.items():
                results["pages"][name][mode]["queries"] = count
        for mode in ("cold", "warm"):
            for name in ("static file", "static, again"):
                results["pages"][name][mode]["queries"] = 0
        results["admin_change_pages"] = {
            name: admin[name] | in_browser[name] for name in admin
        }
        for mode in ("cold", "warm"):
            ceiling = (
                results["pages"]["static file"][mode]["rps"]
                + results["pages"]["static, again"][mode]["rps"]
            ) / 2
            results[f"static_rps_{mode}"] = round(ceiling, 1)
            for page in results["pages"].values():
                page[mode]["of_static"] = round(page[mode]["rps"] / ceiling, 3)
        report(results)
        out = ROOT / "bench" / "results.json"
        out.write_text(json.dumps(results, indent=2) + "\n")
        say(f"\nWritten to {out.relative_to(ROOT)}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def report(results):
    header = (
        f"{'page':<16}{'mode':<6}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'queries':>9}{'bytes':>9}{'of static':>11}"
    )
    say("\n" + header + "\n" + "-" * len(header))
    for name, page in results["pages"].items():
        for mode in ("cold", "warm"):
            row = page[mode]
            say(
                f"{name:<16}{mode:<6}{row['rps']:>9.1f}{row['p50_ms']:>9.2f}"
                f"{row['p99_ms']:>9.2f}{row['queries']:>9}{row['bytes']:>9}"
                f"{row['of_static']:>10.0%}"
                + (f"  ({row['errors']} errors)" if row["errors"] else "")
            )
    say(
        "\n'of static' divides by the mean of the two static file runs: "
        f"{results['static_rps_cold']} req/s cold, "
        f"{results['static_rps_warm']} req/s warm."
    )
    floor = results["pages"]["floor page"]["cold"]["of_static"]
    say(
        f"\nThe floor page (middleware, one query, no template) answers {floor:.0%} "
        "of the static file's requests cold: the most any page can here."
    )
    for name, admin in results["admin_change_pages"].items():
        say(
            f"\nAdmin, {name}: change page {admin['change_page_queries']} queries, "
            f"{admin['change_page_ms']} ms, {admin['change_page_bytes']:,} bytes of "
            f"HTML; in Chromium (empty cache) {admin['requests']} requests "
            f"({admin['preview_requests']} previews), idle after "
            f"{admin['idle_ms']} ms; "
            f"saving it unchanged {admin['save_unchanged_queries']} queries in "
            f"{admin['save_unchanged_ms']} ms"
        )
    for mode in ("cold", "warm"):
        sizes = results[f"worker_rss_mb_{mode}"]
        say(f"gunicorn workers after the {mode} run: {sizes} MB")


if __name__ == "__main__":
    main()
