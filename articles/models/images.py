"""The media library: images with their alt text and credits, and their
renditions (stored by ``articles.services.images``)."""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator

from articles import imaging


def new_image_key():
    return secrets.token_hex(8)


class ImageQuerySet(models.QuerySet):
    def missing_alt_text(self):
        return self.filter(alt_text="", is_decorative=False)

    def with_renditions(self):
        return self.prefetch_related("renditions")


class Image(models.Model):
    key = models.CharField(
        max_length=32,
        unique=True,
        default=new_image_key,
        editable=False,
        help_text="Names the image in exported articles and in file names.",
    )
    file = models.FileField(max_length=255, editable=False)
    alt_text = models.CharField(
        "alt text",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it. "
        "Required unless the image is decorative.",
    )
    is_decorative = models.BooleanField(
        "decorative",
        default=False,
        help_text="Tick only if the image adds nothing to the text: screen "
        "readers then skip it.",
    )
    caption = models.CharField(
        max_length=300, blank=True, help_text="Shown under the image."
    )
    credit = models.CharField(
        max_length=200,
        blank=True,
        help_text="Photographer or source, shown under the image, e.g. "
        "“Photo: Ana Reporter”.",
    )
    licence = models.CharField(
        max_length=200,
        blank=True,
        help_text="The terms we may use it under, e.g. “CC BY 4.0” or "
        "“Staff photo”. For editors; not shown to readers.",
    )
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    file_size = models.PositiveIntegerField(editable=False, default=0)
    format = models.CharField(max_length=10, editable=False)
    focal_x = models.FloatField(
        "focal point across",
        default=0.5,
        help_text="0 is the left edge, 0.5 the centre, 1 the right edge. "
        "Crops keep this point in view.",
    )
    focal_y = models.FloatField(
        "focal point down",
        default=0.5,
        help_text="0 is the top edge, 0.5 the centre, 1 the bottom edge.",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ("-uploaded_at", "-id")
        constraints = [
            models.CheckConstraint(
                condition=Q(focal_x__gte=0, focal_x__lte=1)
                & Q(focal_y__gte=0, focal_y__lte=1),
                name="image_focal_point_inside",
            )
        ]

    def __str__(self):
        label = self.alt_text or self.caption or "(no alt text)"
        return f"{Truncator(label).chars(70)} ({self.width}×{self.height})"

    def clean(self):
        super().clean()
        # Typed in a text box, read out as one line.
        self.alt_text = " ".join(self.alt_text.split())
        self.caption = " ".join(self.caption.split())
        if not self.alt_text and not self.is_decorative:
            raise ValidationError(
                {
                    "alt_text": "Describe the image for readers who cannot see "
                    "it, or tick “decorative” if it adds nothing to the text."
                }
            )
        for name in ("focal_x", "focal_y"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 1:
                raise ValidationError({name: "Between 0 and 1."})

    @property
    def needs_alt_text(self):
        return not self.alt_text.strip() and not self.is_decorative

    @property
    def mime_type(self):
        return imaging.MIME_TYPES[self.format]

    def crop_token(self):
        """Part of crop file names: a moved focal point gives new URLs."""
        focal = f"{self.focal_x:.4f},{self.focal_y:.4f}"
        return hashlib.sha256(focal.encode()).hexdigest()[:6]


class Rendition(models.Model):
    """A resized (or cropped) copy of an image, made once and stored."""

    class Kind(models.TextChoices):
        WIDTH = "width", "Resized to a width"
        SHARE = "share", "Cropped for sharing (1200×630)"

    image = models.ForeignKey(
        Image, on_delete=models.CASCADE, related_name="renditions"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    format = models.CharField(max_length=10)
    file = models.FileField(max_length=255)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()

    class Meta:
        ordering = ("kind", "format", "width")

    def __str__(self):
        return f"{self.image_id} {self.kind} {self.width}×{self.height} {self.format}"

    @property
    def url(self):
        return self.file.url

    @property
    def mime_type(self):
        return imaging.MIME_TYPES[self.format]
