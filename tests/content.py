"""Test content made the way the site makes it: articles rendered as the write
services render them, pictures encoded as uploads arrive."""

import io

from articles.models import Article
from articles.rendering import STORED_FIELDS
from articles.services import articles_render


def rendered(article):
    """``article`` with its stored parts rendered and stored again, as the
    write services do after a change, read back."""
    articles_render(Article.objects.filter(pk=article.pk))
    article.refresh_from_db(fields=STORED_FIELDS)
    return article


def picture_bytes(image_format="JPEG", size=(2000, 1500), **save_options):
    """An encoded test picture: a gradient with a red square near the top left,
    so that crops and rotations can be told apart."""
    from PIL import Image as PillowImage

    width, height = size
    picture = PillowImage.linear_gradient("L").resize(size).convert("RGB")
    square = max(4, width // 10)
    picture.paste((255, 0, 0), (square, square, 2 * square, 2 * square))
    if image_format in ("GIF",):
        picture = picture.convert("P", palette=PillowImage.Palette.ADAPTIVE)
    output = io.BytesIO()
    picture.save(output, format=image_format, **save_options)
    return output.getvalue()


def large_document(**changes):
    """A 50-section article with six bullet points a section and 30 FAQ
    entries, as a ``Document`` to import (``changes`` replace its fields)."""
    from articles.formats.document import Bullet, Document, FAQEntry, Section

    fields = {
        "title": "The large guide",
        "slug": "large-guide",
        "lead": "Everything about the city.",
        "sections": [
            Section(
                heading=f"Chapter {n}",
                body="First paragraph.\n\nSecond.\n\nThird.\n\nFourth.",
                bullets=[
                    Bullet(label=f"Point {m}", text=f"Detail {m} of chapter {n}.")
                    for m in range(6)
                ],
            )
            for n in range(50)
        ],
        "faqs": [
            FAQEntry(question=f"Question {n}?", answer="An answer.") for n in range(30)
        ],
        "closing": "The end.",
        "status": "published",
        "authors": ["Ana Reporter"],
    }
    return Document(**fields | changes)
