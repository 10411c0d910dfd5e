"""Records of editing kept beside an article: correction notes, internal
comments, old addresses, the edit counter and preview links."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone

from articles.models.article import Article


class CorrectionNote(models.Model):
    """A public note about a change to a published article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="notes")
    text = models.CharField(
        max_length=500,
        help_text="Shown to readers, e.g. “Corrected the figure in the second "
        "section.”",
    )
    noted_at = models.DateTimeField("date", default=timezone.now)

    class Meta:
        ordering = ("-noted_at", "-id")
        verbose_name = "correction or update note"

    def __str__(self):
        return self.text


class EditorialComment(models.Model):
    """An internal comment, such as why an article was sent back to draft."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self):
        return self.text


class SlugRedirect(models.Model):
    """An old address of an article, answered with a 301 to the current one."""

    old_slug = models.SlugField(max_length=200, unique=True)
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="slug_redirects"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.old_slug} → {self.article.slug}"


class EditCounter(models.Model):
    """How many times an article was saved, and by whom last: a change form
    carries the count it saw, and a save is refused once it has moved on
    (optimistic locking; see ``articles.services.editing``).

    Kept out of the article's revisions on purpose: restoring a revision must
    not wind the counter back, or a form opened earlier could save over it.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="edit_counter"
    )
    version = models.PositiveIntegerField(default=0)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(null=True)


def new_preview_key():
    return secrets.token_urlsafe(24)


class PreviewLink(models.Model):
    """A shareable link to the preview of an unpublished article."""

    DEFAULT_LIFETIME = timedelta(days=7)
    SIGNING_SALT = "articles.preview-link"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="preview_links"
    )
    key = models.CharField(max_length=64, unique=True, default=new_preview_key)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self):
        return f"Preview of {self.article}"

    def is_valid(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    def get_absolute_url(self):
        token = signing.dumps(self.key, salt=self.SIGNING_SALT)
        return reverse("articles:preview", kwargs={"token": token})

    @classmethod
    def from_token(cls, token):
        """The link a token names, if it is genuine, unexpired and not revoked."""
        try:
            key = signing.loads(token, salt=cls.SIGNING_SALT)
        except signing.BadSignature:
            return None
        link = cls.objects.filter(key=key).first()
        return link if link is not None and link.is_valid() else None
