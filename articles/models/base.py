"""What every model of the app shares: Markdown fields rendered on save,
and the rule that images come from the media library."""

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format

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


class CompactJSONEncoder(json.JSONEncoder):
    """JSON without a space after each "," and ":": SQLite stores the text,
    in every article row (PostgreSQL's jsonb keeps no spaces anyway)."""

    item_separator, key_separator = ",", ":"


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


def short_date(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")
