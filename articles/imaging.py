"""Pillow work for the media library: checking uploads and making renditions.

Nothing here trusts a file's name or declared type: an upload is accepted only
if Pillow decodes it completely as JPEG, PNG, WebP or GIF. Every file written
(the cleaned original and each rendition) is re-encoded from pixels alone, so
EXIF (GPS position included), XMP, comments and ICC profiles never reach the
public site. Colours an ICC profile describes are first converted to sRGB,
which browsers assume for an image without a profile, so they look the same.

The limits keep every upload request well inside gunicorn's 30 s timeout: the
work grows with the pixels decoded, so each file has a cap and a bulk upload a
budget for all of its files together (README, "Safe uploads").
"""

import io
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field

from PIL import Image, ImageCms, ImageOps

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# WebP, the format pages use, cannot encode a longer side; a rendition is never
# larger than its original, so neither may an upload be.
MAX_SIDE = 16_383
# A bulk upload takes this many files, and processes them in order while their
# pixels fit in the budget (one file at MAX_PIXELS does). A photo-sized file
# costs up to about 1.8 s of CPU, mostly its renditions; past that, about 0.1 s
# a megapixel. The worst mix allowed, six 6.6-megapixel PNG photos, took 10.6 s
# of CPU; one 40-megapixel WebP with a colour profile, 6.4 s.
MAX_BATCH_FILES = 6
MAX_BATCH_PIXELS = 40_000_000
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# Rendition widths for srcset; never wider than the original.
WIDTHS = (480, 960, 1600)
# Open Graph and Twitter cards: 1.91:1.
SHARE_SIZE = (1200, 630)
# Renditions up to this size (1600 px wide photos, portrait ones too) are
# encoded thoroughly, for smaller downloads; larger ones (of very tall images)
# and the originals, which are stored but not served, take the encoders' fast
# path: WebP's thorough method takes 10-20 s for 40 megapixels.
THOROUGH_ENCODING_MAX_PIXELS = 4_000_000

MIME_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}

SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class ImageRejected(ValueError):
    """An upload we do not store; the message is written for the editor."""


@dataclass
class CleanImage:
    """A checked upload, re-encoded without metadata, upright, in sRGB."""

    content: bytes
    format: str  # one of ACCEPTED_FORMATS
    width: int
    height: int
    # Its pixels, decoded once: renditions are made from them.
    picture: Image.Image | None = field(default=None, repr=False, compare=False)


def limits_text():
    """The per-file limits in words, for help texts."""
    return (
        f"at most {MAX_UPLOAD_BYTES // 1024 // 1024} MB, "
        f"{MAX_PIXELS // 1_000_000} megapixels and {MAX_SIDE:,} pixels on a side"
    )


def _looks_like_svg(head):
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in text


@contextmanager
def _reading(fileobj):
    """``Image.open``, with every way a file can fail to decode (there or in
    the block) turned into ImageRejected."""
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; refuse.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(fileobj, formats=ACCEPTED_FORMATS) as image:
                yield image
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


def check_upload(fileobj, *, size=None):
    """Check what needs no decoding (size, type, the dimensions in the header)
    and return ``(width, height)``, or raise ImageRejected. Quick for any file."""
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
    with _reading(fileobj) as image:
        width, height = image.size
    fileobj.seek(0)
    if width * height > MAX_PIXELS:
        raise ImageRejected(
            f"The image is {width} × {height} pixels "
            f"({width * height / 1e6:.0f} megapixels); the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels. Export it smaller."
        )
    if max(width, height) > MAX_SIDE:
        raise ImageRejected(
            f"The image is {width} × {height} pixels; images may be at most "
            f"{MAX_SIDE:,} pixels on a side. Crop it, or export it smaller."
        )
    return width, height


def clean_upload(fileobj, *, size=None):
    """Check an uploaded file and return it cleaned, or raise ImageRejected."""
    check_upload(fileobj, size=size)
    with _reading(fileobj) as image:
        image_format = image.format
        image.load()
        picture = in_srgb(_eight_bits(ImageOps.exif_transpose(image)))
    content = encode(picture, image_format, thorough=False)  # stored, not served
    return CleanImage(content, image_format, picture.width, picture.height, picture)


def _eight_bits(image):
    """16-bit grey (PNG) scaled to 8 bits: Pillow's own conversion clips it."""
    if image.mode not in ("I", "I;16", "I;16B", "I;16L"):
        return image
    eight = image.convert("I").point(lambda value: value / 257).convert("L")
    eight.info = image.info
    return eight


def in_srgb(image):
    """``image`` with the colours its ICC profile describes converted to sRGB,
    and without the profile (taken out of ``image.info``). A profile that
    cannot be used (damaged, or for other pixels than these) is dropped, as
    browsers ignore it too; one that calls itself sRGB needs no conversion."""
    icc = image.info.pop("icc_profile", None)
    if not icc:
        return image
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = profile.profile.xcolor_space.strip()
        if "srgb" in (profile.profile.profile_description or "").lower():
            return image
        converted = _converted(image, profile, space)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image
    if converted is None:
        return image
    converted.info.pop("icc_profile", None)  # the sRGB one Pillow attaches
    return converted


def _to_srgb(image, profile, output_mode):
    return ImageCms.profileToProfile(image, profile, SRGB, outputMode=output_mode)


def _converted(image, profile, space):
    if image.mode == "P" and space == "RGB":
        # Convert the palette's colours, not every pixel: cheap, and stays P.
        colours = image.getpalette("RGB")
        strip = Image.frombytes("RGB", (len(colours) // 3, 1), bytes(colours))
        converted = image.copy()
        converted.putpalette(_to_srgb(strip, profile, "RGB").tobytes(), "RGB")
        converted.info = dict(image.info)
        return converted
    if space == "RGB" and image.mode in ("RGB", "RGBA"):
        return _to_srgb(image, profile, image.mode)
    if space == "GRAY" and image.mode in ("L", "LA"):
        # Grey stays grey (R = G = B after the conversion), in one channel.
        grey = _to_srgb(image.getchannel("L"), profile, "RGB").convert("L")
        if image.mode == "LA":
            grey = Image.merge("LA", (grey, image.getchannel("A")))
        return grey
    if space == "CMYK" and image.mode == "CMYK":
        return _to_srgb(image, profile, "RGB")
    return None


def stored_picture(content):
    """The decoded pixels of a stored original, ready for renditions."""
    image = Image.open(io.BytesIO(content))
    image.load()
    return in_srgb(image)  # originals stored before profiles were dropped


def rendition_source(picture):
    """``picture`` in a mode that resizes in real colours."""
    if picture.mode in ("RGB", "RGBA", "L", "LA"):
        return picture
    if picture.mode in ("CMYK", "YCbCr"):
        return picture.convert("RGB")
    return picture.convert("RGBA")


def _pixels_only(image, image_format):
    """A copy holding pixels (and PNG or GIF transparency), nothing else."""
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image_format == "GIF" and image.mode not in ("P", "L"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        image = image.quantize(256, method=Image.Quantize.FASTOCTREE)
    elif image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGBA")
    clean = image.copy()
    transparency = image.info.get("transparency")
    clean.info = {}
    if transparency is not None and image_format in ("PNG", "GIF"):
        clean.info["transparency"] = transparency
    return clean


def encode(image, image_format, *, thorough=None):
    """Encode pixels alone in ``image_format``: no EXIF, XMP, comments or ICC
    profile (``image`` must already be in sRGB). ``thorough`` spends time on
    making the file smaller; by default, for files small enough to be quick."""
    clean = _pixels_only(image, image_format)
    if thorough is None:
        thorough = clean.width * clean.height <= THOROUGH_ENCODING_MAX_PIXELS
    options = {}
    if image_format == "JPEG":
        options = {"quality": 85}
        if thorough:
            options |= {"optimize": True, "progressive": True}
    elif image_format == "WEBP":
        if clean.mode == "P":
            clean = clean.convert("RGBA")
        options = {"quality": 80, "method": 4 if thorough else 1}
    elif image_format == "PNG":
        # Only ever an original (stored, not served) or the fallback for
        # browsers without WebP: zlib's best levels cost seconds a file.
        options = {"compress_level": 1}
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


def resized(picture, width):
    """``picture`` at ``width`` (never wider than it is), same aspect."""
    width = min(width, picture.width)
    height = max(1, round(picture.height * width / picture.width))
    if (width, height) == picture.size:
        return picture
    # Shrinking by a whole factor first, then resampling, is as sharp at
    # these ratios and several times quicker from tens of megapixels.
    return picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def make_rendition(picture, image_format, *, width, height=None, focal=(0.5, 0.5)):
    """Resize (and, given a height, crop around ``focal``) without upscaling.

    ``picture`` holds the pixels of a cleaned original, from
    ``rendition_source``. Returns the encoded bytes and the rendition's width
    and height.
    """
    if height is not None:
        picture = picture.crop(crop_box(*picture.size, width / height, *focal))
    picture = resized(picture, width)
    return encode(picture, image_format), picture.width, picture.height
