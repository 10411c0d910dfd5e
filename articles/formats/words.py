"""A word-by-word diff of two texts, as ``Piece`` runs a template can show:
what stayed, what was deleted and what was inserted. Plain Python, no Django.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = ["DELETE", "EQUAL", "INSERT", "Piece", "word_diff"]

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"(\S+)(\s*)")


@dataclass
class Piece:
    """A run of text in a word diff: ``op`` is "equal", "insert" or "delete"."""

    op: str
    text: str


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
