from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView
from django.views.static import serve as static_serve

from articles import search
from articles.models import Article, Author, PreviewLink, SlugRedirect, Tag, Topic
from articles.structured_data import article_structured_data, share_image


def never_cache_noindex(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


class ListingPaginator(Paginator):
    """Finds a page's rows on the listing index alone, then reads only those:
    page 400 costs what page 1 does (no OFFSET walk through the table). For
    lists newest first, as every list of articles is."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        on_page = self.object_list.values("pk")[bottom:top]
        # Read by primary key, unordered (else SQLite walks the listing index
        # to keep its order), then put newest first here.
        rows = self.object_list.filter(pk__in=on_page).order_by()
        rows = sorted(rows, key=lambda row: (row.publish_at, row.pk), reverse=True)
        return self._get_page(rows, number, self)


class ArticleListView(ListView):
    """Published articles, newest first, 20 a page: the home page."""

    paginator_class = ListingPaginator
    paginate_by = 20
    allow_empty = True
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return Article.objects.published().for_listing()


class ArchiveView(ArticleListView):
    """The articles of one topic, tag or author."""

    model = None  # Topic, Tag or Author
    template_name = "articles/archive.html"

    def get(self, request, *args, **kwargs):
        self.archive = get_object_or_404(self.model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(**{self.lookup: self.archive})

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
    """Related articles and structured data; the rest is stored on the article."""
    return {
        "related": Article.objects.related_to(article)[:4],
        "structured_data": article_structured_data(request, article),
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
                "share_image": share_image(request, article),
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
