"""The article as the Content API gives it.

Everything that is not a plain column of the article (its parts, as Markdown
and as the sanitised HTML the page shows, its labels, notes and lead image)
is built once, when the article is rendered (``stored_api_data``, called by
``rendering.render_article``), and stored in ``Article.api_data``; a request
reads it back with the row (``article_data``): one query however large the
article.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse

# The plain columns ``article_data`` reads besides ``api_data``: what lists and
# the detail load (``Article.objects.for_api()``).
API_FIELDS = (
    "title",
    "slug",
    "standfirst",
    "publish_at",
    "public_updated_at",
    "updated_at",
    "reading_minutes",
    "word_count",
    "api_data",
    # The lead and the closing are the article's own columns, not copied
    # into ``api_data``.
    "lead",
    "lead_html",
    "closing",
    "closing_html",
    "faq_heading",
)


def text(markdown, html):
    return {"markdown": markdown, "html": html}


def label_data(label, url_name, name):
    return {
        "name": name,
        "slug": label.slug,
        "path": reverse(url_name, kwargs={"slug": label.slug}),
    }


def image_data(image):
    """An image as the API gives it: what it shows and every rendition."""
    if image is None:
        return None
    renditions = sorted(
        image.renditions.all(), key=lambda r: (r.kind, r.format, r.width)
    )
    return {
        "key": image.key,
        "alt": "" if image.is_decorative else image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "url": r.url,
                "kind": r.kind,
                "width": r.width,
                "height": r.height,
                "type": r.mime_type,
            }
            for r in renditions
        ],
    }


def section_data(section):
    """A rendered section (``anchor`` and ``bullet_items`` set by the
    renderer)."""
    return {
        "heading": section.heading,
        "anchor": section.anchor,
        "image": image_data(section.image) if section.image_id else None,
        "body": text(section.body, section.body_html),
        "bullets": [
            {"label": bullet.label, "text": text(bullet.text, bullet.text_html)}
            for bullet in section.bullet_items
        ],
        "body_after_list": text(section.body_after_list, section.body_after_list_html),
    }


def stored_api_data(article, *, sections, faqs, authors, tags, notes):
    """What ``Article.api_data`` stores: the article's parts and labels as
    rendered, from what ``render_article`` read (no query runs)."""
    topic = article.topic
    stored = {
        "lead_image": image_data(article.lead_image) if article.lead_image_id else None,
        "sections": [section_data(section) for section in sections],
        "faq": [
            {"question": faq.question, "answer": text(faq.answer, faq.answer_html)}
            for faq in faqs
        ],
        "authors": [
            label_data(author, "articles:author", author.display_name)
            for author in authors
        ],
        "topic": topic and label_data(topic, "articles:topic", topic.name),
        "tags": [label_data(tag, "articles:tag", tag.name) for tag in tags],
        "corrections": [
            {"text": note.text, "noted_at": note.noted_at.isoformat()} for note in notes
        ],
    }
    # Every byte is in every article's row: what is empty is left out, and
    # ``article_data`` reads a missing part as empty.
    return {key: value for key, value in stored.items() if value}


def absolute(url, request=None):
    """``url`` on the site's host: the request's, else NEWSROOM_SITE_URL."""
    if not url or not url.startswith("/"):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return urljoin(settings.NEWSROOM_SITE_URL, url)


def _with_absolute_urls(label, request):
    if label is None:
        return None
    return {
        "name": label["name"],
        "slug": label["slug"],
        "url": absolute(label["path"], request),
    }


def _image_with_absolute_urls(image, request):
    if image is None:
        return None
    renditions = [r | {"url": absolute(r["url"], request)} for r in image["renditions"]]
    return image | {"renditions": renditions}


def _date(moment):
    return moment.isoformat() if moment else None


def article_summary(article, request=None):
    """An article in lists: what a card or an index needs, and where the
    whole article is."""
    stored = article.api_data
    return {
        "slug": article.slug,
        "title": article.title,
        "standfirst": article.standfirst,
        "url": absolute(article.get_absolute_url(), request),
        "api_url": absolute(
            reverse("api:article-detail", kwargs={"slug": article.slug}), request
        ),
        "published_at": _date(article.publish_at),
        "updated_at": _date(article.public_updated_at),
        "modified_at": _date(article.updated_at),
        "reading_minutes": article.reading_minutes,
        "topic": _with_absolute_urls(stored.get("topic"), request),
        "tags": [_with_absolute_urls(tag, request) for tag in stored.get("tags", [])],
        "authors": [
            _with_absolute_urls(author, request) for author in stored.get("authors", [])
        ],
        "lead_image": _image_with_absolute_urls(stored.get("lead_image"), request),
    }


def article_data(article, request=None) -> dict:
    """Exactly the object ``/api/v1/articles/<slug>/`` returns for
    ``article`` (a row with ``API_FIELDS``). Addresses are absolute, on the
    request's host, else on NEWSROOM_SITE_URL."""
    stored = article.api_data
    sections = [
        section | {"image": _image_with_absolute_urls(section["image"], request)}
        for section in stored.get("sections", [])
    ]
    return article_summary(article, request) | {
        "canonical_url": absolute(article.get_absolute_url(), request),
        "word_count": article.word_count,
        "lead": text(article.lead, article.lead_html),
        "sections": sections,
        "faq": {"heading": article.faq_heading, "entries": stored.get("faq", [])},
        "closing": text(article.closing, article.closing_html),
        "corrections": stored.get("corrections", []),
    }
