"""Pictures: the ``<picture>`` data of a figure, a card's thumbnail and the
share image, from an image's (prefetched) renditions."""

# Lossy formats hold photographs, which dark mode dims a little; PNG and GIF
# hold diagrams and drawings, shown as drawn.
PHOTO_FORMATS = {"JPEG", "WEBP"}
# The article column is 38rem wide, less its padding on small screens.
FIGURE_SIZES = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"


def _srcset(renditions):
    return ", ".join(f"{r.url} {r.width}w" for r in renditions)


def _picture(image, sizes):
    """The ``<picture>`` parts for ``image``, from its (prefetched)
    renditions: WebP first, the original's format as fallback; None if it
    has no renditions."""
    by_width = sorted(
        (r for r in image.renditions.all() if r.kind == "width"),
        key=lambda r: r.width,
    )
    webp = [r for r in by_width if r.format == "WEBP"]
    fallback = [r for r in by_width if r.format == image.format]
    if not fallback:
        return None
    default = fallback[min(1, len(fallback) - 1)]
    return {
        "sources": [] if image.format == "WEBP" else [_srcset(webp)],
        "src": default.url,
        "smallest": fallback[0].url,
        "srcset": _srcset(fallback),
        "sizes": sizes,
        "width": default.width,
        "height": default.height,
        "photo": image.format in PHOTO_FORMATS,
    }


def figure(image, *, eager=False):
    """What ``includes/figure.html`` needs to show ``image``."""
    picture = _picture(image, FIGURE_SIZES)
    if picture is None:
        return None
    del picture["smallest"]
    return picture | {
        "alt": "" if image.is_decorative else image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "eager": eager,
    }


IMAGE_TYPES = {"WEBP": "image/webp", "JPEG": "image/jpeg", "PNG": "image/png"}


def lead_image_preload(image):
    """The ``<link rel="preload">`` of a lead image: the source a browser
    picks first (WebP), typed, so one that cannot show it fetches nothing
    twice; {} without a picture."""
    picture = _picture(image, FIGURE_SIZES) if image is not None else None
    if picture is None:
        return {}
    if picture["sources"] and picture["sources"][0]:
        return {
            "type": "image/webp",
            "srcset": picture["sources"][0],
            "sizes": FIGURE_SIZES,
        }
    return {
        "type": IMAGE_TYPES.get(image.format, ""),
        "srcset": picture["srcset"],
        "sizes": FIGURE_SIZES,
    }


CARD_SIZES = "(min-width: 40rem) 10rem, 6rem"


def card_image(image):
    """A list card's thumbnail (the lead image), or {} without one. Its alt
    text is empty: the card's headline, next to it, says what it is about."""
    picture = _picture(image, CARD_SIZES) if image is not None else None
    if picture is None:
        return {}
    picture["src"] = picture.pop("smallest")
    return picture


def share_image_data(image):
    """The 1200×630 crop for Open Graph, Twitter and JSON-LD, or None."""
    if image is None:
        return None
    for rendition in image.renditions.all():
        if rendition.kind == "share":
            return {
                "url": rendition.url,
                "width": rendition.width,
                "height": rendition.height,
                "type": rendition.mime_type,
                "alt": "" if image.is_decorative else image.alt_text,
            }
    return None
