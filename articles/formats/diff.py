"""Compare two revisions of an article, following its structure.

``diff_documents(old, new)`` returns a flat list of ``Change`` objects in the
reading order of the article: metadata (title, slug, standfirst, status,
publish at), the lead, the sections in their new order (a removed section is
listed where it used to be), the FAQ heading, the FAQ entries and the closing.

Sections, bullets and FAQ entries are matched between the revisions, so an
item that was added, removed or moved shows as such and an edited item shows
its text changes word by word. Reordering is always reported: among matched
items, those outside the longest run kept in the same relative order are
"moved", so moving one item gives exactly one "moved" change.

The result is plain data for a template: loop over the changes, and over
``change.words`` to show deleted and inserted text. Plain Python, no Django.
The word diff is ``words.word_diff``, the pairing of items
``matching.pair_items``, and ``summary.summarise`` sums a diff up in a line.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import TypeVar

from .document import Bullet, Document, FAQEntry, Section
from .matching import kept_in_order, pair_items
from .plaintext import normalise_newlines
from .words import DELETE, INSERT, Piece, word_diff

__all__ = ["Change", "diff_documents"]

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
MOVED = "moved"

# An unlabelled bullet is named by this many of its first words.
_NAME_WORDS = 5

T = TypeVar("T")


@dataclass
class Change:
    """One difference between two revisions.

    ``kind`` is "added", "removed", "changed" or "moved"; ``where`` names the
    place for an editor; ``words`` is the word diff of a changed text, or the
    whole text as one piece for an added or removed one (empty for a move);
    ``detail`` says more, e.g. "moved from position 3 to 1".

    ``part`` says what the change is about, for ``summarise`` and for styling:
    "title", "slug", "standfirst", "status", "publish_at", "lead_image",
    "seo_title", "meta_description", "social_image", "lead",
    "section", "heading", "image", "body", "body_after_list", "bullet", "bullet_label",
    "faq_heading", "faq", "question", "answer" or "closing". It repeats what
    ``where`` says, so it is left out of comparisons.
    """

    kind: str
    where: str
    words: list[Piece] = field(default_factory=list)
    detail: str = ""
    part: str = field(default="", compare=False)


def _text_change(where: str, part: str, old: str, new: str) -> list[Change]:
    """No change, or one: "added" or "removed" when one side is empty (the
    whole text as one piece), otherwise "changed" with a word diff."""
    if old == new:
        return []
    if not old:
        return [Change(ADDED, where, [Piece(INSERT, new)], part=part)]
    if not new:
        return [Change(REMOVED, where, [Piece(DELETE, old)], part=part)]
    return [Change(CHANGED, where, word_diff(old, new), part=part)]


def _whole(kind: str, where: str, part: str, text: str) -> Change:
    """An added or removed item, its text as one piece (none if empty)."""
    op = INSERT if kind == ADDED else DELETE
    return Change(kind, where, [Piece(op, text)] if text else [], part=part)


# Lists -------------------------------------------------------------------


def _list_changes(
    old: Sequence[T],
    new: Sequence[T],
    pairs: dict[int, int],
    *,
    name: Callable[[T, int], str],
    part: str,
    text: Callable[[T], str],
    compare: Callable[[T, T, str], list[Change]],
) -> list[Change]:
    """Changes for a list of items, in the new order, a removed item listed
    after the item that preceded it in the old list.

    ``name(item, index)`` gives the ``where`` label, ``text(item)`` the whole
    text of an added or removed item and ``compare(old_item, new_item, where)``
    the changes inside a pair.
    """
    kept = kept_in_order([pairs[j] for j in sorted(pairs)])
    new_of_old = {i: j for j, i in pairs.items()}
    removed_after: dict[int, list[int]] = defaultdict(list)  # new index or -1
    anchor = -1
    for i in range(len(old)):
        if i in new_of_old:
            anchor = new_of_old[i]
        else:
            removed_after[anchor].append(i)

    def removed(anchor: int) -> list[Change]:
        return [
            _whole(REMOVED, name(old[i], i), part, text(old[i]))
            for i in removed_after.get(anchor, ())
        ]

    changes = removed(-1)
    for j, item in enumerate(new):
        where = name(item, j)
        if j not in pairs:
            changes.append(_whole(ADDED, where, part, text(item)))
        else:
            i = pairs[j]
            if i not in kept:
                detail = f"moved from position {i + 1} to {j + 1}"
                changes.append(Change(MOVED, where, detail=detail, part=part))
            changes += compare(old[i], item, where)
        changes += removed(j)
    return changes


# Naming ---------------------------------------------------------------------


def _quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def _first_words(text: str) -> str:
    words = text.split()
    if len(words) > _NAME_WORDS:
        return " ".join(words[:_NAME_WORDS]) + "…"
    return " ".join(words)


def _section_name(section: Section, index: int) -> str:
    if section.heading.strip():
        return f"Section {_quoted(section.heading)}"
    return f"Section {index + 1}"


def _bullet_name(bullet: Bullet, index: int) -> str:
    name = bullet.label.strip() or _first_words(bullet.text)
    return f"bullet {_quoted(name)}" if name else f"bullet {index + 1}"


def _faq_name(faq: FAQEntry, index: int) -> str:
    if faq.question.strip():
        return f"FAQ {_quoted(faq.question)}"
    return f"FAQ {index + 1}"


def _bullet_text(bullet: Bullet) -> str:
    return f"{bullet.label}: {bullet.text}" if bullet.label else bullet.text


def _section_text(section: Section) -> str:
    """The content of a section under its heading, for an added or removed
    section: paragraphs, then the bullets one a line, then more paragraphs."""
    bullets = "\n".join(f"- {_bullet_text(bullet)}" for bullet in section.bullets)
    blocks = (section.body, bullets, section.body_after_list)
    return "\n\n".join(block for block in blocks if block)


# The comparison -------------------------------------------------------------


def diff_documents(old: Document, new: Document) -> list[Change]:
    """Every difference between two revisions, in the article's reading order;
    an empty list when they are equal. Line ends are no difference: browsers
    post CRLF, the models store LF."""
    old, new = _unix_newlines(old), _unix_newlines(new)
    changes: list[Change] = []
    for where, part in (
        ("Title", "title"),
        ("Slug", "slug"),
        ("Standfirst", "standfirst"),
        ("Status", "status"),
    ):
        changes += _text_change(where, part, getattr(old, part), getattr(new, part))
    changes += _text_change(
        "Publish at",
        "publish_at",
        old.publish_at.isoformat() if old.publish_at else "",
        new.publish_at.isoformat() if new.publish_at else "",
    )
    changes += _text_change(
        "Unpublish at",
        "unpublish_at",
        old.unpublish_at.isoformat() if old.unpublish_at else "",
        new.unpublish_at.isoformat() if new.unpublish_at else "",
    )
    changes += _text_change(
        "Authors", "authors", ", ".join(old.authors), ", ".join(new.authors)
    )
    changes += _text_change("Topic", "topic", old.topic, new.topic)
    changes += _text_change("Tags", "tags", ", ".join(old.tags), ", ".join(new.tags))
    changes += _text_change("Lead image", "lead_image", old.lead_image, new.lead_image)
    changes += _text_change("SEO title", "seo_title", old.seo_title, new.seo_title)
    changes += _text_change(
        "Meta description",
        "meta_description",
        old.meta_description,
        new.meta_description,
    )
    changes += _text_change(
        "Social image", "social_image", old.social_image, new.social_image
    )
    changes += _text_change("Lead", "lead", old.lead, new.lead)
    changes += _section_changes(old.sections, new.sections)
    changes += _text_change(
        "FAQ heading", "faq_heading", old.faq_heading, new.faq_heading
    )
    changes += _faq_changes(old.faqs, new.faqs)
    changes += _text_change("Closing", "closing", old.closing, new.closing)
    return changes


def _unix_newlines(value: T) -> T:
    """A copy of a document (or any part or text of it) with LF line ends."""
    if isinstance(value, str):
        return normalise_newlines(value)
    if isinstance(value, list):
        return [_unix_newlines(item) for item in value]
    if is_dataclass(value):
        changed = {
            f.name: _unix_newlines(getattr(value, f.name)) for f in fields(value)
        }
        return replace(value, **changed)
    return value


def _section_changes(old: list[Section], new: list[Section]) -> list[Change]:
    pairs = pair_items(
        old,
        new,
        keys=(lambda s: s.heading, lambda s: s.heading.casefold()),
        content=lambda s: f"{s.heading}\n\n{_section_text(s)}",
    )
    return _list_changes(
        old,
        new,
        pairs,
        name=_section_name,
        part="section",
        text=_section_text,
        compare=_compare_sections,
    )


def _compare_sections(old: Section, new: Section, where: str) -> list[Change]:
    changes = _text_change(f"{where}, heading", "heading", old.heading, new.heading)
    changes += _text_change(f"{where}, image", "image", old.image, new.image)
    changes += _text_change(
        f"{where}, paragraphs before the list", "body", old.body, new.body
    )
    pairs = pair_items(
        old.bullets,
        new.bullets,
        keys=(
            lambda b: (b.label, b.text),
            lambda b: b.label.strip().casefold() or None,
        ),
        content=_bullet_text,
    )

    def bullet_name(bullet: Bullet, index: int) -> str:
        return f"{where}, {_bullet_name(bullet, index)}"

    changes += _list_changes(
        old.bullets,
        new.bullets,
        pairs,
        name=bullet_name,
        part="bullet",
        text=lambda b: b.text,
        compare=_compare_bullets,
    )
    changes += _text_change(
        f"{where}, paragraphs after the list",
        "body_after_list",
        old.body_after_list,
        new.body_after_list,
    )
    return changes


def _compare_bullets(old: Bullet, new: Bullet, where: str) -> list[Change]:
    changes = _text_change(f"{where}, label", "bullet_label", old.label, new.label)
    return changes + _text_change(where, "bullet", old.text, new.text)


def _faq_changes(old: list[FAQEntry], new: list[FAQEntry]) -> list[Change]:
    pairs = pair_items(
        old,
        new,
        keys=(lambda f: f.question, lambda f: f.question.casefold()),
        content=lambda f: f"{f.question}\n\n{f.answer}",
    )
    return _list_changes(
        old,
        new,
        pairs,
        name=_faq_name,
        part="faq",
        text=lambda f: f.answer,
        compare=_compare_faqs,
    )


def _compare_faqs(old: FAQEntry, new: FAQEntry, where: str) -> list[Change]:
    changes = _text_change(f"{where}, question", "question", old.question, new.question)
    return changes + _text_change(f"{where}, answer", "answer", old.answer, new.answer)
