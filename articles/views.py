import re
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView
from django.views.static import serve as static_serve

from articles.models import Article, Author, PreviewLink, SlugRedirect, Tag, Topic
from articles.services import search
from articles.structured_data import article_structured_data, share_image


def never_cache_noindex(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


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


class ArticleListView(ListView):
    """Published articles, newest first, 20 a page: the home page."""

    context_object_name = "article_list"
    template_name = "articles/article_list.html"

    def listing(self, articles):
        return articles.published().for_listing()

    def get_queryset(self):
        return self.listing(Article.objects.all())

    def get_context_data(self, **kwargs):
        page = ListingPage(self.request.GET, self.listing)
        return super().get_context_data(object_list=page.rows, page=page, **kwargs)


class ArchiveView(ArticleListView):
    """The articles of one topic, tag or author."""

    model = None  # Topic, Tag or Author
    template_name = "articles/archive.html"

    def get(self, request, *args, **kwargs):
        self.archive = get_object_or_404(self.model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def listing(self, articles):
        return super().listing(articles).filter(**{self.lookup: self.archive})

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            archive=self.archive, archive_kind=self.kind, **kwargs
        )


class TopicView(ArchiveView):
    model, lookup, kind = Topic, "topic", "Topic"


class TagView(ArchiveView):
    model, lookup, kind = Tag, "tags", "Tag"


class AuthorView(ArchiveView):
    model, lookup, kind = Author, "authors", "Author"


class SearchView(ListView):
    paginate_by = 20
    allow_empty = True
    template_name = "articles/search.html"

    def get_queryset(self):
        self.query = search.clean_query(self.request.GET.get("q", ""))
        return search.search_articles(self.query)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, results, is_paginated = super().paginate_queryset(
            queryset, page_size
        )
        page.object_list = search.with_snippets(results)
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.query, **kwargs)


class ArticleDetailView(DetailView):
    def get_queryset(self):
        articles = Article.objects.for_page()
        if self.request.user.has_perm("articles.change_article"):
            return articles
        return articles.published()

    def get(self, request, *args, **kwargs):
        try:
            response = super().get(request, *args, **kwargs)
        except Http404:
            # An old address of a renamed article: one hop to the current one.
            moved = SlugRedirect.objects.filter(old_slug=kwargs["slug"]).first()
            if moved is None:
                raise
            return redirect(moved.article, permanent=True)
        if not self.object.is_live():
            never_cache_noindex(response)
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **article_page_context(self.request, self.object), **kwargs
        )


def article_page_context(request, article):
    """Related articles, structured data and the page's addresses; the rest
    is stored on the article."""
    return {
        "related": Article.objects.related_to(article)[:4],
        "structured_data": article_structured_data(request, article),
        **article_page_parts(request, article),
    }


def article_page_parts(request, article):
    """What the article template needs besides the article, for the page
    and its previews alike: read from the data stored with it, so the page
    reverses no address of its own."""
    data = article.page_data
    return {
        "canonical_url": request.build_absolute_uri(data["url"]),
        "breadcrumbs": data["breadcrumbs"],
        "topic": data["topic"],
        "share_image": share_image(request, article),
    }


def shared_preview(request, token):
    """An unpublished article, for whoever holds a valid preview link."""
    link = PreviewLink.from_token(token)
    if link is None:
        response = TemplateResponse(
            request, "articles/preview_expired.html", status=410
        )
    else:
        article = Article.objects.for_page().get(pk=link.article_id)
        response = TemplateResponse(
            request,
            "articles/article_detail.html",
            {
                "article": article,
                "related": [],
                **article_page_parts(request, article),
                "preview_notice": "A preview shared by the newsroom: this article "
                "is not published yet. Please do not pass the link on.",
            },
        )
    return never_cache_noindex(response)


def media_file(request, path):
    """An uploaded file from MEDIA_ROOT, for sites without a web server or
    object storage in front. Stored names never change content, so browsers
    and CDNs may keep them for a year."""
    if not settings.SERVE_MEDIA:
        raise Http404("Uploaded files are served by the web server or storage.")
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def healthz(request):
    """200 when the database and the shared cache answer; 503 naming what fails."""
    status = {}
    try:
        Article.objects.exists()
        status["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any failure is the answer
        status["database"] = f"failing: {error.__class__.__name__}"
    try:
        cache.set("healthz", "ok", 10)
        status["cache"] = "ok" if cache.get("healthz") == "ok" else "failing"
    except Exception as error:  # noqa: BLE001
        status["cache"] = f"failing: {error.__class__.__name__}"
    healthy = all(value == "ok" for value in status.values())
    response = JsonResponse(status, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response
