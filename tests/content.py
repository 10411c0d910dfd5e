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
