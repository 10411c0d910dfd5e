"""The sitemaps: /sitemap.xml, the home page and every public article, topic,
tag and author page, in one file while they fit in one section of
``NEWSROOM_SITEMAP_SECTION_SIZE`` addresses, else an index of sections
(/sitemap-<section>.xml, ``?p=`` naming a section's part). And the Google
News sitemap of the last 48 hours' articles, /sitemap-news.xml.

Articles are listed in blocks of ids: part ``n`` of the articles' section
holds the published articles with ids from ``(n - 1) * size + 1`` to
``n * size``. An article never changes part, so a CDN's copy and a search
engine's lastmod of every other part stay good; each part is read by a range
of ``article_sitemap_idx`` and the index of parts from that index alone.
"""

import re
from datetime import timedelta
from functools import cached_property
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import (
    BigIntegerField,
    Count,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles.caching.pages import per_schedule
from articles.models import Article, Author, Tag, Topic

# Google News reads articles published in the last two days, 1,000 at most.
NEWS_WINDOW = timedelta(hours=48)
NEWS_MAX_ARTICLES = 1000
# Article ids are 64-bit: a part past the largest id cannot exist.
LARGEST_ID = 2**63 - 1
PART_NUMBER = re.compile(r"[1-9][0-9]{0,18}")
# As Django's own sitemap views answer: search engines read sitemaps, they
# do not list them.
NOT_FOR_INDEXING = {"X-Robots-Tag": "noindex, noodp, noarchive"}
SLUG_MARK = "slug"


def section_size():
    return settings.NEWSROOM_SITEMAP_SECTION_SIZE


class SectionSitemap(Sitemap):
    """A section of the sitemap: its items read once per request, however
    often the index and the pages count and list them."""

    @property
    def limit(self):
        return section_size()

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


# The articles' section, in parts of ids.


def article_part(article_id):
    """The part of the articles' section that lists ``article_id``."""
    return (article_id - 1) // section_size() + 1


def article_parts():
    """``[(part, articles, newest change)]``: every part with a published
    article, kept until the next write or scheduled change."""
    return per_schedule(
        f"sitemap-parts:{section_size()}", lambda: list(article_parts_query())
    )


def article_parts_query():
    """The parts with a published article, their count and newest change,
    read from ``article_sitemap_idx`` alone: one pass over its published
    entries, no table row."""
    part = ExpressionWrapper(
        (F("id") - 1) / section_size() + 1, output_field=BigIntegerField()
    )
    return (
        Article.objects.published()
        # Every id; as a range it lets SQLite's planner, which cannot know
        # that the index holds every column read, choose it over the list's.
        .filter(id__gte=1)
        .annotate(part=part)
        .values("part")
        .annotate(
            articles=Count("id"),
            newest=Max(Coalesce("public_updated_at", "publish_at")),
        )
        .order_by("part")
        .values_list("part", "articles", "newest")
    )


def articles_in_part(part):
    """The published articles of ``part``, in id order: a range of
    ``article_sitemap_idx``, however large the archive."""
    size = section_size()
    return (
        Article.objects.published()
        .filter(id__gte=(part - 1) * size + 1, id__lte=min(part * size, LARGEST_ID))
        .order_by("id")
    )


def article_addresses(root, articles):
    """``(address, day)`` of each of ``articles`` (slug, publish and update
    dates), dated by the update readers see."""
    # One reverse() for them all, not one per article: a slug needs no
    # quoting, so any slug stands for the rest.
    path = reverse("articles:detail", args=[SLUG_MARK])
    before, _, after = path.rpartition(SLUG_MARK)
    # The zone looked up once, not per article (that was half a part's time).
    zone = timezone.get_current_timezone()
    return [
        (f"{root}{before}{slug}{after}", day(updated or published, zone))
        for slug, published, updated in articles
    ]


def day(moment, zone=None):
    """A lastmod as Django's sitemaps write it: the local date."""
    return timezone.localtime(moment, zone).date().isoformat()


def urlset(addresses):
    """A sitemap of ``(address, day)``, written here and not by a template
    loop, which took four fifths of a part's time."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for location, changed in addresses:
        lastmod = f"<lastmod>{changed}</lastmod>" if changed else ""
        lines.append(f"<url><loc>{escape(location)}</loc>{lastmod}</url>")
    lines.append("</urlset>\n")
    return HttpResponse(
        "\n".join(lines), content_type="application/xml", headers=NOT_FOR_INDEXING
    )


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


def label_sections(archives):
    return {section: ArchiveSitemap(section, archives) for section in ARCHIVES}


def sitemap(request):
    """/sitemap.xml: every address while they fit in one section, else the
    index of sections."""
    parts = article_parts()
    archives = ArchivePages()
    count = (
        1
        + sum(articles for _, articles, _ in parts)
        + sum(len(pages) for pages in archives.by_section.values())
    )
    if count > section_size():
        return sitemap_index(request, parts, archives)
    root = site_root(request)
    articles = Article.objects.published().order_by("id")
    rows = articles.values_list("slug", "publish_at", "public_updated_at")
    addresses = [(root + reverse("articles:index"), None)]
    addresses += article_addresses(root, rows)
    for section, pages in archives.by_section.items():
        name = ARCHIVES[section][2]
        addresses += [
            (root + reverse(name, args=[page["slug"]]), day(page["newest"]))
            for page in pages
        ]
    return urlset(addresses)


def site_root(request):
    return f"{request.scheme}://{get_current_site(request).domain}"


def sitemap_index(request, parts, archives):
    """The index: the home page, each part of the articles' section with a
    published article, each page of the topics, tags and authors, all with
    the date of their newest change."""
    newest = max((changed for _, _, changed in parts), default=None)
    entries = [("home", None, newest)]
    entries += [("articles", part, changed) for part, _, changed in parts]
    size = section_size()
    for section, pages in archives.by_section.items():
        for start in range(0, len(pages), size):
            changed = max(page["newest"] for page in pages[start : start + size])
            entries.append((section, start // size + 1, changed))
    root = site_root(request)
    sitemaps = [
        {"location": root + section_path(section, part), "last_mod": changed}
        for section, part, changed in entries
    ]
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": sitemaps},
        content_type="application/xml",
        headers=NOT_FOR_INDEXING,
    )


def section_path(section, part=None):
    """A section's address; ``part`` (after the first) as Django pages it."""
    path = reverse("sitemap-section", args=[section])
    return path if part in (None, 1) else f"{path}?p={part}"


def sitemap_section(request, section):
    """/sitemap-<section>.xml: one section, ``?p=`` naming its part."""
    if section == "articles":
        return articles_section(request)
    if section == "home":
        sitemaps = {"home": HomeSitemap()}
    elif section in ARCHIVES:
        sitemaps = label_sections(ArchivePages())
    else:
        raise Http404("No such sitemap.")
    return sitemap_views.sitemap(request, sitemaps=sitemaps, section=section)


def articles_section(request):
    """One part of the articles' section: a range of ids, read from the
    index; a part with nothing published, or past any possible id, is 404."""
    number = request.GET.get("p", "1")
    if not PART_NUMBER.fullmatch(number):
        raise Http404("No such part.")
    part = int(number)
    if (part - 1) * section_size() + 1 > LARGEST_ID:
        raise Http404("No such part.")
    rows = articles_in_part(part).values_list("slug", "publish_at", "public_updated_at")
    addresses = article_addresses(site_root(request), rows)
    if not addresses:
        raise Http404("No published article in this part.")
    return urlset(addresses)


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
