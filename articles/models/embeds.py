"""Embeds: a paragraph of an article that holds only the address of a video
or a post on a known provider, resolved through oEmbed when the article is
saved (``articles.services.embeds``) and stored here, never fetched while a
reader waits."""

from urllib.parse import urlsplit

from django.db import models

from articles.models.article import Article
from articles.models.images import Image


class Embed(models.Model):
    class Provider(models.TextChoices):
        YOUTUBE = "youtube", "YouTube"
        VIMEO = "vimeo", "Vimeo"
        SOUNDCLOUD = "soundcloud", "SoundCloud"
        BLUESKY = "bluesky", "Bluesky"
        MASTODON = "mastodon", "Mastodon"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="embeds"
    )
    url = models.URLField(
        "address", max_length=500, help_text="As the editor wrote it."
    )
    provider = models.CharField(max_length=20, choices=Provider)
    part = models.CharField(
        max_length=200,
        help_text="Where the address is in the article, for the editor: "
        "“the lead”, “section “Heading””, “the closing”.",
    )
    title = models.CharField(max_length=300, blank=True)
    author_name = models.CharField(max_length=200, blank=True)
    thumbnail = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The provider's picture, stored in the media library.",
    )
    iframe_url = models.URLField(
        max_length=1000,
        blank=True,
        help_text="Built from the provider's known player address; empty "
        "while the embed is not resolved (readers get a plain link).",
    )
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    problem = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why the last save could not resolve it, told to the editor.",
    )

    class Meta:
        ordering = ("id",)
        constraints = [
            models.UniqueConstraint(
                fields=("article", "url"), name="embed_one_per_address"
            )
        ]

    def __str__(self):
        return f"{self.get_provider_display()}: {self.url}"

    @property
    def is_resolved(self):
        return bool(self.iframe_url) and not self.problem

    @property
    def frame_origin(self):
        """The CSP source its iframe needs: scheme and host of the player."""
        parts = urlsplit(self.iframe_url)
        return f"{parts.scheme}://{parts.netloc}"
