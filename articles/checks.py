"""Editorial checks on an article's content, for the change page.

Works on a ``Document`` so saved articles, revisions and imports are checked
alike. Warnings never block a draft; blockers stop publication.
"""

import re
from dataclasses import dataclass

from articles.formats.document import Document

TITLE_MAX = 70
STANDFIRST_RANGE = (50, 160)
PARAGRAPH_MAX_WORDS = 150
# What search results show before cutting with "…" (Google, about).
SEO_TITLE_SHOWN = 60
META_DESCRIPTION_SHOWN = 155


@dataclass(frozen=True)
class Check:
    message: str
    blocks_publishing: bool = False


def paragraphs(markdown):
    return [p for p in re.split(r"\n\s*\n", markdown or "") if p.strip()]


def editorial_checks(document: Document) -> list[Check]:
    checks = []
    if len(document.title) > TITLE_MAX:
        checks.append(
            Check(
                f"The title has {len(document.title)} characters; "
                f"search results cut titles after about {TITLE_MAX}."
            )
        )
    standfirst = document.standfirst.strip()
    low, high = STANDFIRST_RANGE
    if not standfirst:
        checks.append(Check("There is no standfirst: it is also the meta description."))
    elif not low <= len(standfirst) <= high:
        checks.append(
            Check(
                f"The standfirst has {len(standfirst)} characters; as the meta "
                f"description it works best between {low} and {high}."
            )
        )
    checks += seo_checks(document)
    if not document.authors:
        checks.append(
            Check(
                "There is no author: readers see no byline. Add an author "
                "before publishing.",
                blocks_publishing=True,
            )
        )
    if not document.lead_image:
        checks.append(
            Check(
                "There is no lead image: the article's page opens without one, "
                "and links shared on social media show no picture."
            )
        )
    checks += section_checks(document.sections)
    for number, faq in enumerate(document.faqs, start=1):
        if not faq.answer.strip():
            checks.append(
                Check(
                    f"FAQ question {number} (“{faq.question}”) has no answer.",
                    blocks_publishing=True,
                )
            )
    prose = [document.lead, document.closing]
    prose += [s.body for s in document.sections]
    prose += [s.body_after_list for s in document.sections]
    prose += [f.answer for f in document.faqs]
    long = [p for text in prose for p in paragraphs(text)]
    long = [p for p in long if len(p.split()) > PARAGRAPH_MAX_WORDS]
    for paragraph in long:
        start = " ".join(paragraph.split()[:6])
        checks.append(
            Check(
                f"The paragraph starting “{start}…” has {len(paragraph.split())} "
                f"words; over {PARAGRAPH_MAX_WORDS} is hard to read on a phone."
            )
        )
    return checks


def seo_checks(document: Document) -> list[Check]:
    """The SEO title and meta description, when set, longer than search
    results show."""
    checks = []
    for name, text, shown in (
        ("SEO title", document.seo_title, SEO_TITLE_SHOWN),
        ("meta description", document.meta_description, META_DESCRIPTION_SHOWN),
    ):
        if len(text) > shown:
            checks.append(
                Check(
                    f"The {name} has {len(text)} characters; search results "
                    f"show about {shown} and cut the rest."
                )
            )
    return checks


def section_checks(sections) -> list[Check]:
    """The checks of ``sections`` (of a ``Document``, in order) alone: the
    change form asks these of the sections it is about to save."""
    checks, headings = [], {}
    for number, section in enumerate(sections, start=1):
        name = f"Section {number} (“{section.heading}”)"
        if not (
            section.body.strip() or section.bullets or section.body_after_list.strip()
        ):
            checks.append(Check(f"{name} has no text.", blocks_publishing=True))
        for bullet_number, bullet in enumerate(section.bullets, start=1):
            if not bullet.text.strip():
                checks.append(
                    Check(
                        f"{name}: bullet point {bullet_number} has no text.",
                        blocks_publishing=True,
                    )
                )
        key = section.heading.strip().casefold()
        if key in headings:
            checks.append(
                Check(f"{name} has the same heading as section {headings[key]}.")
            )
        headings.setdefault(key, number)
    return checks


def publishing_blockers(document: Document) -> list[str]:
    return [
        check.message for check in editorial_checks(document) if check.blocks_publishing
    ]
