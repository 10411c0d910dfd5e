from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView

from articles.models import Article, PreviewLink, SlugRedirect


def never_cache_noindex(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


class ArticleListView(ListView):
    paginate_by = 20
    allow_empty = True

    def get_queryset(self):
        return Article.objects.published().only(
            "title", "slug", "standfirst", "publish_at"
        )


class ArticleDetailView(DetailView):
    def get_queryset(self):
        articles = Article.objects.with_byline().defer(
            "lead", "closing", "lead_html", "closing_html"
        )
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
        return super().get_context_data(**byline(self.object), **kwargs)


def byline(article):
    return {"authors": article.authors.all(), "notes": article.notes.all()}


def shared_preview(request, token):
    """An unpublished article, for whoever holds a valid preview link."""
    link = PreviewLink.from_token(token)
    if link is None:
        response = TemplateResponse(
            request, "articles/preview_expired.html", status=410
        )
    else:
        article = Article.objects.with_byline().get(pk=link.article_id)
        response = TemplateResponse(
            request,
            "articles/article_detail.html",
            {
                "article": article,
                **byline(article),
                "preview_notice": "A preview shared by the newsroom: this article "
                "is not published yet. Please do not pass the link on.",
            },
        )
    return never_cache_noindex(response)
