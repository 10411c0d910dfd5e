"""Webhooks (issue 17): receivers are told when an article is published,
updated while live, unpublished (by hand or by its removal date) or deleted.

- Events are planned in the transaction of the save (``article_saved``,
  ``articles_deleted``): what readers see now against what receivers were
  last told (the last ``WebhookEvent`` in effect). A scheduled go-live or
  removal is an event at its time, with a delivery due then; the next save
  replaces whatever is still to come, so a changed or cancelled schedule
  sends nothing stale.
- Each delivery waits in a table until sent: once the change commits, from a
  background thread (``send_soon``), and by the ``send_webhooks`` command for
  a cron job. A save never waits for a receiver.
- Per endpoint, strictly in order: while its oldest delivery is failing,
  nothing later is sent to it. Retries back off exponentially; 24 hours after
  its event a failing delivery is given up on (shown in the admin) and the
  next goes.
- Signed: HMAC-SHA256 of ``"<timestamp>.<body>"`` with the endpoint's
  secret. Short timeouts, no redirects, an answer read only so far.
- SSRF guard: only public addresses, checked on the address connected to,
  so a name resolving elsewhere later (DNS rebinding) cannot reach inside.
"""

import hashlib
import hmac
import http.client
import json
import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.api.representation import article_data
from articles.background import BackgroundSender
from articles.models import (
    Article,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
    WebhookEventKind,
)
from articles.services import outbound

logger = logging.getLogger(__name__)

Kind = WebhookEventKind
# Failing deliveries are given up on this long after their event.
GIVE_UP_AFTER = timedelta(hours=24)
# How long a sender holds an endpoint before another may send to it.
LEASE = timedelta(minutes=5)
# How long sent deliveries are listed in the admin.
KEEP_SENT = timedelta(days=30)
# Bytes of a receiver's answer read at most (kept in the error on failure).
RESPONSE_LIMIT = 1024
USER_AGENT = "Newsroom-Webhooks/1"
LIVE_KINDS = (Kind.PUBLISHED, Kind.UPDATED)


# The payload's article: the lead switches this to the content API's
# ``article_data`` when both are merged.


def webhook_article(article):
    """The article as receivers get it: the Content API's article, as it
    was when the event happened."""
    return article_data(article)


def canonical_url(article):
    return settings.NEWSROOM_SITE_URL.rstrip("/") + article.get_absolute_url()


def _iso(moment):
    return moment and moment.isoformat()


# Planning, in the transaction of the change.


def article_saved(article):
    """After any write to ``article``: the events it makes, now or later."""
    endpoints = list(WebhookEndpoint.objects.filter(is_active=True))
    if not endpoints:
        return
    now = timezone.now()
    was_live = _forget_plans_and_recall(article.pk, now)
    plan = []
    if article.is_live(now):
        plan.append((Kind.UPDATED if was_live else Kind.PUBLISHED, now))
    elif was_live:
        plan.append((Kind.UNPUBLISHED, now))
    if article.is_scheduled():  # from a draft, or taken off to go live again
        plan.append((Kind.PUBLISHED, article.publish_at))
    if article.status == Article.Status.PUBLISHED and article.unpublish_at:
        if article.unpublish_at > now:
            plan.append((Kind.UNPUBLISHED, article.unpublish_at))
    for kind, at in plan:
        _record(kind, article, at, endpoints, now)


def articles_deleted(articles):
    """Before ``articles`` are deleted: "deleted" for each that receivers
    were told of, or that readers can see."""
    endpoints = list(WebhookEndpoint.objects.filter(is_active=True))
    if not endpoints:
        return
    now = timezone.now()
    for article in articles:
        told = _forget_plans_and_recall(article.pk, now, told=True)
        if told or article.is_live(now):
            _record(Kind.DELETED, article, now, endpoints, now)


def _forget_plans_and_recall(article_id, now, *, told=False):
    """Drop the events still to come (an earlier save's plan); whether the
    last one in effect said the article is live (``told``: any was sent)."""
    events = WebhookEvent.objects.filter(article_id=article_id)
    events.filter(happens_at__gt=now).delete()
    last = events.order_by("-happens_at", "-id").values_list("kind", flat=True)
    kind = last.first()
    return kind is not None if told else kind in LIVE_KINDS


def _record(kind, article, at, endpoints, now):
    event = WebhookEvent.objects.create(
        kind=kind,
        article_id=article.pk,
        slug=article.slug,
        url=canonical_url(article),
        article_data=webhook_article(article),
        happens_at=at,
        created_at=now,
    )
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event=event, due_at=at, next_attempt_at=at)
        for endpoint in endpoints
        if kind in endpoint.events
    )
    if deliveries and at <= now:
        transaction.on_commit(send_after_commit, robust=True)


# Signing.


def signature(secret, timestamp, body):
    """``sha256=<hex>``: HMAC-SHA256 of ``"<timestamp>.<body>"``."""
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def delivery_body(delivery):
    event = delivery.event
    return json.dumps(
        {
            "event": event.kind,
            "delivery": str(delivery.uuid),
            "happened_at": _iso(event.happens_at),
            "article_id": event.article_id,
            "slug": event.slug,
            "url": event.url,
            "article": event.article_data,
        },
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()


# The SSRF guard (articles/services/outbound.py).


def refusal(address):
    """Why webhooks may not go to ``address`` (an IP), or None."""
    if settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE:
        return None
    return outbound.refusal(address)


def url_refusal(url):
    """Why ``url`` may not receive webhooks, or None."""
    return outbound.host_refusal(
        url,
        allow_private=settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE,
        private_hint="Webhooks go only to public addresses "
        "(NEWSROOM_WEBHOOK_ALLOW_PRIVATE=1 allows others).",
    )


# Sending.


def post(url, body, headers):
    """POST ``body``; the status and the first bytes of the answer."""
    status, _, answer = outbound.request(
        "POST",
        url,
        body=body,
        headers=headers,
        timeout=settings.NEWSROOM_WEBHOOK_TIMEOUT,
        limit=RESPONSE_LIMIT - 1,
        allow_private=settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE,
    )
    return status, answer


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failure."""
    seconds = settings.NEWSROOM_WEBHOOK_RETRY_SECONDS * 2 ** (attempts - 1)
    return timedelta(seconds=min(seconds, settings.NEWSROOM_WEBHOOK_RETRY_MAX_SECONDS))


def deliver(delivery):
    """Send one delivery; record the answer, the retry or giving up."""
    endpoint, event = delivery.endpoint, delivery.event
    body = delivery_body(delivery)
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Newsroom-Event": event.kind,
        "X-Newsroom-Delivery": str(delivery.uuid),
        "X-Newsroom-Timestamp": timestamp,
        "X-Newsroom-Signature": signature(endpoint.secret, timestamp, body),
    }
    code = None
    try:
        code, answer = post(endpoint.url, body, headers)
        error = (
            ""
            if 200 <= code < 300
            else f"HTTP {code}: {answer.decode(errors='replace')}"
        )
    except (OSError, http.client.HTTPException, ValueError) as failure:
        error = f"{type(failure).__name__}: {failure}"
    now = timezone.now()
    fields = {"attempts": delivery.attempts + 1, "response_code": code}
    if not error:
        fields |= {"status": WebhookDelivery.Status.SENT, "sent_at": now}
        fields |= {"next_attempt_at": None, "last_error": ""}
    elif now >= delivery.due_at + GIVE_UP_AFTER:
        logger.warning("Webhook to %s given up: %s", endpoint.url, error)
        fields |= {"status": WebhookDelivery.Status.GIVEN_UP, "next_attempt_at": None}
        fields |= {"last_error": error[:2000]}
    else:
        logger.warning("Webhook to %s failed: %s", endpoint.url, error)
        fields |= {"next_attempt_at": now + retry_delay(fields["attempts"])}
        fields |= {"last_error": error[:2000]}
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    for name, value in fields.items():
        setattr(delivery, name, value)
    return not error


def send_due():
    """Send what is due to every active endpoint, each in order; returns how
    many deliveries were sent and how many failed."""
    started = timezone.now()
    endpoints = (
        WebhookDelivery.objects.waiting()
        .filter(due_at__lte=started, next_attempt_at__lte=started)
        .filter(endpoint__is_active=True)
        .values_list("endpoint_id", flat=True)
        .distinct()
    )
    sent = failed = 0
    for endpoint_id in sorted(set(endpoints)):
        if not _claim(endpoint_id):
            continue  # another sender has it
        try:
            endpoint_sent, endpoint_failed = _send_to(endpoint_id, started)
        finally:
            WebhookEndpoint.objects.filter(pk=endpoint_id).update(sending_until=None)
        sent, failed = sent + endpoint_sent, failed + endpoint_failed
    if sent:  # the events stay: they say what receivers were last told
        WebhookDelivery.objects.filter(sent_at__lt=started - KEEP_SENT).delete()
    return sent, failed


def _claim(endpoint_id):
    now = timezone.now()
    return WebhookEndpoint.objects.filter(
        Q(sending_until__isnull=True) | Q(sending_until__lt=now),
        pk=endpoint_id,
        is_active=True,
    ).update(sending_until=now + LEASE)


def _send_to(endpoint_id, started):
    """Deliveries to one endpoint, oldest first, until one fails and waits."""
    sent = failed = 0
    waiting = (
        WebhookDelivery.objects.waiting()
        .filter(endpoint_id=endpoint_id, due_at__lte=started)
        .select_related("endpoint", "event")
        .in_order()
    )
    while (delivery := waiting.first()) is not None:
        if delivery.next_attempt_at > timezone.now():
            break  # the oldest waits for its retry, and everything after it
        WebhookEndpoint.objects.filter(pk=endpoint_id).update(
            sending_until=timezone.now() + LEASE
        )
        if deliver(delivery):
            sent += 1
        else:
            failed += 1
            if delivery.status == WebhookDelivery.Status.PENDING:
                break
    return sent, failed


def retry_now(deliveries):
    """The admin's "retry now": due at once (given up ones too)."""
    return deliveries.exclude(status=WebhookDelivery.Status.SENT).update(
        status=WebhookDelivery.Status.PENDING, next_attempt_at=timezone.now()
    )


def send_after_commit():
    if settings.NEWSROOM_WEBHOOKS_IN_BACKGROUND:
        send_soon()
    else:
        send_due()


# Started by a commit, sending until nothing more is due. ``send_due`` is
# looked up when it runs.
_sender = BackgroundSender(
    lambda: send_due(), name="webhooks", failure="Sending the webhooks failed"
)


def send_soon():
    """After a commit: send what is due from a background thread."""
    _sender.send_soon()


def wait_for_sender(timeout=None):
    """Wait until the background sender is done (for tests and shutdown)."""
    _sender.wait(timeout)
