"""Real servers on loopback for integration and load tests: the site under
gunicorn on a temporary SQLite database, Varnish in front of it with the
repository's VCL, and a small HTTP client that signs in like an editor.

Every server listens on 127.0.0.1 on a free port and is stopped when its
``with`` block ends, also when a test fails.
"""

import http.client
import http.cookiejar
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
VCL = ROOT / "deploy" / "varnish" / "newsroom.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(workdir, **extra):
    """The production settings (DEBUG off) on an SQLite file in ``workdir``."""
    env = (
        os.environ
        | {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "integration-test-secret-key",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'db.sqlite3'}",
            "NEWSROOM_PAGE_CACHE": "1",
            "REDIS_URL": "",
            "DJANGO_TIME_ZONE": "UTC",
        }
        | extra
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def manage(env, *args):
    """Run ``manage.py`` with ``env``; its standard output."""
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


_static_collected = False


def collect_static(env):
    """``collectstatic`` once a run: with DEBUG off, pages name the hashed
    files of its manifest (a fresh clone has none yet)."""
    global _static_collected
    if not _static_collected:
        manage(env, "collectstatic", "--noinput", "-v0")
        _static_collected = True


def prepare_database(env, setup_code):
    """Collect static files, migrate, make the cache table, then run
    ``setup_code`` (Python, in ``manage.py shell``); returns what it printed
    as JSON, if anything."""
    collect_static(env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    printed = manage(env, "shell", "-v0", "-c", setup_code).strip()
    return json.loads(printed.splitlines()[-1]) if printed else None


def wait_until_up(url, process, what, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError as error:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start: {error}") from error
            time.sleep(0.2)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def gunicorn(env, *, workers=2, access_log=None, port=None):
    """The site under gunicorn, the way ``make serve`` runs it; yields its
    base URL. ``access_log``: a file that gets one line per request."""
    port = port or free_port()
    command = [
        str(Path(PYTHON).parent / "gunicorn"),
        "newsroom.wsgi",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
    ]
    if access_log:
        command.append(f"--access-logfile={access_log}")
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/healthz", process, "gunicorn")
        yield base
    finally:
        stop(process)


def requests_seen(access_log, path, method="GET"):
    """How many ``method path`` requests gunicorn logged."""
    line = f'"{method} {path} HTTP/'
    return Path(access_log).read_text().count(line)


def varnishd_path():
    return shutil.which("varnishd") or next(
        (p for p in ("/usr/sbin/varnishd",) if Path(p).exists()), None
    )


@contextmanager
def varnish(workdir, backend_port, *, port=None, vcl=VCL):
    """Varnish with the repository's VCL in front of ``backend_port``; yields
    its base URL. Nothing outside ``workdir`` is written: no root-owned
    paths, no management port, no privilege separation (``-j none``)."""
    varnishd = varnishd_path()
    if varnishd is None:
        raise RuntimeError("varnishd is not installed (apt-get install varnish)")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    text, count = re.subn(
        r'(\.port\s*=\s*)"8000"', rf'\g<1>"{backend_port}"', vcl.read_text()
    )
    if count != 1:
        raise RuntimeError(f"{vcl} must name exactly one backend port 8000")
    config = workdir / "newsroom.vcl"
    config.write_text(text)
    port = port or free_port()
    log = open(workdir / "varnishd.log", "w")  # closed in the finally below
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir / "instance"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "none",
            "-f",
            str(config),
            "-s",
            "malloc,32m",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(f"{base}/healthz", process, "varnishd")
        except RuntimeError as error:
            log.flush()
            raise RuntimeError(
                f"{error}\n{(workdir / 'varnishd.log').read_text()}"
            ) from error
        yield base
    finally:
        stop(process)
        log.close()


def purges_received(instance):
    """The paths Varnish ``instance`` (its -n folder) was asked to PURGE, in
    order, read from its shared-memory log."""
    output = subprocess.run(
        [
            shutil.which("varnishlog") or "/usr/bin/varnishlog",
            "-n",
            str(instance),
            "-d",
            "-g",
            "request",
            "-q",
            'ReqMethod eq "PURGE"',
            "-i",
            "ReqURL",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return re.findall(r"^-\s+ReqURL\s+(\S+)", output, re.M)


class Receiver:
    """A CDN on loopback that records the paths it is asked to purge; it
    refuses connections until started."""

    def __init__(self):
        self.received = []
        self.on_purge = None  # called with the count so far; True: no answer
        self.port = free_port()
        self.server = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/"

    def start(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_PURGE(self):
                receiver.received.append(self.path)
                if receiver.on_purge and receiver.on_purge(len(receiver.received)):
                    return  # no answer
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.text = status, headers, body

    def __getitem__(self, name):
        return self.headers.get(name)


class Browser:
    """One visitor: keeps cookies, follows redirects, never raises on 4xx."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies)
        )

    def request(self, path, data=None, method=None, headers=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data else None
        request = urllib.request.Request(
            self.base + path, body, headers=headers or {}, method=method
        )
        try:
            with self.opener.open(request, timeout=30) as response:
                return Response(
                    response.status, response.headers, response.read().decode()
                )
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, error.headers, error.read().decode())

    def get(self, path, **headers):
        return self.request(path, headers=headers)

    def post(self, path, data):
        return self.request(path, data)

    def csrf_token(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]

    def log_in(self, username, password):
        login = "/admin/login/?next=/admin/"
        page = self.get(login)
        answer = self.post(
            login,
            {
                "csrfmiddlewaretoken": self.csrf_token(page.text),
                "username": username,
                "password": password,
            },
        )
        if "Log out" not in answer.text:
            raise AssertionError(f"{username} could not sign in: {answer.status}")
        return answer


def purge_from(source_ip, base, path):
    """Send PURGE for ``path`` to ``base`` from the loopback address
    ``source_ip`` (any of 127.0.0.0/8); the response status."""
    address = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(
        address.hostname, address.port, timeout=10, source_address=(source_ip, 0)
    )
    try:
        connection.request("PURGE", path)
        return connection.getresponse().status
    finally:
        connection.close()
