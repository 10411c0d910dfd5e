"""Storing the media library's files: uploads checked and cleaned, their
renditions, crops made again, files removed with their images.

Files go through ``STORAGES["default"]`` only (local ``media/`` or S3-compatible
object storage), opened and saved by name: no code here assumes a local path.
Renditions are made once, when an image is uploaded or its focal point moves,
and stored; pages print their stored URLs.
"""

import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from articles import imaging
from articles.caching import invalidation
from articles.models import Image, Rendition

logger = logging.getLogger(__name__)


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


def images_delete(images):
    """Delete ``images`` and their files. None is in use (articles protect
    theirs), so no page showed them, but the HTTP cache in front keeps a file
    for a year: their addresses are purged once the files are gone."""
    with transaction.atomic():
        ids = [image.pk for image in images]
        images = list(Image.objects.with_renditions().filter(pk__in=ids))
        urls = [
            url
            for image in images
            for url in (image.file.url, *(r.url for r in image.renditions.all()))
        ]
        Image.objects.filter(pk__in=ids).delete()
        # After the delete, whose files go first once it commits.
        invalidation.files_removed(urls)


def delete_image_files(sender, instance, **kwargs):
    """``pre_delete`` receiver for images, however deleted: once the image's
    row is gone for good, its files go."""
    names = [instance.file.name, *(r.file.name for r in instance.renditions.all())]
    transaction.on_commit(lambda: _delete_files(names))
