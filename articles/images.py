"""The media library: images with their alt text and credits, and renditions.

Files go through ``STORAGES["default"]`` only (local ``media/`` or S3-compatible
object storage), opened and saved by name: no code here assumes a local path.
Renditions are made once, when an image is uploaded or its focal point moves,
and stored; pages print their stored URLs.
"""

import hashlib
import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.text import Truncator

from articles import imaging

logger = logging.getLogger(__name__)


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


def rendition_formats(image_format):
    """WebP, and the original's own format as the fallback."""
    return ("WEBP",) if image_format == "WEBP" else ("WEBP", image_format)


def _delete_files(names):
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:  # noqa: BLE001 - a file left over is only waste
            pass


def _save_file(name, content, written):
    stored = default_storage.save(name, ContentFile(content))
    written.append(stored)
    return stored


def _make_renditions(image, picture, written, kinds):
    """Store the renditions of ``kinds`` made from ``picture``, the decoded
    original: each width from the next larger one, resized once for all its
    formats."""
    picture = imaging.rendition_source(picture)
    focal = (image.focal_x, image.focal_y)
    folder = f"images/{image.key}"
    specs = []  # (format, width, height, source)
    if Rendition.Kind.WIDTH in kinds:
        source = picture
        widths = {min(width, image.width) for width in imaging.WIDTHS}
        for width in sorted(widths, reverse=True):
            source = imaging.resized(source, width)
            specs += [
                (fmt, width, None, source) for fmt in rendition_formats(image.format)
            ]
    if Rendition.Kind.SHARE in kinds:
        specs.append(("JPEG", *imaging.SHARE_SIZE, picture))
    made = []
    for fmt, width, height, source in specs:
        content, real_width, real_height = imaging.make_rendition(
            source, fmt, width=width, height=height, focal=focal
        )
        suffix = f"share-{image.crop_token()}" if height else f"w{width}"
        name = _save_file(
            f"{folder}/{suffix}.{imaging.EXTENSIONS[fmt]}", content, written
        )
        made.append(
            Rendition(
                image=image,
                kind=Rendition.Kind.SHARE if height else Rendition.Kind.WIDTH,
                format=fmt,
                file=name,
                width=real_width,
                height=real_height,
            )
        )
    Rendition.objects.bulk_create(made)


def image_create_from_upload(uploaded, *, by=None, **fields):
    """Check, clean and store an upload with its renditions: all or nothing.

    Raises ``imaging.ImageRejected`` with a message for the editor; then no
    file and no row is left behind.
    """
    clean = imaging.clean_upload(uploaded, size=getattr(uploaded, "size", None))
    return image_store(Image(**fields), clean, by=by)


@dataclass
class UploadOutcome:
    """What became of one file of a bulk upload: stored, or refused and why."""

    name: str
    image: "Image | None" = None
    refusal: str = ""


def images_create_from_uploads(uploads, *, by=None, **fields):
    """Store each upload as an image with ``fields``, in order, each on its own:
    a refused or failing file never stops the others. A file whose pixels
    would take the request past ``imaging.MAX_BATCH_PIXELS`` is refused before
    it is decoded, so the request ends in time. Returns an ``UploadOutcome``
    for every upload, in order."""
    pixels_left = imaging.MAX_BATCH_PIXELS
    outcomes = []
    for upload in uploads:
        outcome = UploadOutcome(name=upload.name)
        outcomes.append(outcome)
        try:
            width, height = imaging.check_upload(upload, size=upload.size)
            if width * height > pixels_left:
                raise imaging.ImageRejected(
                    "With the files before it, this upload would go past "
                    f"{imaging.MAX_BATCH_PIXELS // 1_000_000} megapixels in all, so "
                    "this file was not processed. Upload it separately, or in a "
                    "smaller batch."
                )
            pixels_left -= width * height
            clean = imaging.clean_upload(upload, size=upload.size)
            outcome.image = image_store(Image(**fields), clean, by=by)
        except imaging.ImageRejected as error:
            outcome.refusal = str(error)
        except Exception:  # storage or database: the editor is told, the rest go on
            logger.exception("Storing the uploaded image %r failed", upload.name)
            outcome.refusal = (
                "It could not be stored (a fault on our side); nothing of it "
                "was kept. Try again, and tell the technical team if it fails again."
            )
    return outcomes


def image_store(image, clean, *, by=None):
    """Save ``image`` (unsaved, with its texts) for a checked upload, writing
    the cleaned file and every rendition; on any failure, none of them stays."""
    image.format, image.width, image.height = clean.format, clean.width, clean.height
    image.file_size = len(clean.content)
    image.uploaded_by = by
    written = []
    try:
        with transaction.atomic():
            image.file = _save_file(
                f"images/{image.key}/original.{imaging.EXTENSIONS[clean.format]}",
                clean.content,
                written,
            )
            image.save()
            picture = clean.picture
            if picture is None:
                picture = imaging.stored_picture(clean.content)
            _make_renditions(image, picture, written, Rendition.Kind.values)
    except BaseException:
        _delete_files(written)
        image.pk = None
        raise
    return image


def image_focal_point_moved(image):
    """Make the crops again around the new focal point; drop the old files."""
    old = list(image.renditions.filter(kind=Rendition.Kind.SHARE))
    written = []
    try:
        with transaction.atomic():
            with default_storage.open(image.file.name) as source:
                picture = imaging.stored_picture(source.read())
            Rendition.objects.filter(pk__in=[r.pk for r in old]).delete()
            _make_renditions(image, picture, written, [Rendition.Kind.SHARE])
    except BaseException:
        _delete_files(written)
        raise
    old_names = [r.file.name for r in old]
    transaction.on_commit(lambda: _delete_files(old_names))


@receiver(pre_delete, sender=Image)
def delete_image_files(sender, instance, **kwargs):
    """Once the image's row is gone for good, remove its files."""
    names = [instance.file.name, *(r.file.name for r in instance.renditions.all())]
    transaction.on_commit(lambda: _delete_files(names))
