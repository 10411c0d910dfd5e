"""The page cache holds across processes: gunicorn with 2 workers, a real
admin edit over HTTP, then every reader gets the new version."""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests import servers
from tests.html_checks import form_data

ROOT = Path(__file__).resolve().parent.parent
SETUP = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.formats.document import Document, Section
from articles.services import article_create_from_document
get_user_model().objects.create_superuser("ed", "ed@example.com", "a long password 1")
article_create_from_document(
    Document(title="Harbour opens", slug="harbour", lead="The harbour opens.",
             sections=[Section(heading="When", body="On Monday.")]),
    status="published", publish_at=timezone.now() - timezone.timedelta(hours=1))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    env = os.environ | {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "gunicorn-test-secret-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "NEWSROOM_PAGE_CACHE": "1",
        "REDIS_URL": "",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    servers.collect_static(env)
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["createcachetable"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True)
    subprocess.run(manage + ["shell", "-c", SETUP], cwd=ROOT, env=env, check=True)
    port = free_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "newsroom.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


def read(opener, url, data=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if data else None
    with opener.open(url, body, timeout=10) as response:
        return response.read().decode(), response.headers


def test_an_admin_edit_reaches_every_worker_at_once(server):
    page = f"{server}/articles/harbour/"
    reader = urllib.request.build_opener()
    for _ in range(10):  # both workers answer, and the page is cached
        html, headers = read(reader, page)
        assert "Harbour opens" in html
    assert headers["X-Page-Cache"] == "hit"

    editor = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    login = f"{server}/admin/login/?next=/admin/"
    html, _ = read(editor, login)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    read(
        editor,
        login,
        {
            "csrfmiddlewaretoken": token,
            "username": "ed",
            "password": "a long password 1",
        },
    )
    change = f"{server}/admin/articles/article/1/change/"
    html, _ = read(editor, change)
    data = form_data(html, "article_form")
    data["title"] = "Harbour opens at dawn"
    html, _ = read(editor, change, data)
    assert "was changed successfully" in html

    for _ in range(20):
        html, _ = read(reader, page)
        assert "Harbour opens at dawn" in html
    html, _ = read(reader, f"{server}/")
    assert "Harbour opens at dawn" in html
