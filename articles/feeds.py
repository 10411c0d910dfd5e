"""RSS and Atom feeds of the newest published articles, with their whole body."""

import re
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, format_html

from articles.models import Article, Topic

FEED_LENGTH = 20

LINK_ADDRESS = re.compile(r'(<(?:a|img)\s(?:[^>]*?\s)?(?:href|src)=")([^"]*)"')


def absolute_links(html, base):
    """``html`` with every link and image address resolved against ``base``.

    A feed reader shows the body away from the site, where the table of
    contents' ``#section`` and the tags' ``/tags/…`` would lead nowhere.
    """
    return LINK_ADDRESS.sub(lambda match: f'{match[1]}{urljoin(base, match[2])}"', html)


class FullContentRss(Rss201rev2Feed):
    """RSS 2.0 whose item descriptions link back with absolute addresses."""

    def add_item(self, title, link, description, **kwargs):
        super().add_item(title, link, absolute_links(description, link), **kwargs)


class FullContentAtom(Atom1Feed):
    """Atom 1.0 with each entry's whole body as ``<content type="html">``.

    Django's Atom feed writes only a ``<summary>``.
    """

    def add_item(self, title, link, description, content, **kwargs):
        content = absolute_links(content, link)
        super().add_item(title, link, description, content=content, **kwargs)

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


def feed_articles():
    """Published articles, newest first, with what an item shows, in one
    query: bylines and tags come from the data stored with the body."""
    return (
        Article.objects.published()
        .select_related("topic")
        .only(
            "title",
            "slug",
            "standfirst",
            "body_html",
            "publish_at",
            "public_updated_at",
            "page_data",
            "topic__name",
        )
        .order_by("-publish_at", "-id")
    )


class LatestArticlesRSS(Feed):
    """The 20 newest published articles as RSS 2.0, standfirst then body."""

    feed_type = FullContentRss

    def title(self, obj):
        return settings.SITE_NAME

    def link(self, obj):
        return reverse("articles:index")

    def description(self, obj):
        return f"The latest articles from {settings.SITE_NAME}."

    def items(self, obj):
        return feed_articles()[:FEED_LENGTH]

    def item_description(self, item):
        standfirst = (
            format_html("<p>{}</p>", item.standfirst) if item.standfirst else ""
        )
        return standfirst + item.body_html

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.modified_at()

    def item_author_name(self, item):
        authors = item.page_data.get("authors", [])
        return " and ".join(author["name"] for author in authors) or None

    def item_categories(self, item):
        topic = [item.topic.name] if item.topic else []
        return topic + item.page_data.get("keywords", [])


class LatestArticlesAtom(LatestArticlesRSS):
    """The same articles as Atom 1.0: standfirst as summary, body as content."""

    feed_type = FullContentAtom

    def subtitle(self, obj):
        return self.description(obj)

    def author_name(self, obj):
        # Atom requires an author for every entry; this one covers articles
        # without a byline.
        return settings.SITE_NAME

    def item_title(self, item):
        # Atom titles are text; Django escapes them once more for RSS readers.
        return item.title

    def item_description(self, item):
        return escape(item.standfirst) or None

    def item_extra_kwargs(self, item):
        return {"content": item.body_html}


class TopicRSS(LatestArticlesRSS):
    """The 20 newest published articles of one topic, as RSS 2.0."""

    def get_object(self, request, slug):
        # Feed answers Topic.DoesNotExist with a 404.
        return Topic.objects.get(slug=slug)

    def title(self, obj):
        return f"{obj.name} · {settings.SITE_NAME}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or f"The latest articles on {obj.name}."

    def items(self, obj):
        return feed_articles().filter(topic=obj)[:FEED_LENGTH]
