"""Email notifications of the desk's workflow (issue 15).

- Submitted for review: to the Editors. Sent back (with the editor's
  comment), scheduled and published: to the article's authors, the users of
  its Author records. Never to whoever made the change, to anyone without an
  email address, or to anyone who turned them off (``NotificationPreference``).
- A scheduled article goes live by the clock (``Article.objects.published()``),
  not by a job. Its authors are told when it is scheduled, with the time it
  goes live, and the "published" message waits in the outbox until that time
  (sent by the next sender after it: ``send_notifications`` from cron, or any
  save's). Rescheduling moves it; a message whose article is not live when
  it is sent waits again if the article is still to go live, else is dropped.
- Messages are written to a table (``Notification``) in the transaction of
  the change, with their text and the link to the change page
  (``NEWSROOM_SITE_URL``), and sent once it commits: from a background thread
  (``send_soon``), and by the ``send_notifications`` command for a cron job
  after an outage. A save never waits for the mail server, and a failed send
  only logs, tries again later (twice as long each time) and is listed, with
  its error, for superusers in the admin.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import localize

from articles.background import BackgroundSender
from articles.models import Article, Notification
from articles.roles import EDITORS

logger = logging.getLogger(__name__)

# Due messages read at a time: bounded memory after a long outage.
BATCH = 100
# How long a sender holds a message it is sending before another may retry it.
LEASE = timedelta(minutes=5)
# How long sent messages are kept, for superusers to see what went out.
KEEP_SENT = timedelta(days=30)
SUBJECTS = {
    Notification.Kind.SUBMITTED: "For review: {title}",
    Notification.Kind.SENT_BACK: "Sent back to you: {title}",
    Notification.Kind.SCHEDULED: "Scheduled: {title}",
    Notification.Kind.PUBLISHED: "Published: {title}",
}


# Queueing, in the transaction of the change.


def article_submitted(article, *, by):
    editors = get_user_model().objects.filter(groups__name=EDITORS)
    return _queue(Notification.Kind.SUBMITTED, article, editors, by=by)


def article_sent_back(article, *, by, comment):
    return _queue(
        Notification.Kind.SENT_BACK, article, _authors(article), by=by, comment=comment
    )


def article_published(article, *, by):
    """Published now, or scheduled: then a notice now, with when, and the
    "published" message at that time."""
    Notification.objects.going_live_later(article).delete()  # an earlier schedule's
    scheduled = article.publish_at > timezone.now()
    context = {
        "when": localize(timezone.localtime(article.publish_at)),
        "public_link": _absolute(article.get_absolute_url()),
        "scheduled": scheduled,
    }
    authors = _authors(article)
    queued = _queue(Notification.Kind.PUBLISHED, article, authors, by=by, **context)
    if scheduled:
        queued += _queue(
            Notification.Kind.SCHEDULED, article, authors, by=by, **context
        )
    return queued


def article_status_changed(article, *, by, was_status, was_publish_at):
    """After a save that may have changed the status (the change form): the
    notices the workflow's own functions send for the same change."""
    if article.status == Article.Status.REVIEW and was_status != article.status:
        article_submitted(article, by=by)
    elif article.status == Article.Status.PUBLISHED and (
        was_status != article.status
        or _to_the_second(was_publish_at) != _to_the_second(article.publish_at)
    ):
        article_published(article, by=by)


def _to_the_second(moment):
    return moment and moment.replace(microsecond=0)


def _authors(article):
    return get_user_model().objects.filter(author__articles=article)


def _absolute(path):
    return settings.NEWSROOM_SITE_URL.rstrip("/") + path


def actor_name(user):
    if user is None:
        return "Someone"
    return user.get_full_name().strip() or user.get_username()


def _queue(kind, article, users, *, by, **context):
    """A message of ``kind`` about ``article`` to each of ``users`` who wants it."""
    users = (
        users.filter(is_active=True)
        .exclude(email="")
        .exclude(notification_preference__is_enabled=False)
        .exclude(pk=getattr(by, "pk", None))
        .distinct()
        .order_by("pk")
    )
    context |= {
        "article": article,
        "by": actor_name(by),
        "link": _absolute(reverse("admin:articles_article_change", args=[article.pk])),
        "preferences_link": _absolute(
            reverse("admin:articles_notification_preferences")
        ),
    }
    subject = SUBJECTS[kind].format(title=" ".join(article.title.split()))
    body = render_to_string(f"articles/emails/{kind}.txt", context)
    now = timezone.now()
    # "Published" goes out when the article does.
    due = (article.publish_at or now) if kind == Notification.Kind.PUBLISHED else now
    rows = Notification.objects.bulk_create(
        Notification(
            kind=kind,
            article=article,
            recipient=user,
            to=user.email,
            subject=subject,
            body=body,
            created_at=now,
            next_attempt_at=max(due, now),
        )
        for user in users
    )
    if rows and due <= now:
        transaction.on_commit(send_after_commit, robust=True)
    return len(rows)


# Sending.


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failure."""
    seconds = settings.NEWSROOM_NOTIFICATION_RETRY_SECONDS * 2 ** (attempts - 1)
    return timedelta(
        seconds=min(seconds, settings.NEWSROOM_NOTIFICATION_RETRY_MAX_SECONDS)
    )


def send_due():
    """Send every message that is due, oldest first; returns how many were
    sent and how many failed. Each is claimed first (``LEASE``), so two
    senders at once do not send one message twice."""
    started = timezone.now()
    sent = failed = 0
    while batch := list(
        Notification.objects.due(started)
        .select_related("article")
        .order_by("next_attempt_at", "id")[:BATCH]
    ):
        for message in batch:
            claimed = Notification.objects.filter(
                pk=message.pk,
                sent_at__isnull=True,
                next_attempt_at=message.next_attempt_at,
            ).update(next_attempt_at=timezone.now() + LEASE)
            if not claimed or not still_true(message):
                continue
            if send(message):
                sent += 1
            else:
                failed += 1
    if sent:
        Notification.objects.filter(sent_at__lt=started - KEEP_SENT).delete()
    return sent, failed


def still_true(message):
    """A "published" message whose article is not live: it waits again for
    an article still to go live, else it is dropped."""
    article = message.article
    if message.kind != Notification.Kind.PUBLISHED or article.is_live():
        return True
    if (
        article.status == Article.Status.PUBLISHED
        and article.publish_at > timezone.now()
    ):
        Notification.objects.filter(pk=message.pk).update(
            next_attempt_at=article.publish_at
        )
    else:
        Notification.objects.filter(pk=message.pk).delete()
    return False


def send(message):
    """Send one message; on failure, log it and set its retry (or give up)."""
    attempts = message.attempts + 1
    try:
        EmailMessage(message.subject, message.body, to=[message.to]).send()
    except Exception as error:  # any backend's: SMTP, socket, TLS…
        logger.exception("Emailing %s (%s) failed", message.to, message.subject)
        given_up = attempts >= settings.NEWSROOM_NOTIFICATION_MAX_ATTEMPTS
        Notification.objects.filter(pk=message.pk).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=None
            if given_up
            else timezone.now() + retry_delay(attempts),
        )
        return False
    Notification.objects.filter(pk=message.pk).update(
        attempts=attempts, sent_at=timezone.now()
    )
    return True


def send_after_commit():
    if settings.NEWSROOM_NOTIFICATIONS_IN_BACKGROUND:
        send_soon()
    else:
        send_due()


# Started by a commit, sending until nothing more is due. ``send_due`` is
# looked up when it runs.
_sender = BackgroundSender(
    lambda: send_due(), name="notifications", failure="Sending the notifications failed"
)


def send_soon():
    """After a commit: send what is due from a background thread."""
    _sender.send_soon()


def wait_for_sender(timeout=None):
    """Wait until the background sender is done (for tests and shutdown)."""
    _sender.wait(timeout)
