from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView

from articles.models import Article


class ArticleListView(ListView):
    paginate_by = 20
    allow_empty = True

    def get_queryset(self):
        return Article.objects.published().only(
            "title", "slug", "standfirst", "publish_at"
        )


class ArticleDetailView(DetailView):
    def get_queryset(self):
        articles = Article.objects.defer("lead", "closing", "lead_html", "closing_html")
        if self.request.user.has_perm("articles.change_article"):
            return articles
        return articles.published()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_live():
            add_never_cache_headers(response)
        return response
