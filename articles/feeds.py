"""RSS and Atom feeds of the newest published articles, with their whole body,
lead image (an enclosure and Media RSS ``media:content``) and authors."""

import re
from datetime import UTC
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape, format_html

from articles.models import Article, Topic

FEED_LENGTH = 20

MEDIA_RSS = "http://search.yahoo.com/mrss/"

LINK_ADDRESS = re.compile(r'(<(?:a|img)\s(?:[^>]*?\s)?(?:href|src)=")([^"]*)"')
SOURCE_SET = re.compile(r'(<(?:img|source)\s(?:[^>]*?\s)?srcset=")([^"]*)"')


def absolute_source_set(srcset, base):
    """A ``srcset``'s candidates (``address width, …``), resolved."""
    candidates = (
        candidate.strip().split(maxsplit=1) for candidate in srcset.split(",")
    )
    return ", ".join(
        " ".join([urljoin(base, address), *descriptor])
        for address, *descriptor in candidates
    )


def absolute_links(html, base):
    """``html`` with every link and image address resolved against ``base``.

    A feed reader shows the body away from the site, where the table of
    contents' ``#section``, the tags' ``/tags/…`` and the pictures' own
    addresses would lead nowhere.
    """
    html = LINK_ADDRESS.sub(lambda match: f'{match[1]}{urljoin(base, match[2])}"', html)
    return SOURCE_SET.sub(
        lambda match: f'{match[1]}{absolute_source_set(match[2], base)}"', html
    )


class LeadImageItems:
    """Items with their lead image as ``media:content`` (Media RSS), beside
    the enclosure Django writes; both at absolute addresses."""

    def add_item(self, title, link, description, *, lead_image=None, **kwargs):
        if lead_image is not None:
            lead_image = lead_image | {"url": urljoin(link, lead_image["url"])}
        kwargs["enclosures"] = [
            Enclosure(
                urljoin(link, enclosure.url), enclosure.length, enclosure.mime_type
            )
            for enclosure in kwargs.get("enclosures") or ()
        ]
        super().add_item(title, link, description, lead_image=lead_image, **kwargs)

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item["lead_image"]
        if image is not None:
            handler.addQuickElement(
                "media:content",
                attrs={
                    "url": image["url"],
                    "type": image["type"],
                    "fileSize": str(image["length"]),
                    "width": str(image["width"]),
                    "height": str(image["height"]),
                    "medium": "image",
                },
            )


class FullContentRss(LeadImageItems, Rss201rev2Feed):
    """RSS 2.0 whose item descriptions link back with absolute addresses."""

    def rss_attributes(self):
        return super().rss_attributes() | {"xmlns:media": MEDIA_RSS}

    def add_item(self, title, link, description, **kwargs):
        super().add_item(title, link, absolute_links(description, link), **kwargs)


class FullContentAtom(LeadImageItems, Atom1Feed):
    """Atom 1.0 with each entry's whole body as ``<content type="html">`` and
    an ``<author>`` per author.

    Django's Atom feed writes only a ``<summary>``, and one author.
    """

    def root_attributes(self):
        return super().root_attributes() | {"xmlns:media": MEDIA_RSS}

    def add_item(self, title, link, description, content, **kwargs):
        content = absolute_links(content, link)
        super().add_item(title, link, description, content=content, **kwargs)

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")
        handler.addQuickElement("content", item["content"], {"type": "html"})


def feed_articles():
    """Published articles, newest first, with what an item shows, in one
    query: bylines and tags come from the data stored with the body."""
    return (
        Article.objects.published()
        .select_related("topic", "lead_image")
        .only(
            "title",
            "slug",
            "standfirst",
            "lead_html",
            "body_html",
            "publish_at",
            "public_updated_at",
            "created_at",
            "page_data",
            "topic__name",
            "lead_image__file",
            "lead_image__file_size",
            "lead_image__format",
            "lead_image__width",
            "lead_image__height",
        )
        .order_by("-publish_at", "-id")
    )


def article_tag_uri(article):
    """The article's feed id, ``tag:<site host>,<date>:article/<id>``: a new
    slug or publish date keeps it, so readers do not show the article again.
    Dated by its creation, which never changes (RFC 4151)."""
    host = urlsplit(settings.NEWSROOM_SITE_URL).hostname
    created = article.created_at.astimezone(UTC).date()
    return f"tag:{host},{created.isoformat()}:article/{article.pk}"


def lead_image(article):
    """The lead image's original: the only file whose byte size is stored."""
    image = article.lead_image
    if image is None:
        return None
    return {
        "url": image.file.url,
        "type": image.mime_type,
        "length": image.file_size,
        "width": image.width,
        "height": image.height,
    }


def author_names(article):
    return [author["name"] for author in article.page_data.get("authors", [])]


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
        return standfirst + item.page_body_html()

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.modified_at()

    def item_guid(self, item):
        return article_tag_uri(item)

    item_guid_is_permalink = False

    def item_enclosures(self, item):
        image = lead_image(item)
        if image is None:
            return []
        return [Enclosure(image["url"], str(image["length"]), image["type"])]

    def item_author_name(self, item):
        return " and ".join(author_names(item)) or None

    def item_extra_kwargs(self, item):
        return {"lead_image": lead_image(item)}

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

    def item_author_name(self, item):
        # One <author> per author instead, from item_extra_kwargs.
        return None

    def item_title(self, item):
        # Atom titles are text; Django escapes them once more for RSS readers.
        return item.title

    def item_description(self, item):
        return escape(item.standfirst) or None

    def item_extra_kwargs(self, item):
        return super().item_extra_kwargs(item) | {
            "content": item.page_body_html(),
            "authors": author_names(item),
        }


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
