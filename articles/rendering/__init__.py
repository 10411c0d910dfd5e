"""Rendering: Markdown to sanitised HTML (``sanitise``), an article to every
part stored with it (``article``), and the pictures in them (``pictures``).

The names below are what the rest of the project uses; import them from here.
"""

from .article import STORED_FIELDS, render_article, section_anchors
from .sanitise import (
    blocked_images,
    csp_allows,
    render_markdown,
    render_markdown_inline,
)

__all__ = [
    "STORED_FIELDS",
    "blocked_images",
    "csp_allows",
    "render_article",
    "render_markdown",
    "render_markdown_inline",
    "section_anchors",
]
