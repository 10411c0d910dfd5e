"""Names made into addresses, and the rule that keeps addresses apart: the
name itself if free, else the first free ``name-2``, ``name-3``…"""

from django.utils.text import slugify

# Left free in a slug column for a "-2" … "-99999" suffix.
SUFFIX_ROOM = 6


def slug_base(text, *, max_length, fallback):
    """``text`` as a slug short enough to take a suffix, or ``fallback``."""
    return slugify(text)[: max_length - SUFFIX_ROOM].strip("-") or fallback


def numbered(base, taken):
    """``base`` if ``taken`` lacks it, else the first of ``base-2``,
    ``base-3``… that it lacks."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
