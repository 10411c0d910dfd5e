"""Import and export formats for articles: plain text and canonical Markdown.

Everything here is plain Python with no Django import; ``articles.services``
turns the resulting ``Document`` into models.
"""

import codecs
import os

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

__all__ = [
    "DEFAULT_FAQ_HEADING",
    "MAX_BYTES",
    "Bullet",
    "Document",
    "FAQEntry",
    "FormatError",
    "Section",
    "decode",
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


def parse(text: str, filename: str | None = None) -> Document:
    """Read an article, choosing the format from the file name's extension or,
    without one, from the content: front matter (``---``) means Markdown."""
    extension = os.path.splitext(filename or "")[1].lower()
    if extension in MARKDOWN_EXTENSIONS:
        return parse_markdown(text)
    if extension in PLAINTEXT_EXTENSIONS:
        return parse_plaintext(text)
    first_line = normalise_newlines(text).split("\n", 1)[0]
    if first_line.rstrip() == "---":
        return parse_markdown(text)
    return parse_plaintext(text)
