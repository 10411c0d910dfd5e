"""The article and its QuerySet: the one definition of "published"."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from markdownx.models import MarkdownxField

from articles.formats.document import DEFAULT_FAQ_HEADING
from articles.models.base import (
    CompactJSONEncoder,
    MarkdownModel,
    refuse_external_images,
    short_date,
)
from articles.models.desk import DeskQuerySet
from articles.models.images import Image
from articles.models.listing import ListingQuerySet
from articles.models.stored import StoredBody

# Longer than search engines show (about 60 and 155 characters), so an
# editor may go a little over; the editorial checks warn past what is shown.
SEO_TITLE_MAX = 70
META_DESCRIPTION_MAX = 160


class ArticleQuerySet(DeskQuerySet, ListingQuerySet, models.QuerySet):
    def published(self):
        """Visible to the public: published, publish date reached, not expired.

        Decided at query time, so scheduling needs no job: an article appears
        at ``publish_at`` and disappears at ``unpublish_at`` by itself.
        """
        now = timezone.now()
        return self.filter(
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now),
            status=Article.Status.PUBLISHED,
            publish_at__lte=now,
        )

    # The states editors filter the list by. Every article is in exactly one:
    # Draft, In review and Unpublished are its status; a published article is
    # Scheduled, Published (``published()``) or Expired by its dates.

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        return self.filter(status=Article.Status.REVIEW)

    def scheduled(self):
        """Published by an editor, waiting for its publish date."""
        return self.filter(
            status=Article.Status.PUBLISHED, publish_at__gt=timezone.now()
        )

    def expired(self):
        """Published, then taken off the public site by its unpublish date."""
        others = Article.objects.published() | Article.objects.scheduled()
        return self.filter(status=Article.Status.PUBLISHED).exclude(pk__in=others)

    def unpublished(self):
        return self.filter(status=Article.Status.UNPUBLISHED)

    def seen_by_readers(self):
        """Public now or before: published, or since unpublished or expired,
        at a time that has come. Only such an article's old address can be
        in readers' bookmarks and search engines."""
        return self.filter(
            status__in=(Article.Status.PUBLISHED, Article.Status.UNPUBLISHED),
            publish_at__lte=timezone.now(),
        )

    def with_content(self):
        """Everything an article holds, in a fixed number of queries."""
        return self.select_related(
            "topic", "lead_image", "social_image"
        ).prefetch_related(
            "sections__bullets",
            "sections__image__renditions",
            "lead_image__renditions",
            # No query when no article has a social image of its own.
            "social_image__renditions",
            "faqs",
            "authors",
            "tags",
        )

    def for_rendering(self):
        """What ``rendering.render_article`` reads, in a fixed number of
        queries."""
        return self.with_content().prefetch_related(
            "notes", "embeds__thumbnail__renditions"
        )

    def published_or_scheduled(self):
        """What readers see now, or will see without anyone acting again."""
        return self.published() | self.scheduled()

    def showing(self, image):
        """Those that show ``image``: as their lead or social image or in a
        section."""
        return self.filter(
            Q(lead_image=image) | Q(social_image=image) | Q(sections__image=image)
        ).distinct()


class Article(StoredBody, MarkdownModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        UNPUBLISHED = "unpublished", "Unpublished"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The last part of the article's address. Filled in from the title.",
    )
    standfirst = models.TextField(
        blank=True,
        max_length=300,
        help_text="One sentence under the title; also the summary on the home page.",
    )
    lead = MarkdownxField(
        blank=True,
        validators=[refuse_external_images],
        help_text="The opening paragraphs, before the first section.",
    )
    lead_html = models.TextField(editable=False, default="")
    faq_heading = models.CharField(
        "FAQ heading", max_length=200, default=DEFAULT_FAQ_HEADING
    )
    lead_image = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lead_of",
        help_text="Shown at the top of the article and when it is shared.",
    )
    seo_title = models.CharField(
        "SEO title",
        max_length=200,
        blank=True,
        validators=[
            MaxLengthValidator(
                SEO_TITLE_MAX,
                f"Keep the SEO title to {SEO_TITLE_MAX} characters at most "
                "(it has %(show_value)d): search engines cut longer titles.",
            )
        ],
        help_text="The title in search results and shared links. Left empty, "
        "the title is used.",
    )
    meta_description = models.TextField(
        blank=True,
        validators=[
            MaxLengthValidator(
                META_DESCRIPTION_MAX,
                f"Keep the meta description to {META_DESCRIPTION_MAX} characters "
                "at most (it has %(show_value)d): search engines cut longer ones.",
            )
        ],
        help_text="The summary in search results and shared links. Left empty, "
        "the standfirst is used.",
    )
    social_image = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="social_image_of",
        help_text="The picture of shared links. Left empty, the lead image is used.",
    )
    closing = MarkdownxField(
        blank=True,
        validators=[refuse_external_images],
        help_text="Paragraphs after the sections and the FAQ.",
    )
    closing_html = models.TextField(editable=False, default="")
    body_html = models.TextField(
        editable=False,
        default="",
        help_text="The whole rendered body, stored when the article is saved.",
    )
    byline_html = models.TextField(
        editable=False,
        default="",
        help_text="Byline, dates and correction notes, rendered when saved.",
    )
    card_image = models.JSONField(
        editable=False,
        default=dict,
        encoder=CompactJSONEncoder,
        help_text="The lead image's thumbnail for lists of articles, stored "
        "when saved.",
    )
    card_html = models.TextField(
        editable=False,
        default="",
        help_text="The article's card in lists of articles, rendered when saved.",
    )
    page_data = models.JSONField(
        editable=False,
        default=dict,
        encoder=CompactJSONEncoder,
        help_text="What the page and its structured data need besides the "
        "fields (addresses, topic, authors, tags, FAQ), stored when rendered so "
        "pages need no extra query and no URL lookup.",
    )
    api_data = models.JSONField(
        editable=False,
        default=dict,
        encoder=CompactJSONEncoder,
        help_text="The article's parts and labels as the Content API gives "
        "them, stored when rendered so the API reads one row however large "
        "the article.",
    )
    status = models.CharField(
        max_length=20, choices=Status, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        "publish at",
        null=True,
        blank=True,
        help_text="When a published article goes public. Left empty, it is set "
        "to the moment you publish.",
    )
    unpublish_at = models.DateTimeField(
        "unpublish at",
        null=True,
        blank=True,
        help_text="Optional: when the article leaves the public site.",
    )
    authors = models.ManyToManyField(
        "Author", blank=True, related_name="articles", help_text="The byline."
    )
    topic = models.ForeignKey(
        "Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The one subject the article belongs to.",
    )
    tags = models.ManyToManyField("Tag", blank=True, related_name="articles")
    front_page_until = models.DateTimeField(
        "lead on the front page until",
        null=True,
        blank=True,
        help_text="Pins the article at the top of the home page until then. "
        "Left empty, or once passed, the newest article leads.",
    )
    reading_minutes = models.PositiveIntegerField(
        default=0, editable=False, help_text="Estimated when the body is rendered."
    )
    word_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Counted when the body is rendered."
    )
    public_updated_at = models.DateTimeField(
        "updated (shown to readers)",
        null=True,
        blank=True,
        editable=False,
        help_text="The modified date readers see: set by an update note, "
        "or on request.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set when it last went to the editors, whichever way it was submitted.
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    markdown_fields = ("lead", "closing")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ("-publish_at", "-id")
        # Lists read published() in publish order: with unpublish_at in the
        # index too, counting and paging never touch the table's rows (an
        # index-only scan, also deep into the archive).
        indexes = [
            models.Index(
                fields=["status", "publish_at", "id", "unpublish_at"],
                name="article_listing_idx",
            ),
            models.Index(
                fields=["topic", "status", "publish_at", "id", "unpublish_at"],
                name="article_topic_listing_idx",
            ),
            # The admin list's sorts and filters, in its order (issue 18).
            models.Index(fields=["updated_at", "id"], name="article_updated_idx"),
            models.Index(fields=["title", "id"], name="article_title_idx"),
            models.Index(fields=["publish_at", "id"], name="article_publish_at_idx"),
            models.Index(fields=["word_count", "id"], name="article_words_idx"),
            models.Index(
                fields=["status", "updated_at", "id"], name="article_status_updated_idx"
            ),
            models.Index(
                fields=["topic", "updated_at", "id"], name="article_topic_updated_idx"
            ),
            # The home page's pinned lead: only the articles ever pinned, so
            # finding it never walks the archive.
            models.Index(
                fields=["status", "publish_at"],
                condition=models.Q(front_page_until__isnull=False),
                name="article_front_page_idx",
            ),
            # The sitemap's article sections are blocks of ids: each one read
            # by a range of this index, the index of sections from it alone.
            models.Index(
                fields=[
                    "status",
                    "id",
                    "publish_at",
                    "unpublish_at",
                    "public_updated_at",
                ],
                name="article_sitemap_idx",
            ),
        ]
        permissions = [
            ("publish_article", "Can publish, schedule and unpublish articles"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def is_live(self, now=None):
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= now
            and (self.unpublish_at is None or self.unpublish_at > now)
        )

    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    def state(self):
        """The article's public state in words, for editors."""
        now = timezone.now()
        if self.status == self.Status.PUBLISHED and self.publish_at:
            if self.publish_at > now:
                return f"Scheduled for {short_date(self.publish_at)}"
            if self.unpublish_at and self.unpublish_at <= now:
                return f"Expired {short_date(self.unpublish_at)}"
            if self.unpublish_at:
                return f"Published, until {short_date(self.unpublish_at)}"
        return self.get_status_display()

    def modified_at(self):
        """The modified date readers see: the last public update, if any."""
        return self.public_updated_at or self.publish_at

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now()
        # Whole seconds, as the admin's date fields send them back: otherwise
        # every save would record a change of a few microseconds.
        for name in ("publish_at", "unpublish_at"):
            moment = getattr(self, name)
            if moment is not None:
                setattr(self, name, moment.replace(microsecond=0))
        super().save(*args, **kwargs)
