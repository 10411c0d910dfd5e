"""The parts of an article: its sections with their bullet points, and its
FAQ."""

from django.db import models
from markdownx.models import MarkdownxField

from articles.models.article import Article
from articles.models.base import MarkdownModel, refuse_external_images
from articles.models.images import Image


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
