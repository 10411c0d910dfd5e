"""A local oEmbed provider on loopback for the embed tests: it answers every
provider's oEmbed questions, serves a thumbnail, and records what it was
asked; each answer can be made hostile."""

import http.server
import json
import threading
import time
from urllib.parse import parse_qs, urlsplit

from tests.content import picture_bytes
from tests.servers import free_port

PROVIDERS = ("youtube", "vimeo", "soundcloud", "bluesky", "mastodon")


class OEmbedProvider:
    """``answers``: {asked address: answer}, else ``default``. An answer is a
    dict (sent as JSON) or (status, headers, body bytes). ``thumbnail`` is
    served at /thumb.jpg the same way; ``delay`` seconds before answering."""

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.url}/oembed"
        self.asked = []  # the paths asked, in order
        self.answers = {}
        self.delay = 0
        self.thumbnail = (
            200,
            {"Content-Type": "image/jpeg"},
            picture_bytes("JPEG", (480, 360)),
        )
        self.default = self.video()

    def video(self, **fields):
        return {
            "type": "video",
            "version": "1.0",
            "title": "Trams at dusk",
            "author_name": "City Desk",
            "thumbnail_url": f"{self.url}/thumb.jpg",
            "width": 640,
            "height": 360,
            "html": '<iframe src="https://evil.example/"></iframe>'
            "<script>alert(1)</script>",
        } | fields

    def answer_for(self, path):
        parts = urlsplit(path)
        if parts.path == "/thumb.jpg":
            return self.thumbnail
        if parts.path in self.answers:
            return self.answers[parts.path]
        asked = parse_qs(parts.query).get("url", [""])[0]
        return self.answers.get(asked, self.default)

    def __enter__(self):
        provider = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                provider.asked.append(self.path)
                time.sleep(provider.delay)
                answer = provider.answer_for(self.path)
                if isinstance(answer, dict):
                    answer = (
                        200,
                        {"Content-Type": "application/json"},
                        json.dumps(answer).encode(),
                    )
                status, headers, body = answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def point_at(self, settings, endpoint=None):
        """Send every provider's questions here (or to ``endpoint``)."""
        settings.NEWSROOM_OEMBED_ENDPOINTS = dict.fromkeys(
            PROVIDERS, endpoint or self.endpoint
        )
        settings.NEWSROOM_OEMBED_ALLOW_PRIVATE = True
        settings.NEWSROOM_OEMBED_TIMEOUT = 2
