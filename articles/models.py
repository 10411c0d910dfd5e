import secrets
from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from markdownx.models import MarkdownxField

from articles.formats.document import DEFAULT_FAQ_HEADING
from articles.images import Image, Rendition  # noqa: F401 - models of this app
from articles.rendering import (
    blocked_images,
    render_markdown,
    render_markdown_inline,
)


def normalise_markdown(text):
    """Unix line endings and no surrounding blank space, as browsers send CRLF."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def refuse_external_images(text):
    """Readers' browsers do not show images from other sites: the pages'
    Content-Security-Policy (img-src) blocks them."""
    blocked = blocked_images(text or "")
    if not blocked:
        return
    where = f"“{blocked[0]}” is on another site" if blocked[0] else "has no address"
    raise ValidationError(
        f"Readers would see a broken image: {where}. Images must come from the "
        "media library: upload the image there and choose it as the section "
        "image or the lead image.",
        code="external_image",
    )


class MarkdownModel(models.Model):
    """Renders each Markdown field into its ``*_html`` field on every save."""

    markdown_fields = ()
    inline_markdown_fields = ()

    class Meta:
        abstract = True

    def render_markdown_fields(self):
        for name in self.markdown_fields + self.inline_markdown_fields:
            setattr(self, name, normalise_markdown(getattr(self, name)))
        for name in self.markdown_fields:
            setattr(self, f"{name}_html", render_markdown(getattr(self, name)))
        for name in self.inline_markdown_fields:
            setattr(self, f"{name}_html", render_markdown_inline(getattr(self, name)))

    def save(self, *args, **kwargs):
        self.render_markdown_fields()
        super().save(*args, **kwargs)


class ArticleQuerySet(models.QuerySet):
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
        return self.select_related("topic", "lead_image").prefetch_related(
            "sections__bullets",
            "sections__image__renditions",
            "lead_image__renditions",
            "faqs",
            "authors",
            "tags",
        )

    def for_rendering(self):
        """What ``rendering.render_article`` reads, in a fixed number of
        queries."""
        return self.with_content().prefetch_related("notes")

    def for_page(self):
        """The article page: its stored HTML and data, in one query."""
        return self.defer(
            "lead", "closing", "lead_html", "closing_html", "card_html", "card_image"
        )

    def published_or_scheduled(self):
        """What readers see now, or will see without anyone acting again."""
        return self.published() | self.filter(
            status=Article.Status.PUBLISHED, publish_at__gt=timezone.now()
        )

    def showing(self, image):
        """Those that show ``image``, as their lead image or in a section."""
        return self.filter(Q(lead_image=image) | Q(sections__image=image)).distinct()

    def for_listing(self):
        """Only what a list of article cards needs: each card is stored whole."""
        return self.only("title", "slug", "publish_at", "card_html")

    def listed_after(self, publish_at, pk):
        """Those a list newest first shows after the article published at
        ``publish_at`` with id ``pk``: older, or as old with a lower id. Read
        from the listing index, however deep."""
        return self.filter(publish_at__lte=publish_at).filter(
            Q(publish_at__lt=publish_at) | Q(pk__lt=pk)
        )

    def listed_before(self, publish_at, pk):
        """Those a list newest first shows before that article."""
        return self.filter(publish_at__gte=publish_at).filter(
            Q(publish_at__gt=publish_at) | Q(pk__gt=pk)
        )

    def related_to(self, article):
        """Published articles sharing the topic or a tag, newest first."""
        tag_ids = (article.page_data or {}).get("tag_ids", [])
        if article.topic_id is None and not tag_ids:
            return self.none()
        shared = Q(tags__in=tag_ids)
        if article.topic_id:
            shared |= Q(topic_id=article.topic_id)
        return (
            self.published()
            .filter(shared)
            .exclude(pk=article.pk)
            .distinct()
            .for_listing()
        )


class Article(MarkdownModel):
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
        help_text="What the page and its structured data need besides the "
        "fields (addresses, topic, authors, tags, FAQ), stored when rendered so "
        "pages need no extra query and no URL lookup.",
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
    reading_minutes = models.PositiveIntegerField(
        default=0, editable=False, help_text="Estimated when the body is rendered."
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


def short_date(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(
        blank=True,
        max_length=300,
        help_text="Shown on the topic's page and in search results.",
    )

    class Meta:
        ordering = ("name",)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, max_length=300)

    class Meta:
        ordering = ("name",)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class Author(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
        help_text="The account of this author, if they have one.",
    )
    display_name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    bio = models.TextField("short bio", blank=True, max_length=600)

    class Meta:
        ordering = ("display_name",)

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


class Section(MarkdownModel):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveIntegerField(default=0)
    heading = models.CharField(max_length=200)
    image = models.ForeignKey(
        Image,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sections",
        help_text="Optional. Shown under the heading, with the image's caption.",
    )
    body = MarkdownxField(
        "paragraphs before the list",
        blank=True,
        validators=[refuse_external_images],
        help_text="Shown under the heading, before the bullet list.",
    )
    body_html = models.TextField(editable=False, default="")
    body_after_list = MarkdownxField(
        "paragraphs after the list",
        blank=True,
        validators=[refuse_external_images],
        help_text="Shown after the bullet list.",
    )
    body_after_list_html = models.TextField(editable=False, default="")

    markdown_fields = ("body", "body_after_list")

    class Meta:
        ordering = ("position", "id")

    def __str__(self):
        return self.heading


class Bullet(MarkdownModel):
    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="bullets"
    )
    position = models.PositiveIntegerField(default=0)
    label = models.CharField(
        max_length=120,
        blank=True,
        help_text="Optional. Shown in bold before the text: “Label: text”.",
    )
    text = MarkdownxField(validators=[refuse_external_images])
    text_html = models.TextField(editable=False, default="")

    inline_markdown_fields = ("text",)

    class Meta:
        ordering = ("position", "id")
        verbose_name = "bullet point"

    def __str__(self):
        return f"{self.label}: {self.text}" if self.label else self.text


class FAQ(MarkdownModel):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="faqs")
    position = models.PositiveIntegerField(default=0)
    question = models.CharField(max_length=300)
    answer = MarkdownxField(validators=[refuse_external_images])
    answer_html = models.TextField(editable=False, default="")

    markdown_fields = ("answer",)

    class Meta:
        ordering = ("position", "id")
        verbose_name = "question and answer"
        verbose_name_plural = "FAQ"

    def __str__(self):
        return self.question


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


class ArticleLock(models.Model):
    """The edit counter of an article, for optimistic locking.

    Kept out of the article's revisions on purpose: restoring a revision must
    not wind the counter back, or a form opened earlier could save over it.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="lock"
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


class SQLiteSearchRow(models.Model):
    """An article's row in the search index on SQLite: the FTS5 table that
    migration 0007 creates, whose rowid is the article's id. Read only, by
    ``articles.search``, which also writes it."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        related_name="sqlite_search_row",
    )
    title = models.TextField()
    standfirst = models.TextField()
    body = models.TextField()

    class Meta:
        managed = False
        db_table = "articles_search"
        default_permissions = ()


class PostgreSQLSearchRow(models.Model):
    """An article's row in the search index on PostgreSQL: the table that
    migration 0007 creates, with its generated, weighted ``vector``. Read
    only, by ``articles.search``, which also writes it."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="id",
        related_name="postgresql_search_row",
    )
    title = models.TextField()
    standfirst = models.TextField()
    body = models.TextField()
    vector = SearchVectorField()

    class Meta:
        managed = False
        db_table = "articles_search"
        default_permissions = ()


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


# Revisions hold the whole article: its sections with their bullet points, and
# its FAQ. The edit lock, notes and preview links stay out on purpose.
reversion.register(Section, follow=("bullets",))
reversion.register(Bullet)
reversion.register(FAQ)
reversion.register(Article, follow=("sections", "faqs"))
