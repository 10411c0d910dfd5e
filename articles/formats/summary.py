"""One short line that sums up a structural diff, for a revision's message
(``summarise(diff_documents(old, new))``). Plain Python, no Django.
"""

from .diff import CHANGED, Change

__all__ = ["summarise"]

# ``summarise`` names at most this many items.
_SUMMARY_ITEMS = 6

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
    "seo_title": "SEO title",
    "meta_description": "meta description",
    "social_image": "social image",
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
