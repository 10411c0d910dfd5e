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
"""

import heapq
import re
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from difflib import SequenceMatcher
from typing import TypeVar

from .document import Bullet, Document, FAQEntry, Section
from .plaintext import normalise_newlines

__all__ = ["Change", "Piece", "diff_documents", "summarise", "word_diff"]

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
MOVED = "moved"

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

# Unmatched items whose content is more similar than this are the same item.
SIMILARITY_THRESHOLD = 0.6
# Texts longer than this (both together) are compared word by word, not
# character by character, when matching items: much faster on long sections.
_CHARACTER_RATIO_LIMIT = 1000
# An unlabelled bullet is named by this many of its first words.
_NAME_WORDS = 5
# ``summarise`` names at most this many items.
_SUMMARY_ITEMS = 6

_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"(\S+)(\s*)")

T = TypeVar("T")


@dataclass
class Piece:
    """A run of text in a word diff: ``op`` is "equal", "insert" or "delete"."""

    op: str
    text: str


@dataclass
class Change:
    """One difference between two revisions.

    ``kind`` is "added", "removed", "changed" or "moved"; ``where`` names the
    place for an editor; ``words`` is the word diff of a changed text, or the
    whole text as one piece for an added or removed one (empty for a move);
    ``detail`` says more, e.g. "moved from position 3 to 1".

    ``part`` says what the change is about, for ``summarise`` and for styling:
    "title", "slug", "standfirst", "status", "publish_at", "lead_image", "lead",
    "section", "heading", "image", "body", "body_after_list", "bullet", "bullet_label",
    "faq_heading", "faq", "question", "answer" or "closing". It repeats what
    ``where`` says, so it is left out of comparisons.
    """

    kind: str
    where: str
    words: list[Piece] = field(default_factory=list)
    detail: str = ""
    part: str = field(default="", compare=False)


# Word diff ------------------------------------------------------------------


def word_diff(old: str, new: str) -> list[Piece]:
    """Diff two texts word by word.

    The pieces whose op is "equal" or "delete" join to ``old`` exactly, and
    those whose op is "equal" or "insert" join to ``new``. Words are compared
    first; whitespace that differs between two equal words shows as its own
    change. Within a changed stretch the deleted text comes before the
    inserted text, and whitespace alone between two changed words is folded
    into the change, so "a b" to "c d" reads as "a b" replaced by "c d".
    """
    old_lead, old_words = _split_words(old)
    new_lead, new_words = _split_words(new)
    raw = _compare_spaces(old_lead, new_lead)
    matcher = SequenceMatcher(
        None, [w for w, _ in old_words], [w for w, _ in new_words], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for (word, old_space), (_, new_space) in zip(
                old_words[i1:i2], new_words[j1:j2], strict=True
            ):
                raw.append(Piece(EQUAL, word))
                raw += _compare_spaces(old_space, new_space)
            continue
        deleted = "".join(w + space for w, space in old_words[i1:i2])
        inserted = "".join(w + space for w, space in new_words[j1:j2])
        # Whitespace after the last word of both sides stays outside the change.
        after = ""
        if i2 > i1 and j2 > j1 and old_words[i2 - 1][1] == new_words[j2 - 1][1]:
            after = old_words[i2 - 1][1]
            deleted = deleted[: len(deleted) - len(after)]
            inserted = inserted[: len(inserted) - len(after)]
        raw += [Piece(DELETE, deleted), Piece(INSERT, inserted), Piece(EQUAL, after)]
    return _tidy([piece for piece in raw if piece.text])


def _split_words(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Leading whitespace, then each word with the whitespace after it."""
    lead = _SPACE.match(text)[0]
    return lead, [(m[1], m[2]) for m in _WORD.finditer(text, len(lead))]


def _compare_spaces(old: str, new: str) -> list[Piece]:
    if old == new:
        return [Piece(EQUAL, old)]
    return [Piece(DELETE, old), Piece(INSERT, new)]


def _tidy(raw: list[Piece]) -> list[Piece]:
    """Fold whitespace-only equal runs between changes into the change, then
    merge each stretch of changes into one deletion followed by one insertion."""
    pieces: list[Piece] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush():
        if deleted:
            pieces.append(Piece(DELETE, "".join(deleted)))
        if inserted:
            pieces.append(Piece(INSERT, "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for index, piece in enumerate(raw):
        if piece.op == EQUAL:
            between_changes = (
                0 < index < len(raw) - 1
                and raw[index - 1].op != EQUAL
                and raw[index + 1].op != EQUAL
            )
            if between_changes and not piece.text.strip():
                deleted.append(piece.text)
                inserted.append(piece.text)
                continue
            flush()
            if pieces and pieces[-1].op == EQUAL:
                pieces[-1] = Piece(EQUAL, pieces[-1].text + piece.text)
            else:
                pieces.append(Piece(EQUAL, piece.text))
        elif piece.op == DELETE:
            deleted.append(piece.text)
        else:
            inserted.append(piece.text)
    flush()
    return pieces


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


# Matching -------------------------------------------------------------------


def _sequences(a: str, b: str) -> tuple[Sequence[str], Sequence[str]]:
    """What to compare for the similarity of two contents: their characters,
    or their words for long texts."""
    if len(a) + len(b) > _CHARACTER_RATIO_LIMIT:
        return a.split(), b.split()
    return a, b


def _match(
    old: Sequence[T],
    new: Sequence[T],
    keys: Sequence[Callable[[T], Hashable | None]],
    content: Callable[[T], str],
) -> dict[int, int]:
    """Pair items of ``old`` with items of ``new``; return {new index: old index}.

    Each key function is tried in turn on the items still unpaired (a key of
    None never pairs); equal keys pair in order. What is left is paired by
    similarity of ``content``, most similar first, above the threshold.
    """
    pairs: dict[int, int] = {}
    paired_old: set[int] = set()
    for key in keys:
        waiting: dict[Hashable, deque[int]] = defaultdict(deque)
        for i, item in enumerate(old):
            if i not in paired_old and (k := key(item)) is not None:
                waiting[k].append(i)
        for j, item in enumerate(new):
            if j in pairs or (k := key(item)) is None or not waiting.get(k):
                continue
            i = waiting[k].popleft()
            pairs[j] = i
            paired_old.add(i)
    # Most similar first, ties in order. Each pair starts with a cheap upper
    # bound of its similarity, made exact only if it comes first: pairs whose
    # items are taken by then are never measured.
    old_content = {i: content(old[i]) for i in range(len(old)) if i not in paired_old}
    new_content = {j: content(new[j]) for j in range(len(new)) if j not in pairs}
    matchers: dict[tuple[int, int], SequenceMatcher] = {}
    queue = []
    word_counts = {
        text: len(text.split())
        for text in (*old_content.values(), *new_content.values())
    }
    for i, a in old_content.items():
        for j, b in new_content.items():
            # SequenceMatcher.real_quick_ratio(), without building a matcher.
            if len(a) + len(b) > _CHARACTER_RATIO_LIMIT:
                length_a, length_b = word_counts[a], word_counts[b]
            else:
                length_a, length_b = len(a), len(b)
            total = length_a + length_b
            bound = 2 * min(length_a, length_b) / total if total else 1.0
            queue.append((-bound, i, j, 0))
    heapq.heapify(queue)
    while queue:
        bound, i, j, stage = heapq.heappop(queue)
        if -bound <= SIMILARITY_THRESHOLD:
            break
        if i in paired_old or j in pairs:
            continue
        if stage < 2:
            if stage == 0:
                a, b = _sequences(old_content[i], new_content[j])
                matchers[i, j] = SequenceMatcher(None, a, b, autojunk=False)
                ratio = matchers[i, j].quick_ratio()
            else:
                ratio = matchers.pop((i, j)).ratio()
            heapq.heappush(queue, (-ratio, i, j, stage + 1))
            continue
        pairs[j] = i
        paired_old.add(i)
    return pairs


def _kept_in_order(old_positions: Sequence[int]) -> set[int]:
    """The longest increasing subsequence of ``old_positions``, as a set of
    values: the items that kept their relative order. The others moved."""
    tails: list[int] = []  # indices into old_positions
    previous: list[int] = [-1] * len(old_positions)
    for index, value in enumerate(old_positions):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if old_positions[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        if low > 0:
            previous[index] = tails[low - 1]
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    kept: set[int] = set()
    index = tails[-1] if tails else -1
    while index != -1:
        kept.add(old_positions[index])
        index = previous[index]
    return kept


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
    kept = _kept_in_order([pairs[j] for j in sorted(pairs)])
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
    pairs = _match(
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
    pairs = _match(
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
    pairs = _match(
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


# Summary --------------------------------------------------------------------

_FIELD_NAMES = {
    "title": "title",
    "slug": "slug",
    "standfirst": "standfirst",
    "status": "status",
    "publish_at": "publish date",
    "unpublish_at": "unpublish date",
    "authors": "authors",
    "topic": "topic",
    "tags": "tags",
    "lead": "lead",
    "lead_image": "lead image",
    "faq_heading": "FAQ heading",
    "closing": "closing",
}

# Counted items: (singular, plural, number shown even for one).
_COUNTED = {
    "bullet": ("bullet", "bullets", True),
    "bullet_label": ("bullet label", "bullet labels", True),
    "faq": ("FAQ entry", "FAQ entries", False),
    "question": ("FAQ question", "FAQ questions", False),
    "answer": ("FAQ answer", "FAQ answers", False),
}


def summarise(changes: list[Change]) -> str:
    """One short line for a message, e.g. "Title changed; section “Fares”
    moved; 1 bullet added; FAQ answer changed"."""
    if not changes:
        return "No changes"
    counts: dict[tuple[str, str], int] = {}
    for change in changes:
        key = _summary_key(change)
        counts[key] = counts.get(key, 0) + 1
    items = []
    for (subject, kind), count in counts.items():
        counted = _COUNTED.get(subject)
        if counted is None:
            items.append(f"{subject} {kind}")
            continue
        singular, plural, always_number = counted
        if count == 1 and not always_number:
            items.append(f"{singular} {kind}")
        else:
            items.append(f"{count} {singular if count == 1 else plural} {kind}")
    shown = list(counts.values())[:_SUMMARY_ITEMS]
    line = "; ".join(items[:_SUMMARY_ITEMS])
    more = len(changes) - sum(shown)
    if more:
        line += f"; and {more} more change{'' if more == 1 else 's'}"
    return line[0].upper() + line[1:]


def _summary_key(change: Change) -> tuple[str, str]:
    """What to call a change in the summary, and its kind: changes with the
    same key are counted together."""
    part = change.part
    if part in _FIELD_NAMES:
        return _FIELD_NAMES[part], change.kind
    if part in _COUNTED:
        return part, change.kind
    if part == "section":
        return _lower_first(change.where), change.kind
    section = _lower_first(change.where.rsplit(", ", 1)[0])
    if part == "heading":
        return (
            section,
            "renamed" if change.kind == CHANGED else f"heading {change.kind}",
        )
    if part in ("body", "body_after_list"):
        return section, f"text {change.kind}"
    # A Change built elsewhere, without a part: name it by its place.
    return _lower_first(change.where), change.kind


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
