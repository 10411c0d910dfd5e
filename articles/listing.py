"""Pages of the article lists, newest first, and the links between them;
the related box's cards."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.http import Http404
from django.template.loader import render_to_string

from articles.caching import pages
from articles.models import Article
from articles.rendering.article import stored_card


class ListingPage:
    """One page of a list of articles, newest first, found from the article
    beside it (keyset pagination): ``?before=<cursor>`` shows those listed
    after that article, ``?after=<cursor>`` those listed before it. A cursor
    is the article's publication time (UTC) and id, ``20241210T093000Z-2023``.
    Any page is one query on the listing index, however deep in the archive,
    and needs no count of the whole list.

    ``listing(articles)`` narrows ``articles`` to the list's. The page's bound
    comes first in the query: SQLite walks the index from the first bound on
    ``publish_at`` it meets, and published() brings one too (now).
    """

    per_page = 20
    cursor = re.compile(r"(\d{8}T\d{6}(?:\.\d{6})?)Z-([1-9][0-9]{0,17})")

    def __init__(self, query, listing):
        before, after = self.position(query, "before"), self.position(query, "after")
        articles = Article.objects.all()
        self.rows = None
        if after is not None:
            newer = listing(articles.listed_before(*after)).order_by("publish_at", "pk")
            newer = list(newer[: self.per_page + 1])
            # Less than a page before it: that is the first page.
            if len(newer) > self.per_page:
                self.rows = newer[: self.per_page][::-1]
                self.has_newer = self.has_older = True
                self.query = f"?after={query['after']}"
        elif before is not None:
            older = list(listing(articles.listed_after(*before))[: self.per_page + 1])
            if not older:
                raise Http404("This page of the list is empty.")
            self.rows = older[: self.per_page]
            self.has_newer, self.has_older = True, len(older) > self.per_page
            self.query = f"?before={query['before']}"
        self.is_first = self.rows is None
        if self.is_first:
            first = list(listing(articles)[: self.per_page + 1])
            self.rows = first[: self.per_page]
            self.has_newer, self.has_older = False, len(first) > self.per_page
            self.query = ""

    @staticmethod
    def cursor_of(article):
        moment = article.publish_at.astimezone(UTC)
        stamp = moment.strftime(
            "%Y%m%dT%H%M%S.%f" if moment.microsecond else "%Y%m%dT%H%M%S"
        )
        return f"{stamp}Z-{article.pk}"

    def position(self, query, name):
        """The (publish_at, pk) a cursor names, or None without one."""
        value = query.get(name)
        if value is None:
            return None
        match = self.cursor.fullmatch(value)
        try:
            stamp = match[1]
            moment = datetime.strptime(
                stamp, "%Y%m%dT%H%M%S.%f" if "." in stamp else "%Y%m%dT%H%M%S"
            )
        except (TypeError, ValueError):
            raise Http404("No such page of the list.") from None
        return moment.replace(tzinfo=UTC), int(match[2])

    def older_query(self):
        return f"?before={self.cursor_of(self.rows[-1])}" if self.has_older else None

    def newer_query(self):
        return f"?after={self.cursor_of(self.rows[0])}" if self.has_newer else None

    def links(self):
        return PageLinks(
            label="Pages",
            previous_url=self.newer_query(),
            previous_label="Newer articles",
            next_url=self.older_query(),
            next_label="Older articles",
        )


@dataclass(frozen=True)
class PageLinks:
    """What ``includes/pagination.html`` shows: the pages on either side."""

    label: str
    previous_url: str | None
    previous_label: str
    next_url: str | None
    next_label: str
    current: str = ""


def related_cards(article):
    """The related box: up to four cards (headed one level below the box's
    heading), built from the articles' stored parts once per content
    generation and scheduled change and shared by every process."""

    def build():
        related = Article.objects.related_to(article)[:4]
        return [
            render_to_string(
                "articles/includes/article_card.html",
                {
                    "card": stored_card(
                        item, summary=item.standfirst, image=item.card_image or None
                    ),
                    "level": 3,
                },
            )
            for item in related
        ]

    return pages.per_schedule(f"related:{article.pk}", build)
