"""The article list: its state filter, its columns and its search.

Everything a row shows is read in the list's own queries (annotations and
one prefetch), so the page costs the same number of queries however many
articles it shows.
"""

import itertools
import re

from django.contrib import admin
from django.db.models import CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat, NullIf, Trim
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from reversion.models import Version

from articles.services import search
from articles.services.editor_search import find_articles


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
            content_type__app_label="articles",
            content_type__model="article",
            object_id=Cast(OuterRef("pk"), CharField()),
        )
        .order_by("-revision_id")
        .annotate(name=Coalesce(NullIf(full_name, Value("")), F(f"{user}username")))
    )
    return Subquery(latest.values("name")[:1], output_field=CharField())


def for_the_list(articles):
    """What the list's columns show, without a query per row."""
    return articles.prefetch_related("authors").annotate(last_editor=last_editor_name())


def search_results(articles, search_term):
    """The admin's ``get_search_results``: the text and authors' names of
    every article, through the readers' index."""
    query = search.clean_query(search_term)
    if not query:
        return articles, False
    return find_articles(articles, query), False


@admin.display(description="Byline")
def byline(article):
    return ", ".join(author.display_name for author in article.authors.all())


@admin.display(description="Words", ordering="word_count")
def words(article):
    return f"{article.word_count:,}"


@admin.display(description="Last edited by", ordering="last_editor")
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
