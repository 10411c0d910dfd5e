"""The outbox of addresses to purge from the CDN."""

from django.db import models
from django.db.models import Q
from django.utils import timezone


class PurgeRequestQuerySet(models.QuerySet):
    def due(self, now):
        """Not sent yet, and not waiting for a later retry."""
        return self.filter(sent_at__isnull=True, next_attempt_at__lte=now)


class PurgeRequest(models.Model):
    """An address to purge from the HTTP cache in front (the CDN), written in
    the transaction of the change that made it stale, so that no purge is
    lost when a worker stops before sending it (articles/caching/outbox.py)."""

    path = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = PurgeRequestQuerySet.as_manager()

    class Meta:
        ordering = ("next_attempt_at", "id")
        indexes = (
            models.Index(
                fields=("next_attempt_at", "id"),
                condition=Q(sent_at__isnull=True),
                name="purge_request_due",
            ),
        )

    def __str__(self):
        return self.path
