"""make loadtest: readers under load while an editor works (issue 8).

gunicorn (2 workers, DEBUG off, a temporary SQLite database) on loopback;
wrk with 64 connections for LOAD_SECONDS (default 60) on an article page and
the home page, in turn. Meanwhile an editor signs in to the admin over HTTP,
creates and publishes a new article and edits another one EDITS times,
spread over the run; after each change a reader must see it within
VISIBLE_WITHIN seconds.

Fails (exit status 1) on any socket error or non-2xx answer, an editor's
request that did not succeed, a change readers did not see in time, or a
saved change missing from the database afterwards.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import servers  # noqa: E402
from tests.html_checks import form_data  # noqa: E402

SECONDS = int(os.environ.get("LOAD_SECONDS", "60"))
CONNECTIONS = 64
EDITS = 5
VISIBLE_WITHIN = 5.0  # seconds; the page cache promises "at once"
PASSWORD = "a long password for the load test"
PAGES = ("/articles/harbour/", "/")
SETUP = f"""
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.formats.document import Document, Section
from articles.services import article_create_from_document

get_user_model().objects.create_superuser("ed", "ed@example.com", {PASSWORD!r})
for n in range(40):
    article_create_from_document(
        Document(title=f"Story {{n}}", slug=f"story-{{n}}", topic="City",
                 lead=f"The lead of story {{n}}.", authors=["Desk Reporter"],
                 sections=[Section(heading="Details", body="Some details.")]),
        status="published",
        publish_at=timezone.now() - timezone.timedelta(hours=n + 2))
article_create_from_document(
    Document(title="Harbour opens", slug="harbour", topic="Transport",
             lead="The harbour opens on Monday.", authors=["Ana Reporter"],
             sections=[Section(heading="When", body="At nine.")]),
    status="published", publish_at=timezone.now() - timezone.timedelta(hours=1))
"""
CHECK = """
import json
from articles.models import Article
from reversion.models import Version
harbour = Article.objects.get(slug="harbour")
new = Article.objects.filter(slug="tide-tables").first()
print(json.dumps({
    "harbour": [harbour.title, harbour.lead, harbour.is_live()],
    "harbour_revisions": Version.objects.get_for_object(harbour).count(),
    "new": new and [new.title, new.lead, new.is_live()],
}))
"""
# Alternates the two pages and counts every answer outside 2xx (wrk's own
# count leaves out 3xx).
WRK_SCRIPT = """
local paths = {%s}
local n = 0
non2xx = 0
wrk.headers["Accept-Encoding"] = "gzip, br"
request = function()
  n = n + 1
  return wrk.format("GET", paths[n %% #paths + 1])
end
response = function(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("non2xx") end
  io.write(string.format("NON2XX %%d\\n", total))
end
"""


def say(text=""):
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


class Editor(threading.Thread):
    """Publishes a new article and edits another through the admin, and
    times how long readers take to see each change."""

    def __init__(self, base, start_after, pause):
        super().__init__(name="editor", daemon=True)
        self.base, self.start_after, self.pause = base, start_after, pause
        self.problems, self.delays, self.saved = [], [], {}
        self.started_at = self.finished_at = None

    def run(self):
        time.sleep(self.start_after)
        self.started_at = time.monotonic()
        try:
            self.work()
        except Exception as error:  # noqa: BLE001 - reported, not raised
            self.problems.append(f"editor stopped: {error!r}")
        self.finished_at = time.monotonic()

    def work(self):
        editor = servers.Browser(self.base)
        editor.log_in("ed", PASSWORD)
        # A new article: added as a draft, then published from the list.
        add = "/admin/articles/article/add/"
        data = form_data(editor.get(add).text, "article_form")
        data |= {
            "title": "Tide tables",
            "slug": "tide-tables",
            "lead": "High water at 06:12 and 18:40.",
        }
        added = editor.post(add, data)
        found = re.search(r'href="/admin/articles/article/(\d+)/change/"', added.text)
        if "was added successfully" not in added.text or not found:
            raise RuntimeError(f"adding the article failed ({added.status})")
        self.saved["new"] = ["Tide tables", data["lead"], True]
        changelist = editor.get("/admin/articles/article/")
        published = editor.post(
            "/admin/articles/article/",
            {
                "csrfmiddlewaretoken": editor.csrf_token(changelist.text),
                "action": "publish_now",
                "_selected_action": [found[1]],
                "index": 0,
            },
        )
        if "published" not in published.text:
            raise RuntimeError(f"publishing failed ({published.status})")
        self.seen_by_readers("/articles/tide-tables/", "Tide tables")
        self.seen_by_readers("/", "Tide tables")

        changelist = editor.get("/admin/articles/article/?q=harbour")
        found = re.search(
            r'href="/admin/articles/article/(\d+)/change/', changelist.text
        )
        change = f"/admin/articles/article/{found[1]}/change/"
        for n in range(1, EDITS + 1):
            time.sleep(self.pause)  # spread over the run
            data = form_data(editor.get(change).text, "article_form")
            data["title"] = f"Harbour opens, update {n}"
            data["lead"] = f"The harbour opens on Monday (update {n})."
            saved = editor.post(change, data)
            if "was changed successfully" not in saved.text:
                raise RuntimeError(f"edit {n} was not saved ({saved.status})")
            self.saved["harbour"] = [data["title"], data["lead"], True]
            self.seen_by_readers("/articles/harbour/", data["title"])
            self.seen_by_readers("/", data["title"])

    def seen_by_readers(self, path, text):
        reader = servers.Browser(self.base)
        saved_at = time.monotonic()
        while True:
            page = reader.get(path)
            waited = time.monotonic() - saved_at
            if page.status == 200 and text in page.text:
                self.delays.append(waited)
                return
            if waited > VISIBLE_WITHIN:
                self.problems.append(f"{text!r} not on {path} after {waited:.1f} s")
                return
            time.sleep(0.05)


def wrk(url, script):
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=SECONDS + 60,  # wrk stops itself; this is in case it hangs
    ).stdout
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
        output,
    )
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    return {
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": latency["50"],
        "p99": latency["99"],
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
        "socket_detail": errors[0] if errors else "none",
        "non2xx": int(re.search(r"NON2XX (\d+)", output)[1]),
        "output": output,
    }


def main():
    if not shutil.which("wrk"):
        raise SystemExit("make loadtest needs wrk (apt-get install wrk)")
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-load-"))
    problems = []
    try:
        env = servers.site_env(workdir)
        say(f"Load test: {SECONDS} s, {CONNECTIONS} connections on {', '.join(PAGES)}")
        servers.prepare_database(env, SETUP)
        script = workdir / "pages.lua"
        script.write_text(WRK_SCRIPT % ", ".join(f'"{p}"' for p in PAGES))
        with servers.gunicorn(env, workers=2) as base:
            editor = Editor(
                base, start_after=min(5, SECONDS / 6), pause=SECONDS / 2 / EDITS
            )
            editor.start()
            started = time.monotonic()
            result = wrk(base + PAGES[0], script)
            load_ended = time.monotonic()
            editor.join(timeout=60)
        if editor.is_alive() or editor.finished_at is None:
            problems.append("the editor did not finish")
        elif editor.finished_at > load_ended:
            problems.append(
                "the editor finished after the load ended: raise LOAD_SECONDS"
            )
        problems += editor.problems
        stored = servers.manage(env, "shell", "-v0", "-c", CHECK).strip()
        stored = json.loads(stored.splitlines()[-1])
        for name, values in editor.saved.items():
            if stored[name] != values:
                problems.append(f"{name}: saved {values}, stored {stored[name]}")
        if stored["harbour_revisions"] < EDITS + 1:
            problems.append(
                f"harbour has {stored['harbour_revisions']} revisions, "
                f"expected at least {EDITS + 1}"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    say(result["output"].rstrip())
    say()
    say(f"requests/s      {result['rps']:.1f}  ({result['requests']} requests)")
    say(f"latency p50     {result['p50']}")
    say(f"latency p99     {result['p99']}")
    say(f"socket errors   {result['socket_errors']}  ({result['socket_detail']})")
    say(f"non-2xx         {result['non2xx']}")
    if editor.started_at is not None and editor.finished_at is not None:
        say(
            f"editor          1 article published, {EDITS} edits, from "
            f"{editor.started_at - started:.1f} s to "
            f"{editor.finished_at - started:.1f} s into the load"
        )
    if editor.delays:
        say(
            f"seen by readers after at most {max(editor.delays):.2f} s "
            f"({len(editor.delays)} checks)"
        )
    say(
        f"in the database harbour {stored['harbour']}, "
        f"{stored['harbour_revisions']} revisions; new {stored['new']}"
    )
    if result["socket_errors"]:
        problems.append(f"{result['socket_errors']} socket errors")
    if result["non2xx"]:
        problems.append(f"{result['non2xx']} non-2xx responses")
    if problems:
        say("\nLOAD TEST FAILED:\n- " + "\n- ".join(problems))
        raise SystemExit(1)
    say("\nLoad test passed.")


if __name__ == "__main__":
    main()
