"""The sitemaps: /sitemap.xml, the home page and every public article, topic,
tag and author page; past ``NEWSROOM_SITEMAP_LIMIT`` addresses an index of
sections (/sitemap-<section>.xml, paged with ``?p=``). And the Google News
sitemap of the last 48 hours' articles, /sitemap-news.xml."""

from datetime import timedelta
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import OuterRef, Subquery, Value
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Author, Tag, Topic

# Google News reads articles published in the last two days, 1,000 at most.
NEWS_WINDOW = timedelta(hours=48)
NEWS_MAX_ARTICLES = 1000


class SectionSitemap(Sitemap):
    """A section of the sitemap: its items read once per request, however
    often the index and the pages count and list them."""

    @property
    def limit(self):
        return settings.NEWSROOM_SITEMAP_LIMIT

    def items(self):
        # A list, not a queryset: the paginator then counts it without a query.
        if not hasattr(self, "listed"):
            self.listed = list(self.all_items())
        return self.listed


class HomeSitemap(SectionSitemap):
    """The home page."""

    def all_items(self):
        return ["articles:index"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(SectionSitemap):
    """Every published article, dated by the update readers see."""

    def all_items(self):
        return (
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


# The archive pages by kind: their model, the lookup from Article to it, and
# the name of their page.
ARCHIVES = {
    "topics": (Topic, "topic", "articles:topic"),
    "tags": (Tag, "tags", "articles:tag"),
    "authors": (Author, "authors", "articles:author"),
}


class ArchivePages:
    """Every topic, tag and author page with at least one published article,
    with that article's date: one query for all three sections."""

    @cached_property
    def by_section(self):
        lists = []
        for section, (model, lookup, _) in ARCHIVES.items():
            newest = newest_publication(**{lookup: OuterRef("pk")})
            lists.append(
                model.objects.annotate(section=Value(section), newest=newest)
                .filter(newest__isnull=False)
                .values_list("section", "slug", "newest")
                .order_by()
            )
        pages = {section: [] for section in ARCHIVES}
        rows = lists[0].union(*lists[1:], all=True).order_by("section", "slug")
        for section, slug, newest in rows:
            pages[section].append({"slug": slug, "newest": newest})
        return pages


class ArchiveSitemap(SectionSitemap):
    """The pages of a topic, tag or author with at least one published article."""

    def __init__(self, section, archives):
        self.section = section
        self.archives = archives

    def all_items(self):
        return self.archives.by_section[self.section]

    def location(self, item):
        return reverse(ARCHIVES[self.section][2], args=[item["slug"]])

    def lastmod(self, item):
        return item["newest"]


def sections():
    """Every section of the sitemap, made for one request."""
    archives = ArchivePages()
    return {
        "home": HomeSitemap(),
        "articles": ArticleSitemap(),
        **{section: ArchiveSitemap(section, archives) for section in ARCHIVES},
    }


def sitemap(request):
    """/sitemap.xml: every address, or past the limit the index of sections."""
    # Each section is read once, for the count and the list alike.
    every_section = sections()
    addresses = sum(section.paginator.count for section in every_section.values())
    if addresses <= settings.NEWSROOM_SITEMAP_LIMIT:
        return sitemap_views.sitemap(request, sitemaps=every_section)
    return sitemap_views.index(
        request, sitemaps=every_section, sitemap_url_name="sitemap-section"
    )


def sitemap_section(request, section):
    """/sitemap-<section>.xml: one section, ``?p=`` paging through it."""
    every_section = sections()
    if section not in every_section:
        raise Http404("No such sitemap.")
    return sitemap_views.sitemap(request, sitemaps=every_section, section=section)


class NewsSitemap(Sitemap):
    """Articles published in the last 48 hours, newest first, with what a
    Google News sitemap names: the publication, the date and the title."""

    limit = NEWS_MAX_ARTICLES

    def items(self):
        return list(
            Article.objects.published()
            .filter(publish_at__gte=timezone.now() - NEWS_WINDOW)
            .only("title", "slug", "publish_at")
            .order_by("-publish_at", "-id")[:NEWS_MAX_ARTICLES]
        )

    def get_urls(self, page=1, site=None, protocol=None):
        publication = {"name": settings.SITE_NAME, "language": news_language()}
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        return [url | {"publication": publication} for url in urls]


def news_language():
    """``LANGUAGE_CODE`` as Google News wants it: ISO 639 ("en" for "en-gb"),
    except for Chinese, which keeps its script ("zh-cn", "zh-tw")."""
    code = settings.LANGUAGE_CODE.lower()
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


def news_sitemap(request):
    """/sitemap-news.xml, the Google News sitemap."""
    return sitemap_views.sitemap(
        request, sitemaps={"news": NewsSitemap}, template_name="sitemap-news.xml"
    )
