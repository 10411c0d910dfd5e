"""The purge outbox (articles/caching/outbox.py): purges of the HTTP cache in
front wait in a table until the CDN has them, are retried with exponential
backoff, and survive a sender that is killed mid-queue
(tests/system/test_purge_sender_killed.py)."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.caching import outbox
from articles.models import PurgeRequest


def purge_cdn():
    """Run ``manage.py purge_cdn``; what it printed."""
    output = io.StringIO()
    call_command("purge_cdn", stdout=output)
    return output.getvalue()


def test_each_address_is_purged_once_however_many_changes_queued_it(db, receiver):
    outbox.enqueue(["/", "/articles/ferry/", "/feed/rss/"])
    outbox.enqueue(["/", "/articles/storm/"])
    outbox.enqueue(["/"])
    receiver.start()
    assert purge_cdn() == "Purged 4 addresses, 0 failed; 0 requests waiting.\n"
    assert sorted(receiver.received) == [
        "/",
        "/articles/ferry/",
        "/articles/storm/",
        "/feed/rss/",
    ]
    assert not PurgeRequest.objects.filter(sent_at__isnull=True).exists()
    assert purge_cdn() == "Purged 0 addresses, 0 failed; 0 requests waiting.\n"
    assert len(receiver.received) == 4


def test_failed_purges_are_retried_with_exponential_backoff(db, receiver, settings):
    settings.NEWSROOM_CDN_PURGE_RETRY_SECONDS = 10
    settings.NEWSROOM_CDN_PURGE_RETRY_MAX_SECONDS = 60
    start = timezone.now().replace(microsecond=0)
    with time_machine.travel(start, tick=False):
        outbox.enqueue(["/articles/ferry/", "/"])
    request = PurgeRequest.objects.filter(path="/")
    # The CDN is down: each run tries what is due, then waits longer.
    moment = start
    for attempts, delay in enumerate((10, 20, 40, 60, 60), start=1):
        with time_machine.travel(moment, tick=False):
            with pytest.raises(CommandError, match="2 purges failed"):
                purge_cdn()
        assert request.get().attempts == attempts
        assert request.get().next_attempt_at == moment + timedelta(seconds=delay)
        # Not before then.
        with time_machine.travel(moment + timedelta(seconds=delay - 1), tick=False):
            assert purge_cdn().startswith("Purged 0 addresses, 0 failed; 2 ")
        assert request.get().attempts == attempts
        moment += timedelta(seconds=delay)

    receiver.start()
    with time_machine.travel(moment, tick=False):
        assert purge_cdn().startswith("Purged 2 addresses, 0 failed; 0 ")
    assert sorted(receiver.received) == ["/", "/articles/ferry/"]
    assert request.get().sent_at == moment


def test_sent_purges_are_kept_a_day(db, receiver):
    receiver.start()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        outbox.enqueue(["/"])
        purge_cdn()
    with time_machine.travel(start + timedelta(hours=23), tick=False):
        outbox.enqueue(["/feed/rss/"])
        purge_cdn()
        assert PurgeRequest.objects.count() == 2
    with time_machine.travel(start + timedelta(hours=25), tick=False):
        outbox.enqueue(["/feed/atom/"])
        purge_cdn()
    assert list(PurgeRequest.objects.values_list("path", flat=True)) == [
        "/feed/rss/",
        "/feed/atom/",
    ]


def test_the_command_needs_a_purge_address(db, settings):
    settings.NEWSROOM_CDN_PURGE_URL = ""
    with pytest.raises(CommandError, match="NEWSROOM_CDN_PURGE_URL"):
        purge_cdn()
