"""The article list: its state filter, its columns and its search.

Everything a row shows is read in the list's own queries (annotations, one
prefetch and, for a search, the passages of the page's articles), so the
page costs the same number of queries however many articles it shows.
"""

import itertools
import re
from functools import cached_property

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import router
from django.db.models import CharField, F, Max, Min, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat, NullIf, Trim
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from reversion.models import Version

from articles.models import Article
from articles.services import search
from articles.services.editor_search import find_articles, matched_passages


class CountedAheadPaginator(Paginator):
    """Counts the list only a few pages past the page asked for, not the whole
    archive (issue 18): ``count`` stops at that limit, and ``counted_all``
    says whether it is the real total or a floor ("more than")."""

    PAGES_AHEAD = 4

    def __init__(self, *args, asked_for=None, **kwargs):
        super().__init__(*args, **kwargs)
        try:
            page = max(int(asked_for), 1)
        except (TypeError, ValueError):
            page = 1
        self.count_limit = (page + self.PAGES_AHEAD) * self.per_page

    @cached_property
    def _counted(self):
        # COUNT over a LIMIT: a subquery that stops reading at the limit, and
        # reads the ids only, none of the columns' subqueries.
        return self.object_list.values("pk")[: self.count_limit + 1].count()

    @cached_property
    def count(self):
        return min(self._counted, self.count_limit)

    @property
    def counted_all(self):
        return self._counted <= self.count_limit


class ArticleChangeList(ChangeList):
    """Django's list, whose date hierarchy finds its years without reading
    every article's date, and whose search reads the passages of the page's
    articles only (issue 18)."""

    def get_results(self, request):
        super().get_results(request)
        if search_words(self.query):
            show_matched_passages(self.result_list, self.query)

    def publication_years(self):
        """The date hierarchy's first level: every year from the first
        publication date to the last, read from the two ends of the dates'
        index (a newsroom publishes every year), or of a search's matches;
        or None when a year is chosen: Django's own then reads only that
        year's dates."""
        field = self.date_hierarchy
        if any(name.startswith(f"{field}__") for name in self.params):
            return None
        dated = self.queryset.filter(**{f"{field}__isnull": False})
        if search_words(self.query):
            # At most EDITOR_MATCHES articles: both ends in one pass.
            ends = dated.aggregate(first=Min(field), last=Max(field))
            first, last = ends["first"], ends["last"]
        else:
            first = dated.order_by(field).values_list(field, flat=True).first()
            last = dated.order_by(f"-{field}").values_list(field, flat=True).first()
        if first is None:
            return []
        return [
            {
                "link": self.get_query_string({f"{field}__year": year}, [f"{field}__"]),
                "title": str(year),
            }
            for year in range(localtime(first).year, localtime(last).year + 1)
        ]


class StateFilter(admin.SimpleListFilter):
    """Status, with a published article's dates taken into account: each
    state is a method of ``ArticleQuerySet``, and every article is in one."""

    title = "state"
    parameter_name = "state"
    STATES = {
        "draft": ("Draft", "drafts"),
        "review": ("In review", "in_review"),
        "scheduled": ("Scheduled", "scheduled"),
        "published": ("Published", "published"),
        "expired": ("Expired", "expired"),
        "unpublished": ("Unpublished", "unpublished"),
    }

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _) in self.STATES.items()]

    def queryset(self, request, queryset):
        if self.value() in self.STATES:
            _, method = self.STATES[self.value()]
            return getattr(queryset, method)()
        return queryset


class AuthorFilter(admin.RelatedFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "author"


class TagFilter(admin.RelatedFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "tag"


class PublicationDateFilter(admin.DateFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "publication date"


def last_editor_name():
    """An expression: the name of whoever recorded the article's latest
    revision (first and last name, else username), or None."""
    user = "revision__user__"
    full_name = Trim(Concat(F(f"{user}first_name"), Value(" "), F(f"{user}last_name")))
    latest = (
        Version.objects.filter(
            # The alias the versions were recorded for: the first column of
            # reversion's unique index, without which the lookup reads every
            # article's versions for each row.
            db=router.db_for_write(Article),
            content_type__app_label="articles",
            content_type__model="article",
            object_id=Cast(OuterRef("pk"), CharField()),
        )
        .order_by("-revision_id")
        .annotate(name=Coalesce(NullIf(full_name, Value("")), F(f"{user}username")))
    )
    return Subquery(latest.values("name")[:1], output_field=CharField())


# What the list never shows: the text and the parts rendered from it.
STORED_PARTS = (
    "lead",
    "lead_html",
    "closing",
    "closing_html",
    "body_html",
    "byline_html",
    "card_html",
    "card_image",
    "page_data",
    "api_data",
)


def for_the_list(articles):
    """What the list's columns show, without a query per row."""
    return (
        articles.defer(*STORED_PARTS)
        .prefetch_related("authors")
        .annotate(last_editor=last_editor_name())
    )


def search_results(articles, search_term):
    """The admin's ``get_search_results``: the text and authors' names of
    every article, through the readers' index."""
    query = search.clean_query(search_term)
    if not query:
        return articles, False
    return find_articles(articles, query), False


def show_matched_passages(articles, search_term):
    """Gives each of ``articles`` (the page shown, which this evaluates)
    ``match_marked``: where its text matched ``search_term``, or None when
    only a name did. One query, however large the archive."""
    query = search.clean_query(search_term)
    passages = matched_passages([article.pk for article in articles], query)
    for article in articles:
        article.match_marked = passages.get(article.pk)


@admin.display(description="Byline")
def byline(article):
    return ", ".join(author.display_name for author in article.authors.all())


@admin.display(description="Words", ordering="word_count")
def words(article):
    return f"{article.word_count:,}"


# Not sortable: sorting by a subquery computes it for every article.
@admin.display(description="Last edited by")
def last_edited_by(article):
    return article.last_editor


def search_words(search_term):
    return search.search_words(search.clean_query(search_term))


def matched(search_term):
    """The column that shows, for a search, where each article matched."""
    words_searched = search_words(search_term)

    @admin.display(description="Matched")
    def matched(article):
        if article.match_marked:
            return search.snippet_html("", article.match_marked)
        byline = ", ".join(author.display_name for author in article.authors.all())
        if all(word.casefold() in byline.casefold() for word in words_searched):
            return format_html("By {}", _marked(byline, words_searched))
        return _marked(article.title, words_searched)

    return matched


def _marked(text, words):
    """``text`` escaped, each of ``words`` in it (any case) in ``<mark>``."""
    pattern = "|".join(re.escape(word) for word in words)
    pieces = re.split(f"({pattern})", text, flags=re.IGNORECASE)
    return mark_safe(
        "".join(
            f"<mark>{escape(piece)}</mark>" if odd else escape(piece)
            for odd, piece in zip(itertools.cycle((False, True)), pieces)
        )
    )
