"""Import and export formats for articles: plain text and canonical Markdown.

Everything here is plain Python with no Django import; ``articles.services``
turns the resulting ``Document`` into models.
"""

import codecs
import os
import re

from .document import (
    DEFAULT_FAQ_HEADING,
    Bullet,
    Document,
    FAQEntry,
    FormatError,
    Section,
)
from .markdown import parse_markdown, write_markdown
from .plaintext import normalise_newlines, parse_plaintext, write_plaintext

MAX_BYTES = 1_000_000
MARKDOWN_EXTENSIONS = (".md", ".markdown")
PLAINTEXT_EXTENSIONS = (".txt",)
MARKDOWN, PLAINTEXT = "markdown", "plaintext"
FORMAT_NAMES = {MARKDOWN: "Markdown", PLAINTEXT: "plain text"}

# An opening or closing tag, or a doctype; not a comment (Markdown's markers).
_HTML_START = re.compile(r"</?[a-z][a-z0-9]*(?=[\s/>])|<!doctype\b", re.IGNORECASE)
# Headings only Markdown has: "# Title", "## Section", "### Question?".
_MARKDOWN_HEADING = re.compile(r"^#{1,3}(?: |$)", re.MULTILINE)

__all__ = [
    "DEFAULT_FAQ_HEADING",
    "MAX_BYTES",
    "Bullet",
    "Document",
    "FORMAT_NAMES",
    "MARKDOWN",
    "PLAINTEXT",
    "FAQEntry",
    "FormatError",
    "Section",
    "decode",
    "detect_format",
    "parse",
    "parse_markdown",
    "parse_plaintext",
    "write_markdown",
    "write_plaintext",
]


def decode(data: bytes) -> str:
    """Turn an uploaded file into text: UTF-8 (a BOM is allowed), with line
    endings normalised to ``\\n``. Raise FormatError for anything else."""
    if len(data) > MAX_BYTES:
        raise FormatError("The file is larger than 1 MB")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FormatError("The file is saved as UTF-16: save it as UTF-8 and try again")
    if b"\x00" in data:
        raise FormatError(
            "the file contains binary data, not text: upload a .txt or .md file",
            _line_of(data, data.index(b"\x00")),
        )
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        raise FormatError(
            f"the file is not UTF-8 text (byte 0x{data[offset]:02X} at offset "
            f"{offset} cannot be read): save it as UTF-8 and try again",
            _line_of(data, offset),
        ) from None
    return normalise_newlines(text)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def detect_format(text: str, filename: str | None = None) -> str:
    """MARKDOWN or PLAINTEXT: from the file name's extension or, without one,
    from the content: front matter (``---``) or Markdown headings (``#``,
    ``##``, ``###`` at the start of a line) mean Markdown."""
    extension = os.path.splitext(filename or "")[1].lower()
    if extension in MARKDOWN_EXTENSIONS:
        return MARKDOWN
    if extension in PLAINTEXT_EXTENSIONS:
        return PLAINTEXT
    text = normalise_newlines(text)
    if text.split("\n", 1)[0].rstrip() == "---" or _MARKDOWN_HEADING.search(text):
        return MARKDOWN
    return PLAINTEXT


def parse(text: str, filename: str | None = None) -> Document:
    """Read an article in the format ``detect_format`` finds. HTML (a web
    page's source, pasted) is refused: neither format can read it."""
    lines = normalise_newlines(text).split("\n")
    number, first = next(
        ((n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()),
        (None, ""),
    )
    if _HTML_START.match(first):
        raise FormatError(
            "this is HTML, which cannot be imported: paste the article as plain "
            "text (its title on the first line) or as Markdown",
            number,
        )
    if detect_format(text, filename) == MARKDOWN:
        return parse_markdown(text)
    return parse_plaintext(text)
