"""The Content API's endpoints: public, read-only, only what
``Article.objects.published()`` holds. Their answers go through the page cache
like readers' pages (``articles.caching.pages``): the same ETag, 304 and
Cache-Control, ended by the same writes."""

from django.db.models import Count, Q
from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.http import urlencode
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from articles.api import serializers
from articles.api.pagination import keyset_page, next_link
from articles.api.representation import absolute, article_data, article_summary
from articles.models import Article, Author, SlugRedirect, Tag, Topic


def published_articles():
    return Article.objects.published().for_api()


class ArticleList(APIView):
    """Published articles, newest first, a page at a time: follow ``next``."""

    @extend_schema(
        operation_id="articles_list",
        parameters=[serializers.ArticleFilters],
        responses=serializers.ArticlePage,
    )
    def get(self, request):
        filters = serializers.ArticleFilters(data=request.query_params)
        filters.is_valid(raise_exception=True)
        wanted = filters.validated_data
        articles = published_articles()
        if "topic" in wanted:
            articles = articles.filter(topic__slug=wanted["topic"])
        if "tag" in wanted:
            articles = articles.filter(tags__slug=wanted["tag"])
        if "author" in wanted:
            articles = articles.filter(authors__slug=wanted["author"])
        if "updated_since" in wanted:
            articles = articles.filter(updated_at__gte=wanted["updated_since"])
        rows, has_more = keyset_page(
            articles, cursor=wanted.get("cursor"), size=wanted["page_size"]
        )
        return Response(
            {
                "next": next_link(request, rows, has_more),
                "results": [article_summary(row, request) for row in rows],
            }
        )


class ArticleDetail(APIView):
    """One published article, whole: every part as Markdown and HTML."""

    @extend_schema(
        operation_id="article_retrieve",
        parameters=[OpenApiParameter("slug", str, OpenApiParameter.PATH)],
        responses=serializers.Article,
    )
    def get(self, request, slug):
        article = published_articles().filter(slug=slug).first()
        if article is None:
            # An old address of a renamed article: one hop, as on the site.
            moved = SlugRedirect.objects.filter(old_slug=slug).first()
            if moved is None:
                raise NotFound(f"No published article at “{slug}”.")
            return HttpResponsePermanentRedirect(
                reverse("api:article-detail", args=[moved.article.slug])
            )
        return Response(article_data(article, request))


class LabelList(APIView):
    """Labels that have published articles, with how many; none that only
    unpublished articles carry."""

    model = None
    filter_name = ""
    name_field = "name"
    description_field = "description"

    @extend_schema(responses=serializers.LabelList)
    def get(self, request):
        published = Article.objects.published().values("pk")
        labels = (
            self.model.objects.annotate(
                article_count=Count(
                    "articles", filter=Q(articles__in=published), distinct=True
                )
            )
            .filter(article_count__gt=0)
            .order_by(self.name_field, "pk")
        )
        return Response(
            {"results": [self.label_data(label, request) for label in labels]}
        )

    def label_data(self, label, request):
        articles = (
            reverse("api:article-list")
            + "?"
            + urlencode({self.filter_name: label.slug})
        )
        return {
            "name": getattr(label, self.name_field),
            "slug": label.slug,
            "url": absolute(label.get_absolute_url(), request),
            "description": getattr(label, self.description_field),
            "articles_url": absolute(articles, request),
            "article_count": label.article_count,
        }


class TopicList(LabelList):
    model, filter_name = Topic, "topic"


class TagList(LabelList):
    model, filter_name = Tag, "tag"


class AuthorList(LabelList):
    model, filter_name = Author, "author"
    name_field, description_field = "display_name", "bio"


@extend_schema(exclude=True)
class NotFoundView(APIView):
    def get(self, request, *args, **kwargs):
        raise NotFound("No such address in the API: see /api/v1/docs/.")
