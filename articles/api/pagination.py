"""Keyset pages of articles, newest first: a page ends with a ``next`` link
whose cursor names its last article, so every page costs what the first does,
however deep (the reader lists' cursor, ``ListingPage.cursor_of``)."""

import re
from datetime import UTC, datetime

from django.utils.http import urlencode
from rest_framework.exceptions import ValidationError

from articles.listing import ListingPage

CURSOR = re.compile(r"(\d{8}T\d{6}(?:\.\d{6})?)Z-(\d{1,18})")
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def cursor_position(cursor):
    """The (publish_at, pk) ``cursor`` names; a 400 for anything else."""
    match = CURSOR.fullmatch(cursor)
    try:
        stamp = match[1]
        moment = datetime.strptime(
            stamp, "%Y%m%dT%H%M%S.%f" if "." in stamp else "%Y%m%dT%H%M%S"
        )
    except (TypeError, ValueError):
        raise ValidationError(
            {"cursor": ["Not a cursor: use the `next` link of a page."]}
        ) from None
    return moment.replace(tzinfo=UTC), int(match[2])


def keyset_page(articles, *, cursor, size):
    """The page of ``articles`` (newest first) after ``cursor`` (or the
    first), and whether more follow: one query, one row more than shown."""
    if cursor:
        articles = articles.listed_after(*cursor_position(cursor))
    rows = list(articles.order_by("-publish_at", "-pk")[: size + 1])
    return rows[:size], len(rows) > size


def next_link(request, rows, has_more):
    """The address of the page after ``rows``, its filters kept, or None."""
    if not has_more:
        return None
    query = request.GET.copy()
    query["cursor"] = ListingPage.cursor_of(rows[-1])
    return request.build_absolute_uri(f"{request.path}?{urlencode(query, doseq=True)}")
