"""Editorial checks on an article's content, for the change page.

Works on a ``Document`` so saved articles, revisions and imports are checked
alike. Warnings never block a draft; blockers stop publication. Each check
names the id of the change form's element it is about (``field``), so the
checks panel can link to it.
"""

import re
from dataclasses import dataclass

from articles.formats.document import Document

TITLE_MAX = 70
STANDFIRST_RANGE = (50, 155)  # as META_DESCRIPTION_SHOWN below
PARAGRAPH_MAX_WORDS = 150
# Long addresses are cut in search results and hard to read aloud or share.
SLUG_MAX = 60
# What search results show before cutting with "…" (Google, about).
SEO_TITLE_SHOWN = 60
META_DESCRIPTION_SHOWN = 155


@dataclass(frozen=True)
class Check:
    message: str
    blocks_publishing: bool = False
    field: str = ""  # the id of the change form's element to fix, if any


def paragraphs(markdown):
    return [p for p in re.split(r"\n\s*\n", markdown or "") if p.strip()]


def editorial_checks(
    document: Document, *, section_ids=None, faq_ids=None, without_alt_text=()
) -> list[Check]:
    """``section_ids`` and ``faq_ids``: the change form's id of each section's
    and FAQ entry's form, in the document's order (by default the forms of a
    saved article, in order); ``without_alt_text``: the names of the image
    fields whose chosen image has no alt text."""
    checks = heading_checks(document)
    checks += seo_checks(document)
    if not document.authors:
        checks.append(
            Check(
                "There is no author: readers see no byline. Add an author "
                "before publishing.",
                blocks_publishing=True,
                field="id_authors",
            )
        )
    checks += image_checks(document, without_alt_text)
    checks += section_checks(document.sections, section_ids)
    faq_ids = faq_ids or [f"faqs-{index}" for index in range(len(document.faqs))]
    for number, (faq, form_id) in enumerate(
        zip(document.faqs, faq_ids, strict=True), start=1
    ):
        if not faq.answer.strip():
            checks.append(
                Check(
                    f"FAQ question {number} (“{faq.question}”) has no answer.",
                    blocks_publishing=True,
                    field=form_id,
                )
            )
    return checks + paragraph_checks(document)


def heading_checks(document: Document) -> list[Check]:
    """The title, standfirst and slug: what search results and links show."""
    checks = []
    if len(document.title) > TITLE_MAX:
        checks.append(
            Check(
                f"The title has {len(document.title)} characters; "
                f"search results cut titles after about {TITLE_MAX}.",
                field="id_title",
            )
        )
    standfirst = document.standfirst.strip()
    low, high = STANDFIRST_RANGE
    # Without a meta description of its own, the standfirst is the one.
    describes = not document.meta_description.strip()
    if not standfirst:
        checks.append(
            Check(
                "There is no standfirst: readers get no summary under the title"
                + (", and search results no description." if describes else "."),
                field="id_standfirst",
            )
        )
    elif describes and not low <= len(standfirst) <= high:
        checks.append(
            Check(
                f"The standfirst has {len(standfirst)} characters. With no meta "
                f"description set, search results show it, and it works best "
                f"between {low} and {high}.",
                field="id_standfirst",
            )
        )
    if len(document.slug) > SLUG_MAX:
        checks.append(
            Check(
                f"The slug has {len(document.slug)} characters; addresses over "
                f"{SLUG_MAX} are cut in search results and hard to share.",
                field="id_slug",
            )
        )
    return checks


def image_checks(document: Document, without_alt_text=()) -> list[Check]:
    """A missing lead image, and chosen images without alt text."""
    checks = []
    if "lead_image" in without_alt_text:
        checks.append(
            Check(
                "The lead image has no alt text: readers who cannot see it "
                "get nothing. Add it in the media library, or choose another.",
                field="id_lead_image",
            )
        )
    elif not document.lead_image:
        checks.append(
            Check(
                "There is no lead image: the article's page opens without one, "
                "and links shared on social media show no picture.",
                field="id_lead_image",
            )
        )
    if "social_image" in without_alt_text:
        checks.append(
            Check(
                "The social image has no alt text. Add it in the media "
                "library, or choose another.",
                field="id_social_image",
            )
        )
    for name in sorted(without_alt_text):
        if name.startswith("sections-"):
            checks.append(
                Check(
                    f"Section {int(name.split('-')[1]) + 1}: its image has no "
                    "alt text. Add it in the media library, or choose another.",
                    field=f"id_{name}",
                )
            )
    return checks


def paragraph_checks(document: Document) -> list[Check]:
    prose = [document.lead, document.closing]
    prose += [s.body for s in document.sections]
    prose += [s.body_after_list for s in document.sections]
    prose += [f.answer for f in document.faqs]
    long = [p for text in prose for p in paragraphs(text)]
    long = [p for p in long if len(p.split()) > PARAGRAPH_MAX_WORDS]
    checks = []
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
    for name, text, shown, field in (
        ("SEO title", document.seo_title, SEO_TITLE_SHOWN, "id_seo_title"),
        (
            "meta description",
            document.meta_description,
            META_DESCRIPTION_SHOWN,
            "id_meta_description",
        ),
    ):
        if len(text) > shown:
            checks.append(
                Check(
                    f"The {name} has {len(text)} characters; search results "
                    f"show about {shown} and cut the rest.",
                    field=field,
                )
            )
    return checks


def section_checks(sections, section_ids=None) -> list[Check]:
    """The checks of ``sections`` (of a ``Document``, in order) alone: the
    change form asks these of the sections it is about to save.
    ``section_ids``: the id of each one's form (by default in form order)."""
    checks, headings = [], {}
    section_ids = section_ids or [f"sections-{index}" for index in range(len(sections))]
    for number, (section, form_id) in enumerate(
        zip(sections, section_ids, strict=True), start=1
    ):
        name = f"Section {number} (“{section.heading}”)"
        if not (
            section.body.strip() or section.bullets or section.body_after_list.strip()
        ):
            checks.append(
                Check(f"{name} has no text.", blocks_publishing=True, field=form_id)
            )
        for bullet_number, bullet in enumerate(section.bullets, start=1):
            if not bullet.text.strip():
                checks.append(
                    Check(
                        f"{name}: bullet point {bullet_number} has no text.",
                        blocks_publishing=True,
                        field=form_id,
                    )
                )
        key = section.heading.strip().casefold()
        if key in headings:
            checks.append(
                Check(
                    f"{name} has the same heading as section {headings[key]}.",
                    field=f"id_{form_id}-heading",
                )
            )
        headings.setdefault(key, number)
    return checks


def publishing_blockers(document: Document) -> list[str]:
    return [
        check.message for check in editorial_checks(document) if check.blocks_publishing
    ]
