"""Webhooks: the endpoints superusers configure, what happened to articles,
and the durable outbox of deliveries (articles/services/webhooks.py)."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone


class WebhookEventKind(models.TextChoices):
    PUBLISHED = "published", "Published"
    UPDATED = "updated", "Updated"
    UNPUBLISHED = "unpublished", "Unpublished"
    DELETED = "deleted", "Deleted"


class WebhookEndpoint(models.Model):
    """A receiver told about articles going live, changing and leaving."""

    url = models.URLField(
        "URL",
        max_length=500,
        help_text="Receives a signed JSON POST for each event; http or https.",
    )
    secret = models.CharField(
        max_length=200,
        help_text="Shared with the receiver, which checks each delivery's "
        "signature with it. Keep it private.",
    )
    events = models.JSONField(
        default=list,
        help_text="What the receiver is told about.",
    )
    is_active = models.BooleanField(
        "active",
        default=True,
        help_text="Untick to stop sending; what is queued waits.",
    )
    description = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Held by the one sender delivering to this endpoint, so that two
    # senders at once never send its events out of order.
    sending_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ("url", "id")
        verbose_name = "webhook"

    def __str__(self):
        return self.description or self.url


class WebhookEvent(models.Model):
    """Something that happened, or will happen at ``happens_at``, to an
    article, with the article as it was then. The last one in effect says
    what receivers were last told, so a save knows what changed."""

    kind = models.CharField("event", max_length=20, choices=WebhookEventKind)
    # No foreign key: "deleted" outlives the article.
    article_id = models.BigIntegerField(db_index=True)
    slug = models.CharField(max_length=200)
    url = models.URLField(max_length=500)
    article_data = models.JSONField()
    happens_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-happens_at", "-id")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.slug}"


class WebhookDeliveryQuerySet(models.QuerySet):
    def in_order(self):
        """The order an endpoint receives them in: when the events happen."""
        return self.order_by("due_at", "event_id", "id")

    def waiting(self):
        """Neither sent nor given up on."""
        return self.filter(status=WebhookDelivery.Status.PENDING)


class WebhookDelivery(models.Model):
    """One event to one endpoint, queued in the transaction of the change and
    sent after it commits (or at ``due_at`` for a scheduled one)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        SENT = "sent", "Sent"
        GIVEN_UP = "given_up", "Given up"

    uuid = models.UUIDField("delivery id", default=uuid.uuid4, unique=True)
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(
        WebhookEvent, on_delete=models.CASCADE, related_name="deliveries"
    )
    due_at = models.DateTimeField()
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ("-due_at", "-id")
        verbose_name_plural = "webhook deliveries"
        indexes = (
            models.Index(
                fields=("endpoint", "due_at", "event", "id"),
                condition=Q(status="pending"),
                name="webhook_delivery_waiting",
            ),
        )

    def __str__(self):
        return f"{self.event} → {self.endpoint}"
