"""/sitemap.xml: the home page and every public article, topic and author page."""

from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse

from articles.models import Article, Author, Topic


class HomeSitemap(Sitemap):
    """The home page."""

    def items(self):
        return ["articles:index"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    """Every published article, dated by the update readers see."""

    def items(self):
        # A list, not a queryset: the paginator then counts it without a query.
        return list(
            Article.objects.published()
            .only("slug", "publish_at", "public_updated_at")
            .order_by("-publish_at", "-id")
        )

    def lastmod(self, item):
        return item.modified_at()


def newest_publication(**lookup):
    """The newest publish date among the published articles matching ``lookup``."""
    newest = (
        Article.objects.published()
        .filter(**lookup)
        .order_by("-publish_at")
        .values("publish_at")[:1]
    )
    return Subquery(newest)


class ArchiveSitemap(Sitemap):
    """The pages of a topic or an author with at least one published article."""

    model = None  # Topic or Author
    lookup = None  # from Article to the model

    def items(self):
        newest = newest_publication(**{self.lookup: OuterRef("pk")})
        return list(
            self.model.objects.annotate(newest_publication=newest)
            .filter(newest_publication__isnull=False)
            .only("slug")
        )

    def lastmod(self, item):
        return item.newest_publication


class TopicSitemap(ArchiveSitemap):
    model, lookup = Topic, "topic"


class AuthorSitemap(ArchiveSitemap):
    model, lookup = Author, "authors"


# Classes, not instances: the view makes fresh ones for every request.
sitemaps = {
    "home": HomeSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}
