from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.views.generic import DetailView, ListView
from django.views.static import serve as static_serve

from articles.front_page import FrontPage, topic_blocks
from articles.listing import ListingPage, PageLinks, related_cards
from articles.models import Article, Author, PreviewLink, SlugRedirect, Tag, Topic
from articles.rendering.article import stored_card
from articles.rendering.embeds import allow_embed_frames
from articles.services import search
from articles.services.search_suggestions import suggest_labels
from articles.structured_data import (
    absolute_share_image,
    article_breadcrumbs,
    article_structured_data,
)
from articles.templatetags.site_chrome import navigation_topics


def never_cache_noindex(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def day(moment):
    """A date as the pages write it: 9 December 2024."""
    return date_format(localtime(moment), "j F Y")


class ArticleListView(ListView):
    """Published articles, newest first, 20 a page: the home page, whose first
    page has the lead story, the secondary ones and a block per navigation
    topic."""

    context_object_name = "article_list"
    template_name = "articles/article_list.html"

    def listing(self, articles):
        return articles.published().for_listing()

    def get_queryset(self):
        return self.listing(Article.objects.all())

    def address(self):
        return reverse("articles:index")

    def title(self, page):
        if page.is_first:
            return ""
        return f"Latest articles up to {day(page.rows[0].publish_at)}"

    def listing_page(self):
        if "before" in self.request.GET or "after" in self.request.GET:
            return ListingPage(self.request.GET, self.listing)
        return FrontPage()

    def front_page(self, page):
        # A link to newer articles may land on the first page: listed plainly.
        if not isinstance(page, FrontPage):
            return {}
        topics = navigation_topics()
        return {
            "front": page,
            "navigation_topics": topics,
            "topic_blocks": topic_blocks(topics, page.shown()),
        }

    def get_context_data(self, **kwargs):
        page = self.listing_page()
        return super().get_context_data(
            object_list=page.rows,
            page=page,
            pages=page.links(),
            title=self.title(page),
            canonical_url=self.request.build_absolute_uri(self.address() + page.query),
            **self.front_page(page),
            **kwargs,
        )


class ArchiveView(ArticleListView):
    """The articles of one topic, tag or author."""

    model = None  # Topic, Tag or Author
    template_name = "articles/archive.html"
    name_field, about_field, feed = "name", "description", None

    def get(self, request, *args, **kwargs):
        self.archive = get_object_or_404(self.model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def listing(self, articles):
        return super().listing(articles).filter(**{self.lookup: self.archive})

    def listing_page(self):
        return ListingPage(self.request.GET, self.listing)

    def front_page(self, page):
        return {}

    def address(self):
        return self.archive.get_absolute_url()

    def title(self, page):
        name = getattr(self.archive, self.name_field)
        if page.is_first:
            return name
        return f"{name}, up to {day(page.rows[0].publish_at)}"

    def get_context_data(self, **kwargs):
        name = getattr(self.archive, self.name_field)
        about = getattr(self.archive, self.about_field)
        feed = self.feed and {
            "title": name,
            "url": reverse(self.feed, kwargs={"slug": self.archive.slug}),
        }
        return super().get_context_data(
            archive=self.archive,
            archive_kind=self.kind,
            archive_name=name,
            archive_about=about,
            description=about or name,
            breadcrumbs=[("Home", reverse("articles:index")), (name, None)],
            feed=feed,
            **kwargs,
        )


class TopicView(ArchiveView):
    model, lookup, kind = Topic, "topic", "Topic"
    feed = "articles:topic-feed-rss"


class TagView(ArchiveView):
    model, lookup, kind = Tag, "tags", "Tag"


class AuthorView(ArchiveView):
    model, lookup, kind = Author, "authors", "Author"
    name_field, about_field = "display_name", "bio"


class SearchView(ListView):
    """Articles by their words and by the names they carry, narrowed to a
    topic of the matches if asked (``?topic=slug``); with none found, the
    topics, tags and authors whose names come closest. Only the newest
    matches are ranked and counted (``search.find_matches``). Two queries:
    the matches and the page (three with a topic), or the matches and names."""

    paginate_by = 20
    allow_empty = True
    template_name = "articles/search.html"
    context_object_name = "article_list"

    def get_queryset(self):
        self.query = search.clean_query(self.request.GET.get("q", ""))
        self.matches = search.find_matches(
            self.query, topic=self.request.GET.get("topic", "")
        )
        self.topic = self.matches.topic
        return self.matches.ids

    def paginate_queryset(self, queryset, page_size):
        paginator, page, ids, is_paginated = super().paginate_queryset(
            queryset, page_size
        )
        page.object_list = search.search_results(self.query, list(ids))
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, **kwargs)
        page = context["page_obj"]
        return context | {
            "title": self.title(page),
            "description": f"Search the articles of {settings.SITE_NAME}.",
            "cards": [self.card(article) for article in context["article_list"]],
            "results_summary": self.query and self.summary(),
            "topic_links": self.topic_links(),
            "matches": self.matches,
            "suggestions": [] if self.matches.ids else suggest_labels(self.query),
            "empty_message": (
                "No published article has all of these words in its text or "
                "in its authors, topic or tags. Try fewer or different words, "
                "or check the spelling."
                if self.query
                else "Type one or more words to find the articles that "
                "contain them all, or that name them as author, topic or tag."
            ),
            "pages": self.links(page) if context["is_paginated"] else None,
        }

    def summary(self):
        count, within = len(self.matches.ids), self.within()
        more = "More than " if self.matches.is_capped else ""
        return f"{more}{count} result{pluralize(count)} for “{self.query}”{within}"

    def within(self):
        return f" in {self.topic.name}" if self.topic else ""

    def title(self, page):
        if not self.query:
            return "Search"
        within = self.within()
        if page.number == 1:
            return f"Search: {self.query}{within}"
        return f"Search: {self.query}{within}, page {page.number}"

    @staticmethod
    def card(article):
        """A result as ``includes/article_card.html`` shows it, from the
        article's stored parts: the passage that matched in place of the
        standfirst."""
        return stored_card(
            article, summary=article.snippet, image=article.card_image or None
        )

    def address(self, topic=None, page=None):
        """This search's address: narrowed to ``topic`` (a slug), at ``page``."""
        params = {"q": self.query}
        if topic:
            params["topic"] = topic
        if page:
            params["page"] = page
        return f"{reverse('articles:search')}?{urlencode(params, quote_via=quote)}"

    def topic_links(self):
        """Every topic of the matches, with their counts, after all of them."""
        if not self.matches.topics:
            return []
        chosen = self.topic and self.topic.slug
        everything = {"url": self.address(), "name": "All topics"}
        total = f"{self.matches.total}{'+' * self.matches.total_is_capped}"
        return [
            everything | {"count": total, "current": chosen is None},
            *(
                {
                    "url": self.address(topic.slug),
                    "name": topic.name,
                    "count": topic.count,
                    "current": topic.slug == chosen,
                }
                for topic in self.matches.topics
            ),
        ]

    def links(self, page):
        def address(number):
            return self.address(self.topic and self.topic.slug, number)

        return PageLinks(
            label="Pages of results",
            previous_url=(
                address(page.previous_page_number()) if page.has_previous() else None
            ),
            previous_label="Better matches",
            next_url=address(page.next_page_number()) if page.has_next() else None,
            next_label="More results",
            current=f"Page {page.number} of {page.paginator.num_pages}",
        )


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
        return allow_embed_frames(response, self.object.page_data.get("embed_frames"))

    def get_context_data(self, **kwargs):
        article = self.object
        if not article.is_live():
            kwargs["preview_notice"] = (
                f"Preview: readers cannot see this article. State: {article.state()}."
            )
        return super().get_context_data(
            **article_page_context(self.request, article), **kwargs
        )


def article_page_context(request, article):
    """Related articles and structured data; the rest is stored on the
    article."""
    return {
        "related": related_cards(article),
        "structured_data": article_structured_data(request, article),
        **article_page_parts(request, article),
    }


def article_page_parts(request, article):
    """What the article template needs besides the article, for the page
    and its previews alike: read from the data stored with it, so the page
    reverses no address of its own."""
    data = article.page_data
    *trail, here = article_breadcrumbs(article)
    topic = data["topic"]
    return {
        "title": article.seo_title or article.title,
        "description": article.meta_description or article.standfirst or article.title,
        "canonical_url": request.build_absolute_uri(data["url"]),
        "breadcrumbs": [
            *((crumb["name"], crumb["url"]) for crumb in trail),
            (here["name"], None),
        ],
        "topic": topic,
        "feed": topic and {"title": topic["name"], "url": topic["feed_url"]},
        "share_image": absolute_share_image(request, article),
    }


def shared_preview(request, token):
    """An unpublished article, for whoever holds a valid preview link."""
    link = PreviewLink.from_token(token)
    if link is None:
        response = TemplateResponse(
            request,
            "articles/preview_expired.html",
            {"title": "Preview link expired"},
            status=410,
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
        allow_embed_frames(response, article.page_data.get("embed_frames"))
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
