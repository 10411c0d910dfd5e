"""Pillow work for the media library: checking uploads and making renditions.

Nothing here trusts a file's name or declared type: an upload is accepted only
if Pillow decodes it completely as JPEG, PNG, WebP or GIF. Every file written
(the cleaned original and each rendition) is re-encoded from pixels alone, so
EXIF (GPS position included), XMP and comments never reach the public site.
"""

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# Rendition widths for srcset; never wider than the original.
WIDTHS = (480, 960, 1600)
# Open Graph and Twitter cards: 1.91:1.
SHARE_SIZE = (1200, 630)

MIME_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


class ImageRejected(ValueError):
    """An upload we do not store; the message is written for the editor."""


@dataclass
class CleanImage:
    """A checked upload, re-encoded without metadata and upright."""

    content: bytes
    format: str  # one of ACCEPTED_FORMATS
    width: int
    height: int


def _looks_like_svg(head):
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in text


def clean_upload(fileobj, *, size=None):
    """Check an uploaded file and return it cleaned, or raise ImageRejected."""
    if size is None:
        fileobj.seek(0, io.SEEK_END)
        size = fileobj.tell()
    if size == 0:
        raise ImageRejected("The file is empty.")
    if size > MAX_UPLOAD_BYTES:
        raise ImageRejected(
            f"The file is {size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB. Export a smaller JPEG or WebP."
        )
    fileobj.seek(0)
    if _looks_like_svg(fileobj.read(512)):
        raise ImageRejected(
            "SVG files are not accepted (they can carry scripts). "
            "Upload a PNG, JPEG, WebP or GIF instead."
        )
    fileobj.seek(0)
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; refuse.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(fileobj, formats=ACCEPTED_FORMATS) as image:
                image_format = image.format
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageRejected(
                        f"The image is {width} × {height} pixels "
                        f"({width * height / 1e6:.0f} megapixels); the limit is "
                        f"{MAX_PIXELS // 1_000_000} megapixels."
                    )
                image.load()
                upright = ImageOps.exif_transpose(image)
        except ImageRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected(
                "The image declares more pixels than we accept "
                f"({MAX_PIXELS // 1_000_000} megapixels at most)."
            ) from None
        except Image.UnidentifiedImageError:
            raise ImageRejected(
                "This is not a JPEG, PNG, WebP or GIF image (whatever its "
                "name says). Upload one of those formats."
            ) from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise ImageRejected(
                "The image is damaged or incomplete and cannot be read. "
                "Export it again and upload the new file."
            ) from None
    content = encode(upright, image_format)
    return CleanImage(content, image_format, upright.width, upright.height)


def _pixels_only(image, image_format):
    """A copy holding pixels (and the colour profile), nothing else."""
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image_format == "GIF" and image.mode not in ("P", "L"):
        image = image.convert("P", palette=Image.Palette.ADAPTIVE)
    elif image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGBA")
    clean = image.copy()
    icc_profile = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    clean.info = {}
    if icc_profile:
        clean.info["icc_profile"] = icc_profile
    if transparency is not None and image_format in ("PNG", "GIF"):
        clean.info["transparency"] = transparency
    return clean


def encode(image, image_format):
    """Encode pixels alone in ``image_format``: no EXIF, XMP or comments."""
    clean = _pixels_only(image, image_format)
    options = {}
    if image_format == "JPEG":
        options = {"quality": 85, "optimize": True, "progressive": True}
    elif image_format == "WEBP":
        if clean.mode == "P":
            clean = clean.convert("RGBA")
        options = {"quality": 80, "method": 4}
    elif image_format == "PNG":
        options = {"optimize": True}
    if clean.info.get("icc_profile"):
        options["icc_profile"] = clean.info["icc_profile"]
    if "transparency" in clean.info:
        options["transparency"] = clean.info["transparency"]
    output = io.BytesIO()
    clean.save(output, format=image_format, **options)
    return output.getvalue()


def crop_box(width, height, ratio, focal_x, focal_y):
    """The largest box of aspect ``ratio`` inside the image, centred on the
    focal point (fractions of width and height) as far as the edges allow."""
    if width / height > ratio:
        box_width, box_height = round(height * ratio), height
    else:
        box_width, box_height = width, round(width / ratio)
    left = min(max(round(focal_x * width - box_width / 2), 0), width - box_width)
    top = min(max(round(focal_y * height - box_height / 2), 0), height - box_height)
    return (left, top, left + box_width, top + box_height)


def make_rendition(source, image_format, *, width, height=None, focal=(0.5, 0.5)):
    """Resize (and, given a height, crop around ``focal``) without upscaling.

    ``source`` is a file object of a cleaned original. Returns the encoded
    bytes and the rendition's width and height.
    """
    with Image.open(source) as image:
        image.load()
        if image.mode == "P":
            image = image.convert("RGBA")
        if height is not None:
            image = image.crop(crop_box(*image.size, width / height, *focal))
        target_width = min(width, image.width)
        target_height = max(1, round(image.height * target_width / image.width))
        if (target_width, target_height) != image.size:
            image = image.resize(
                (target_width, target_height), Image.Resampling.LANCZOS
            )
        return encode(image, image_format), image.width, image.height
