from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from markdownx.models import MarkdownxField

from articles.formats.document import DEFAULT_FAQ_HEADING
from articles.rendering import (
    render_article_body,
    render_markdown,
    render_markdown_inline,
)


def normalise_markdown(text):
    """Unix line endings and no surrounding blank space, as browsers send CRLF."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


class MarkdownModel(models.Model):
    """Renders each Markdown field into its ``*_html`` field on every save."""

    markdown_fields = ()
    inline_markdown_fields = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for name in self.markdown_fields + self.inline_markdown_fields:
            setattr(self, name, normalise_markdown(getattr(self, name)))
        for name in self.markdown_fields:
            setattr(self, f"{name}_html", render_markdown(getattr(self, name)))
        for name in self.inline_markdown_fields:
            setattr(self, f"{name}_html", render_markdown_inline(getattr(self, name)))
        super().save(*args, **kwargs)


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Visible to the public: status published and publish date reached.

        Decided at query time, so a future ``publish_at`` needs no scheduler.
        """
        return self.filter(
            status=Article.Status.PUBLISHED, publish_at__lte=timezone.now()
        )

    def with_content(self):
        """Everything an article body holds, in 4 queries in total."""
        return self.prefetch_related("sections__bullets", "faqs")


class Article(MarkdownModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

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
        blank=True, help_text="The opening paragraphs, before the first section."
    )
    lead_html = models.TextField(editable=False, default="")
    faq_heading = models.CharField(
        "FAQ heading", max_length=200, default=DEFAULT_FAQ_HEADING
    )
    closing = MarkdownxField(
        blank=True, help_text="Paragraphs after the sections and the FAQ."
    )
    closing_html = models.TextField(editable=False, default="")
    body_html = models.TextField(
        editable=False,
        default="",
        help_text="The whole rendered body, stored when the article is saved.",
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
        indexes = [models.Index(fields=["status", "-publish_at", "-id"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def is_live(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now()
        super().save(*args, **kwargs)

    def refresh_body_html(self):
        """Store the rendered body; call after the article's parts are saved."""
        article = Article.objects.with_content().get(pk=self.pk)
        self.body_html = render_article_body(article)
        Article.objects.filter(pk=self.pk).update(body_html=self.body_html)


class Section(MarkdownModel):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveIntegerField(default=0)
    heading = models.CharField(max_length=200)
    body = MarkdownxField(
        "paragraphs before the list",
        blank=True,
        help_text="Shown under the heading, before the bullet list.",
    )
    body_html = models.TextField(editable=False, default="")
    body_after_list = MarkdownxField(
        "paragraphs after the list",
        blank=True,
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
    text = MarkdownxField()
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
    answer = MarkdownxField()
    answer_html = models.TextField(editable=False, default="")

    markdown_fields = ("answer",)

    class Meta:
        ordering = ("position", "id")
        verbose_name = "question and answer"
        verbose_name_plural = "FAQ"

    def __str__(self):
        return self.question
