"""A webhook sender killed mid-queue, in a process of its own on a real
database, loses no event and breaks no order: the next run, once the dead
sender's hold on the endpoint has lapsed, sends the one under way again (same
delivery id, so the receiver can ignore the repeat) and then the rest."""

import http.server
import json
import signal
import subprocess
import threading

from tests import servers

SLUGS = [f"story-{n:02}" for n in range(1, 11)]
SETUP = f"""
from django.db import transaction
from django.utils import timezone
from articles.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
with transaction.atomic():  # as saves queue them, then their worker stops
    endpoint = WebhookEndpoint.objects.create(
        url="http://127.0.0.1:%d/hooks", secret="s" * 32, events=["published"]
    )
    for slug in {SLUGS!r}:
        event = WebhookEvent.objects.create(
            kind="published", article_id=1, slug=slug, url="https://x.test/" + slug,
            article_data={{"slug": slug}}, happens_at=timezone.now(),
        )
        WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, due_at=event.happens_at,
            next_attempt_at=event.happens_at,
        )
"""
# What a worker started five minutes later finds: the dead sender's hold gone.
LAPSED = """
from articles.models import WebhookEndpoint
WebhookEndpoint.objects.update(sending_until=None)
"""


class Receiver:
    def __init__(self, on_post):
        self.received = []  # (slug, delivery id)
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                data = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.received.append((data["slug"], data["delivery"]))
                if on_post(len(receiver.received)):
                    return  # no answer
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_sender_killed_mid_queue_loses_nothing_and_keeps_the_order(tmp_path):
    sender = None

    def kill_the_sender_at_the_fourth(count):
        if count == 4 and sender is not None:
            sender.send_signal(signal.SIGKILL)
            sender.wait()
            return True
        return False

    receiver = Receiver(kill_the_sender_at_the_fourth)
    try:
        env = servers.site_env(tmp_path, NEWSROOM_WEBHOOK_ALLOW_PRIVATE="1")
        servers.manage(env, "migrate", "--noinput", "-v0")
        servers.manage(env, "shell", "-v0", "-c", SETUP % receiver.port)
        command = [servers.PYTHON, "manage.py", "send_webhooks"]
        sender = subprocess.Popen(command, cwd=servers.ROOT, env=env)
        try:
            assert sender.wait(timeout=60) == -signal.SIGKILL
        finally:
            if sender.poll() is None:
                sender.kill()
        assert [slug for slug, _ in receiver.received] == SLUGS[:4]

        # While the dead sender's hold lasts, another leaves the endpoint be.
        printed = servers.manage(env, "send_webhooks")
        assert printed == "Sent 0 deliveries, 0 failed; 7 waiting.\n"
        servers.manage(env, "shell", "-v0", "-c", LAPSED)
        printed = servers.manage(env, "send_webhooks")
        assert printed == "Sent 7 deliveries, 0 failed; 0 waiting.\n"
    finally:
        receiver.stop()
    slugs = [slug for slug, _ in receiver.received]
    assert slugs == SLUGS[:4] + SLUGS[3:]
    # The repeat is the same delivery: a receiver can tell.
    assert receiver.received[3] == receiver.received[4]
    assert len({delivery for _, delivery in receiver.received}) == len(SLUGS)
