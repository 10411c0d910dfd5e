"""A sender of CDN purges killed mid-queue, in a process of its own on a real
database, loses no purge (the outbox itself: tests/db/test_purge_outbox.py)."""

import signal
import subprocess

from tests import servers

QUEUED = [f"/articles/story-{n:02}/" for n in range(1, 13)]
SETUP = f"""
from django.db import transaction
from articles.caching import outbox
with transaction.atomic():  # as a change queues them, then its worker stops
    outbox.enqueue({QUEUED!r})
"""


def test_a_sender_killed_mid_queue_loses_no_purge(tmp_path, receiver):
    env = servers.site_env(tmp_path, NEWSROOM_CDN_PURGE_URL=receiver.url)
    servers.manage(env, "migrate", "--noinput", "-v0")
    servers.manage(env, "shell", "-v0", "-c", SETUP)
    command = [servers.PYTHON, "manage.py", "purge_cdn"]
    sender = subprocess.Popen(command, cwd=servers.ROOT, env=env)

    def kill_the_sender_at_the_fifth(count):
        if count == 5:
            sender.send_signal(signal.SIGKILL)
            sender.wait()
            return True
        return False

    receiver.on_purge = kill_the_sender_at_the_fifth
    receiver.start()
    try:
        assert sender.wait(timeout=60) == -signal.SIGKILL
    finally:
        if sender.poll() is None:
            sender.kill()
    # The fifth reached the CDN, but the sender never heard it was done.
    assert receiver.received == QUEUED[:5]

    receiver.on_purge = None
    printed = servers.manage(env, "purge_cdn")
    assert printed == "Purged 8 addresses, 0 failed; 0 requests waiting.\n"
    # Every purge arrived, in order; only the one under way when the sender
    # died arrived twice (a purge is safe to repeat).
    assert receiver.received == QUEUED[:5] + QUEUED[4:]

    printed = servers.manage(env, "purge_cdn")
    assert printed == "Purged 0 addresses, 0 failed; 0 requests waiting.\n"
    assert receiver.received == QUEUED[:5] + QUEUED[4:]
