"""The plain-text article format: one block per line, structure from line shapes.

The first non-empty line is the title. A line is a heading when it is not a
bullet or a ``Q:``/``A:`` line, has at most 15 words and does not end like a
sentence; every other line is a paragraph. Bullets start with ``- ``; a
heading named "Frequently Asked Questions", "FAQ" or "FAQs" starts the
``Q:``/``A:`` pairs, and the lines after the last answer are the closing.
Blank lines are ignored and text is kept exactly as written.
"""

from dataclasses import dataclass, field

from .document import (
    DEFAULT_FAQ_HEADING,
    Bullet,
    Document,
    FAQEntry,
    FormatError,
    Section,
)

FAQ_HEADINGS = ("frequently asked questions", "faq", "faqs")
MAX_HEADING_WORDS = 15
MAX_LABEL_WORDS = 8
SENTENCE_ENDINGS = (".", "!", "?", ":", ";", "…")
CLOSING_QUOTES_AND_BRACKETS = "\"'”’»)]}"


def normalise_newlines(text: str) -> str:
    """Drop a leading BOM and turn Windows and old Mac line endings into ``\\n``."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def is_faq_heading(text: str) -> bool:
    """Whether a heading names the FAQ ("FAQ", "FAQs" or "Frequently Asked
    Questions", in any letter case)."""
    return text.strip().casefold() in FAQ_HEADINGS


def is_bullet(line: str) -> bool:
    """Whether a line is a ``- `` list item."""
    return line == "-" or line.startswith("- ")


def looks_like_heading(line: str) -> bool:
    """Rule 2 of the plain-text format: short and not ending like a sentence."""
    if is_bullet(line) or line.startswith(("Q:", "A:")):
        return False
    if len(line.split()) > MAX_HEADING_WORDS:
        return False
    return not line.rstrip(CLOSING_QUOTES_AND_BRACKETS).endswith(SENTENCE_ENDINGS)


def split_label(content: str) -> Bullet:
    """Read ``Label: text`` as a labelled bullet when the label has at most 8
    words; otherwise the whole content is the bullet's text."""
    label, colon, text = content.partition(": ")
    label, text = label.strip(), text.strip()
    if colon and label and text and len(label.split()) <= MAX_LABEL_WORDS:
        return Bullet(text=text, label=label)
    return Bullet(text=content)


@dataclass
class _SectionLines:
    heading: str
    body: list[str] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    after_list: list[str] = field(default_factory=list)

    def to_section(self) -> Section:
        return Section(
            heading=self.heading,
            body="\n\n".join(self.body),
            bullets=self.bullets,
            body_after_list="\n\n".join(self.after_list),
        )


def parse_plaintext(text: str) -> Document:
    """Read an article in the plain-text format; raise FormatError if it cannot."""
    lines = [
        (number, line.strip())
        for number, line in enumerate(normalise_newlines(text).split("\n"), 1)
        if line.strip()
    ]
    if not lines:
        raise FormatError(
            "The text is empty: the first line must be the article's title"
        )

    lead, sections, faq_heading, faqs, closing = _read_blocks(lines[1:])
    return Document(
        title=lines[0][1],
        lead="\n\n".join(lead),
        sections=[section.to_section() for section in sections],
        faq_heading=faq_heading or DEFAULT_FAQ_HEADING,
        faqs=faqs,
        closing="\n\n".join(closing),
    )


def _read_blocks(lines: list[tuple[int, str]]) -> tuple:
    """Sort the numbered lines after the title into lead paragraphs, sections,
    the FAQ heading (None without an FAQ), its entries and the closing."""
    lead, sections, faqs, closing = [], [], [], []
    faq_heading = faq_heading_line = None
    question = None  # (line number, text) of a question waiting for its answer
    for number, line in lines:
        if question:
            faqs.append(_answer(question, number, line))
            question = None
        elif faq_heading is not None:
            if line.startswith("Q:"):
                question = _question(number, line, closing)
            elif line.startswith("A:"):
                raise FormatError(
                    "'A:' has no question: the line before must start with 'Q:'",
                    number,
                )
            elif not faqs:
                raise _faq_without_questions(faq_heading, faq_heading_line)
            else:
                closing.append(line)
        elif line.startswith(("Q:", "A:")):
            raise FormatError(
                f"'{line[:2]}' lines belong in the FAQ: put a 'Frequently Asked "
                "Questions' heading above the first question",
                number,
            )
        elif is_bullet(line):
            if not sections:
                raise FormatError(
                    "a bullet list must come after a section heading, not in the lead",
                    number,
                )
            _add_bullet(sections[-1], line, number)
        elif looks_like_heading(line):
            if is_faq_heading(line):
                faq_heading, faq_heading_line = line, number
            else:
                sections.append(_SectionLines(line))
        elif not sections:
            lead.append(line)
        elif sections[-1].bullets:
            sections[-1].after_list.append(line)
        else:
            sections[-1].body.append(line)
    if question:
        raise _question_without_answer(question[0])
    if faq_heading is not None and not faqs:
        raise _faq_without_questions(faq_heading, faq_heading_line)
    return lead, sections, faq_heading, faqs, closing


def _add_bullet(section: _SectionLines, line: str, number: int) -> None:
    if section.after_list:
        raise FormatError(
            "a section can hold one bullet list: start a new heading before "
            "the second list",
            number,
        )
    content = line[1:].strip()
    if not content:
        raise FormatError("the bullet is empty: write its text after '- '", number)
    section.bullets.append(split_label(content))


def _question(number: int, line: str, closing: list[str]) -> tuple[int, str]:
    if closing:
        raise FormatError("questions must come before the closing paragraphs", number)
    question = line[2:].strip()
    if not question:
        raise FormatError("the question is empty: write it after 'Q:'", number)
    return number, question


def _answer(question: tuple[int, str], number: int, line: str) -> FAQEntry:
    """The answer on the line after a question, which must start with ``A:``."""
    question_line, question_text = question
    if not line.startswith("A:"):
        raise _question_without_answer(question_line)
    answer = line[2:].strip()
    if not answer:
        raise FormatError("the answer is empty: write it after 'A:'", number)
    return FAQEntry(question=question_text, answer=answer)


def _question_without_answer(number: int) -> FormatError:
    return FormatError("'Q:' has no answer: the next line must start with 'A:'", number)


def _faq_without_questions(heading: str, number: int) -> FormatError:
    return FormatError(
        f"'{heading}' starts the questions, so the next line must start with 'Q:'",
        number,
    )


def write_plaintext(doc: Document) -> str:
    """Write an article in the plain-text format.

    Standfirst, slug, status and publish date have no place in plain text and
    are left out; paragraphs are written one per line.
    """
    blocks = [[doc.title], _paragraphs(doc.lead)]
    for section in doc.sections:
        blocks.append(
            [
                section.heading,
                *_paragraphs(section.body),
                *(_bullet_line(bullet) for bullet in section.bullets),
                *_paragraphs(section.body_after_list),
            ]
        )
    if doc.faqs:
        heading = doc.faq_heading
        if not is_faq_heading(heading):
            # Any other heading would not start the FAQ when read back.
            heading = DEFAULT_FAQ_HEADING
        blocks.append([heading])
        for faq in doc.faqs:
            answer = " ".join(_paragraphs(faq.answer))
            blocks.append([f"Q: {_one_line(faq.question)}", f"A: {answer}"])
    blocks.append(_paragraphs(doc.closing))
    return "\n\n".join("\n".join(block) for block in blocks if block) + "\n"


def _paragraphs(prose: str) -> list[str]:
    """Split Markdown prose into paragraphs, each collapsed onto one line."""
    return [
        _one_line(paragraph) for paragraph in prose.split("\n\n") if paragraph.strip()
    ]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def _bullet_line(bullet: Bullet) -> str:
    text = _one_line(bullet.text)
    return f"- {bullet.label}: {text}" if bullet.label else f"- {text}"
