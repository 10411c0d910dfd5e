"""The durable purge outbox: the addresses to purge from the HTTP cache in
front (``NEWSROOM_CDN_PURGE_URL``), kept in a table until sent.

- ``enqueue`` writes them in the transaction of the change, so they are stored
  exactly when the change is, and a worker that stops first loses nothing.
- Once that transaction commits, a background thread sends what is due
  (``send_soon``): a save never waits for the CDN. The ``purge_cdn`` command
  sends it too, for a cron job or systemd timer.
- One ``PURGE`` per address, however many changes queued it; a failed one is
  tried again after ``NEWSROOM_CDN_PURGE_RETRY_SECONDS``, twice as long after
  each failure, at most ``NEWSROOM_CDN_PURGE_RETRY_MAX_SECONDS`` apart.
- Delivery is at least once: a sender stopped while a request was under way
  sends that address again next time, and two processes sending at the same
  moment may both purge an address. A purge is safe to repeat.
"""

import http.client
import logging
import urllib.request
from datetime import timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import F
from django.utils import timezone

from articles.background import BackgroundSender
from articles.models import PurgeRequest

logger = logging.getLogger(__name__)

# Due requests read at a time: bounded memory after a long outage.
BATCH = 500
# How long sent requests are kept, to see what was purged when.
KEEP_SENT = timedelta(days=1)


def enqueue(paths, using=DEFAULT_DB_ALIAS):
    """Store a purge of each of ``paths``, in the current transaction."""
    now = timezone.now()
    PurgeRequest.objects.using(using).bulk_create(
        PurgeRequest(path=path, created_at=now, next_attempt_at=now)
        for path in sorted(set(paths))
    )


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failure."""
    seconds = settings.NEWSROOM_CDN_PURGE_RETRY_SECONDS * 2 ** (attempts - 1)
    return timedelta(
        seconds=min(seconds, settings.NEWSROOM_CDN_PURGE_RETRY_MAX_SECONDS)
    )


def send_purge(path):
    """One ``PURGE`` of ``path``; whether the HTTP cache accepted it."""
    url = urljoin(settings.NEWSROOM_CDN_PURGE_URL, path)
    request = urllib.request.Request(url, method="PURGE")
    try:
        with urllib.request.urlopen(
            request, timeout=settings.NEWSROOM_CDN_PURGE_TIMEOUT
        ):
            return True
    except (OSError, http.client.HTTPException) as error:  # HTTPError too
        logger.warning("CDN purge of %s failed: %s", url, error)
        return False


def send_due():
    """Send every purge that is due, oldest first, one request per address;
    returns how many addresses were purged and how many failed.

    Requests queued after this starts wait for the next run: what it marks
    sent was stored before its ``PURGE`` went out.
    """
    started = timezone.now()
    sent = failed = 0
    while batch := list(
        PurgeRequest.objects.due(started).values_list("pk", "path", "attempts")[:BATCH]
    ):
        waiting = {}  # path: [(pk, attempts)], oldest first
        for pk, path, attempts in batch:
            waiting.setdefault(path, []).append((pk, attempts))
        for path, requests in waiting.items():
            ids = [pk for pk, _ in requests]
            if send_purge(path):
                PurgeRequest.objects.filter(pk__in=ids).update(
                    attempts=F("attempts") + 1, sent_at=timezone.now()
                )
                sent += 1
            else:
                attempts = max(attempts for _, attempts in requests) + 1
                PurgeRequest.objects.filter(pk__in=ids).update(
                    attempts=F("attempts") + 1,
                    next_attempt_at=timezone.now() + retry_delay(attempts),
                )
                failed += 1
    if sent:
        PurgeRequest.objects.filter(sent_at__lt=started - KEEP_SENT).delete()
    return sent, failed


# Started by a commit, sending until nothing more is due. ``send_due`` is
# looked up when it runs.
_sender = BackgroundSender(
    lambda: send_due(), name="cdn-purge", failure="Sending the CDN purges failed"
)


def send_soon():
    """After a commit: send what is due from a background thread."""
    _sender.send_soon()


def wait_for_sender(timeout=None):
    """Wait until the background sender is done (for tests and shutdown)."""
    _sender.wait(timeout)
