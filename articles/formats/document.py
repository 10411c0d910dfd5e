"""A plain, Django-free representation of an article.

The import and export formats translate text to and from a ``Document``;
``articles.services`` translates a ``Document`` to and from models. Every
prose field holds Markdown exactly as the editor wrote it, paragraphs
separated by one blank line.
"""

from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_FAQ_HEADING = "Frequently Asked Questions"


@dataclass
class Bullet:
    text: str
    label: str = ""


@dataclass
class Section:
    heading: str
    body: str = ""
    bullets: list[Bullet] = field(default_factory=list)
    body_after_list: str = ""
    image: str = ""  # the key of an image in the media library


@dataclass
class FAQEntry:
    question: str
    answer: str


@dataclass
class Document:
    title: str
    slug: str = ""
    standfirst: str = ""
    lead: str = ""
    sections: list[Section] = field(default_factory=list)
    faq_heading: str = DEFAULT_FAQ_HEADING
    faqs: list[FAQEntry] = field(default_factory=list)
    closing: str = ""
    status: str = "draft"
    publish_at: datetime | None = None
    unpublish_at: datetime | None = None
    authors: list[str] = field(default_factory=list)  # display names, in order
    topic: str = ""  # its name
    tags: list[str] = field(default_factory=list)  # names, in order
    lead_image: str = ""  # the key of an image in the media library
    # Search and sharing; empty means the default (title, standfirst, lead image).
    seo_title: str = ""
    meta_description: str = ""
    social_image: str = ""  # the key of an image in the media library

    def image_keys(self) -> set[str]:
        """The keys of the media-library images it shows or shares."""
        keys = {self.lead_image, self.social_image, *(s.image for s in self.sections)}
        return keys - {""}


class FormatError(ValueError):
    """Text that cannot be read as an article; ``line`` is 1-based, or None."""

    def __init__(self, message, line=None):
        self.message = message
        self.line = line
        super().__init__(f"Line {line}: {message}" if line else message)
