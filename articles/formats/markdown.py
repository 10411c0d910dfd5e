"""The canonical Markdown article format, described in docs/markdown-format.md.

``write_markdown`` always produces the canonical form and ``parse_markdown``
reads it back to an equal Document. Files without front matter are read as
hand-written Markdown: the title comes from a first ``# Title`` line and
``- Label: text`` bullets are labelled as in the plain-text format.
"""

import re
from dataclasses import dataclass, field

from .document import (
    DEFAULT_FAQ_HEADING,
    Bullet,
    Document,
    FAQEntry,
    FormatError,
    Section,
)
from .frontmatter import split_front_matter, write_front_matter
from .plaintext import is_bullet, is_faq_heading, normalise_newlines, split_label

FAQ_MARKER = "<!-- faq -->"
CLOSING_MARKER = "<!-- closing -->"
AFTER_LIST_MARKER = "<!-- after-list -->"

_MARKER = re.compile(r"<!--\s*(faq|closing|after-list)\s*-->", re.IGNORECASE)
# A section's image, by its media-library key, directly under the heading.
_IMAGE_MARKER = re.compile(r"<!--\s*image:\s*(.*?)\s*-->", re.IGNORECASE)
# "**Label:** text", also "**Label**: text"; a label cannot contain "*".
_BOLD_LABEL = re.compile(r"\*\*([^*]+?)(?::\*\*|\*\*:)(?:\s+(.*))?")


def write_markdown(doc: Document) -> str:
    """Write an article in the canonical Markdown form."""
    blocks = [doc.lead]
    for section in doc.sections:
        blocks += [
            f"## {section.heading}",
            f"<!-- image: {section.image} -->" if section.image else "",
            section.body,
            "\n".join(_bullet_line(bullet) for bullet in section.bullets),
        ]
        if section.body_after_list and not section.bullets:
            blocks.append(AFTER_LIST_MARKER)
        blocks.append(section.body_after_list)
    if doc.faqs:
        blocks.append(f"{FAQ_MARKER}\n## {doc.faq_heading}")
        for faq in doc.faqs:
            blocks += [f"### {faq.question}", faq.answer]
    if doc.closing:
        blocks += [CLOSING_MARKER, doc.closing]
    body = "\n\n".join(block for block in blocks if block)
    return write_front_matter(doc) + (f"\n{body}\n" if body else "")


def _bullet_line(bullet: Bullet) -> str:
    text = bullet.text.replace("\n", "\n  ")
    if bullet.label:
        return f"- **{bullet.label}:** {text}".rstrip(" ")
    return f"- {text}".rstrip(" ")


def parse_markdown(text: str) -> Document:
    """Read an article in Markdown; raise FormatError if it cannot be read.

    The canonical form is read exactly. Without front matter the file must
    start with a ``# Title`` line and is read leniently (see module docstring).
    """
    text = normalise_newlines(text)
    if not text.strip():
        raise FormatError(
            "The text is empty: start with front matter ('---') or a '# Title' line"
        )
    fields, body = split_front_matter(list(enumerate(text.split("\n"), 1)))
    has_front_matter = fields is not None
    fields = fields or {}
    title, body = _take_title(fields.pop("title", None), body, has_front_matter)

    reader = _BodyReader(body, lenient=not has_front_matter)
    reader.read()
    faq_heading = fields.pop("faq_heading", None)
    if reader.faq_heading is not None:
        if faq_heading is not None and faq_heading != reader.faq_heading:
            raise FormatError(
                f"the FAQ heading '{reader.faq_heading}' differs from faq_heading "
                f"'{faq_heading}' in the front matter: make them the same or remove "
                "faq_heading",
                reader.faq_heading_line,
            )
        faq_heading = reader.faq_heading
    return Document(
        title=title,
        lead=_prose(reader.lead),
        sections=[section.to_section(reader.lenient) for section in reader.sections],
        faq_heading=DEFAULT_FAQ_HEADING if faq_heading is None else faq_heading,
        faqs=[question.to_entry() for question in reader.questions],
        closing=_prose(reader.closing or []),
        **fields,
    )


def _take_title(
    title: str | None, body: list[tuple[int, str]], has_front_matter: bool
) -> tuple[str, list[tuple[int, str]]]:
    """The title, from the front matter or a first ``# Title`` line (removed)."""
    first = next((index for index, (_, line) in enumerate(body) if line.strip()), None)
    number, line = body[first] if first is not None else (None, "")
    if line.rstrip() == "#" or line.startswith("# "):
        if title is not None:
            raise FormatError(
                "the title is set twice, in the front matter and here: keep one",
                number,
            )
        title = line[1:].strip()
        if not title:
            raise FormatError("the title is empty: write it after '# '", number)
        return title, body[first + 1 :]
    if title is None:
        if has_front_matter:
            raise FormatError(
                "the front matter has no title: add a line such as "
                'title: "The article\'s title"',
                1,
            )
        raise FormatError(
            "a Markdown file needs front matter ('---') or a first line '# Title'",
            number,
        )
    return title, body


@dataclass
class _SectionLines:
    heading: str
    body: list[str] = field(default_factory=list)
    bullets: list[list[str]] = field(default_factory=list)
    after_list: list[str] = field(default_factory=list)
    in_after_list: bool = False
    in_bullet: bool = False
    image: str = ""

    def to_section(self, lenient: bool) -> Section:
        return Section(
            heading=self.heading,
            image=self.image,
            body=_prose(self.body),
            bullets=[_bullet(lines, lenient) for lines in self.bullets],
            body_after_list=_prose(self.after_list),
        )


@dataclass
class _QuestionLines:
    line: int
    question: str
    answer: list[str] = field(default_factory=list)

    def to_entry(self) -> FAQEntry:
        answer = _prose(self.answer)
        for prefix in ("**A:**", "A:"):
            if answer.startswith(prefix):
                answer = answer.removeprefix(prefix).strip()
                break
        if not answer:
            raise FormatError("the question has no answer: write it below", self.line)
        return FAQEntry(question=self.question, answer=answer)


class _BodyReader:
    """Sorts the lines after the front matter into lead, sections, FAQ and
    closing. Structure is only recognised at the start of a line."""

    def __init__(self, lines: list[tuple[int, str]], lenient: bool):
        self.lines = lines
        self.lenient = lenient
        self.lead: list[str] = []
        self.sections: list[_SectionLines] = []
        self.faq_marker_line: int | None = None
        self.faq_heading: str | None = None
        self.faq_heading_line: int | None = None
        self.questions: list[_QuestionLines] = []
        self.closing: list[str] | None = None

    def read(self) -> None:
        for index, (number, line) in enumerate(self.lines):
            self._read_line(index, number, line)
        if self.faq_marker_line is not None:
            raise _marker_without_heading(self.faq_marker_line)
        if self.faq_heading is not None and not self.questions:
            raise FormatError(
                "the FAQ has no questions: write each question as a '### ' heading",
                self.faq_heading_line,
            )

    def _read_line(self, index: int, number: int, line: str) -> None:
        stripped = line.rstrip()
        marker = _MARKER.fullmatch(stripped)
        heading = _heading(stripped)
        if heading == "" and self.closing is None:
            raise FormatError("the heading is empty: write it after '## '", number)
        if self.closing is not None:
            if marker:
                raise FormatError(
                    f"'{stripped}' cannot come after '{CLOSING_MARKER}': the "
                    "closing paragraphs end the article",
                    number,
                )
            self.closing.append(line)
        elif self.faq_marker_line is not None:
            if stripped:
                if heading is None:
                    raise _marker_without_heading(self.faq_marker_line)
                self._start_faq(heading, number)
        elif marker:
            self._read_marker(marker[1].lower(), number)
        elif image := _IMAGE_MARKER.fullmatch(stripped):
            self._read_image(image[1], number)
        elif heading is not None:
            self._read_heading(index, number, heading)
        elif self.faq_heading is not None:
            self._read_faq_line(number, line, stripped)
        elif self.sections:
            self._read_section_line(self.sections[-1], number, line, stripped)
        else:
            self.lead.append(line)

    def _read_marker(self, kind: str, number: int) -> None:
        if kind == "closing":
            self.closing = []
        elif kind == "faq":
            if self.faq_heading is not None:
                raise FormatError(
                    f"the article already has an FAQ: use one '{FAQ_MARKER}'", number
                )
            self.faq_marker_line = number
        else:
            section = self.sections[-1] if self.sections else None
            if self.faq_heading is not None or not section or section.in_after_list:
                raise FormatError(
                    f"'{AFTER_LIST_MARKER}' belongs in a section, once, just before "
                    "the paragraphs that follow its list",
                    number,
                )
            section.in_after_list, section.in_bullet = True, False

    def _read_image(self, key: str, number: int) -> None:
        section = self.sections[-1] if self.sections else None
        if (
            section is None
            or self.faq_heading is not None
            or section.image
            or section.bullets
            or section.in_after_list
            or any(line.strip() for line in section.body)
        ):
            raise FormatError(
                "'<!-- image: … -->' goes directly under a section's heading, once "
                "per section (the lead image goes in the front matter as lead_image)",
                number,
            )
        if not key or any(char.isspace() for char in key):
            raise FormatError(
                "write the image's key from the media library, like "
                "'<!-- image: 3f2a9c1b7e4d5a60 -->'",
                number,
            )
        section.image = key

    def _read_heading(self, index: int, number: int, heading: str) -> None:
        if self.faq_heading is not None:
            raise FormatError(
                f"'## {heading}' comes after the FAQ: sections must come before "
                "the questions",
                number,
            )
        if is_faq_heading(heading) and self._question_follows(index):
            self._start_faq(heading, number)
        else:
            self.sections.append(_SectionLines(heading))

    def _start_faq(self, heading: str, number: int) -> None:
        self.faq_heading, self.faq_heading_line = heading, number
        self.faq_marker_line = None

    def _question_follows(self, index: int) -> bool:
        for _, line in self.lines[index + 1 :]:
            if line.strip():
                return _question(line.rstrip()) is not None
        return False

    def _read_faq_line(self, number: int, line: str, stripped: str) -> None:
        question = _question(stripped)
        if question is not None:
            if not question:
                raise FormatError(
                    "the question is empty: write it after '### '", number
                )
            self.questions.append(_QuestionLines(number, question))
        elif self.questions:
            self.questions[-1].answer.append(line)
        elif stripped:
            raise FormatError(
                "write each question of the FAQ as a '### ' heading, such as "
                "'### How much does it cost?'",
                number,
            )

    def _read_section_line(
        self, section: _SectionLines, number: int, line: str, stripped: str
    ) -> None:
        if is_bullet(stripped):
            if section.in_after_list:
                raise FormatError(
                    "a section can hold one bullet list: start a new heading before "
                    "the second list",
                    number,
                )
            section.bullets.append([stripped[1:].strip()])
            section.in_bullet = True
        elif not stripped:
            section.in_bullet = False
            if section.in_after_list:
                section.after_list.append(line)
            elif not section.bullets:
                section.body.append(line)
        elif section.in_bullet:
            # Continuation of the bullet's text: canonical lines are indented by two.
            section.bullets[-1].append(
                line[2:] if line.startswith("  ") else line.lstrip()
            )
        elif section.bullets or section.in_after_list:
            section.in_after_list = True
            section.after_list.append(line)
        else:
            section.body.append(line)


def _heading(line: str) -> str | None:
    """The text of a ``## `` heading line, or None for other lines."""
    if line == "##" or line.startswith("## "):
        return line[2:].strip()
    return None


def _question(line: str) -> str | None:
    """The question on a ``### ``, ``Q:`` or ``**Q:**`` line, or None."""
    if line == "###" or line.startswith("### "):
        return line[3:].strip()
    for prefix in ("**Q:**", "Q:"):
        if line.startswith(prefix):
            return line.removeprefix(prefix).strip()
    return None


def _marker_without_heading(number: int) -> FormatError:
    return FormatError(
        f"'{FAQ_MARKER}' must be followed by the FAQ heading, such as "
        f"'## {DEFAULT_FAQ_HEADING}'",
        number,
    )


def _bullet(lines: list[str], lenient: bool) -> Bullet:
    first, continuation = lines[0], lines[1:]
    match = _BOLD_LABEL.fullmatch(first)
    if match:
        bullet = Bullet(text=match[2] or "", label=match[1].strip())
    elif lenient:
        bullet = split_label(first)
    else:
        bullet = Bullet(text=first)
    bullet.text = "\n".join([bullet.text, *continuation]).strip()
    return bullet


def _prose(lines: list[str]) -> str:
    """Join lines into paragraphs separated by exactly one blank line."""
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return "\n\n".join(paragraphs).strip()
