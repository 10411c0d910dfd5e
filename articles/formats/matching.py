"""Matching the items of two lists (sections, bullets, FAQ entries) between
two revisions: which old item each new one is, and which kept their order.
Plain Python, no Django.
"""

import heapq
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

__all__ = ["SIMILARITY_THRESHOLD", "kept_in_order", "pair_items"]

# Unmatched items whose content is more similar than this are the same item.
SIMILARITY_THRESHOLD = 0.6
# Texts longer than this (both together) are compared word by word, not
# character by character, when matching items: much faster on long sections.
_CHARACTER_RATIO_LIMIT = 1000

T = TypeVar("T")


def _sequences(a: str, b: str) -> tuple[Sequence[str], Sequence[str]]:
    """What to compare for the similarity of two contents: their characters,
    or their words for long texts."""
    if len(a) + len(b) > _CHARACTER_RATIO_LIMIT:
        return a.split(), b.split()
    return a, b


def pair_items(
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
        _pair_by_key(old, new, key, pairs, paired_old)
    old_content = {i: content(old[i]) for i in range(len(old)) if i not in paired_old}
    new_content = {j: content(new[j]) for j in range(len(new)) if j not in pairs}
    _pair_by_similarity(old_content, new_content, pairs, paired_old)
    return pairs


def _pair_by_key(
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], Hashable | None],
    pairs: dict[int, int],
    paired_old: set[int],
) -> None:
    """Add to ``pairs`` the unpaired items with equal keys, in order."""
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


def _pair_by_similarity(
    old_content: dict[int, str],
    new_content: dict[int, str],
    pairs: dict[int, int],
    paired_old: set[int],
) -> None:
    """Add to ``pairs`` the unpaired items whose contents are most similar,
    above the threshold.

    Most similar first, ties in order. Each pair starts with a cheap upper
    bound of its similarity, made exact only if it comes first: pairs whose
    items are taken by then are never measured.
    """
    matchers: dict[tuple[int, int], SequenceMatcher] = {}
    queue = _similarity_bounds(old_content, new_content)
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


def _similarity_bounds(
    old_content: dict[int, str], new_content: dict[int, str]
) -> list[tuple[float, int, int, int]]:
    """For every pair, (minus) the cheapest upper bound of its similarity:
    ``SequenceMatcher.real_quick_ratio()``, without building a matcher."""
    word_counts = {
        text: len(text.split())
        for text in (*old_content.values(), *new_content.values())
    }
    queue = []
    for i, a in old_content.items():
        for j, b in new_content.items():
            if len(a) + len(b) > _CHARACTER_RATIO_LIMIT:
                length_a, length_b = word_counts[a], word_counts[b]
            else:
                length_a, length_b = len(a), len(b)
            total = length_a + length_b
            bound = 2 * min(length_a, length_b) / total if total else 1.0
            queue.append((-bound, i, j, 0))
    return queue


def kept_in_order(old_positions: Sequence[int]) -> set[int]:
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
