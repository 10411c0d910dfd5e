"""Email notifications: the outbox of messages waiting to be sent, and each
user's choice to get them (articles/services/notifications.py)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class NotificationPreference(models.Model):
    """Whether a user gets the desk's emails. Without a row they do: the
    row is made the first time someone turns them off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    is_enabled = models.BooleanField(
        "email me",
        default=True,
        help_text="Articles submitted for review (Editors), and your own "
        "articles sent back, scheduled or published.",
    )

    def __str__(self):
        return f"{self.user}: {'on' if self.is_enabled else 'off'}"


class NotificationQuerySet(models.QuerySet):
    def due(self, now):
        """Not sent, not given up on, and not waiting for a later retry."""
        return self.filter(sent_at__isnull=True, next_attempt_at__lte=now)

    def going_live_later(self, article):
        """The "published" messages of ``article`` waiting for its time."""
        return self.filter(
            article=article,
            kind=self.model.Kind.PUBLISHED,
            sent_at__isnull=True,
            next_attempt_at__gt=timezone.now(),
        )


class Notification(models.Model):
    """One email to one person, written in the transaction of the change it
    tells about and sent after it commits, so a save never waits for the mail
    server and a message is not lost when a worker stops first."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", "Submitted for review"
        SENT_BACK = "sent_back", "Sent back"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"

    kind = models.CharField(max_length=20, choices=Kind)
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="notifications"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    to = models.EmailField("to")
    subject = models.CharField(max_length=300)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    # None once given up on: see ``status``.
    next_attempt_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = (
            models.Index(
                fields=("next_attempt_at", "id"),
                condition=Q(sent_at__isnull=True),
                name="notification_due",
            ),
        )

    def __str__(self):
        return self.subject

    def status(self):
        if self.sent_at:
            return "sent"
        if self.next_attempt_at is None:
            return "failed"
        return "retrying" if self.attempts else "waiting"
