"""Markdown to sanitised HTML: the one renderer for stored HTML and previews.

``render_markdown`` is also ``MARKDOWNX_MARKDOWNIFY_FUNCTION``, so the editor's
live preview and the public page can never disagree, in looks or in safety.
``render_article`` turns an article, saved or a ``Document``, into every part
stored with it: every write path calls it, and so do previews.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import slugify

from articles.formats.document import Document
from articles.slugs import numbered

# Everything prose needs, nothing that runs code or changes the page's look:
# no script, style, iframe, form, svg or event-handler attributes.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "strong",
    "sub", "sup", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text):
    """Render editor Markdown to HTML that is safe to print unescaped."""
    html = markdown.markdown(text or "", extensions=["sane_lists"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_markdown_inline(text):
    """Like ``render_markdown``, without the paragraph around a one-line text."""
    html = render_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


class _ImageSources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sources = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append((dict(attrs).get("src") or "").strip())

    handle_startendtag = handle_starttag


def blocked_images(text):
    """The addresses of the images in Markdown ``text`` that readers' browsers
    would not show, because the site's Content-Security-Policy (img-src)
    does not allow them: images from other sites, or ("") without an address
    the sanitiser kept."""
    if "![" not in text and "<img" not in text.lower():
        return []  # no image can come out of it: no need to render
    parser = _ImageSources()
    parser.feed(render_markdown(text))
    parser.close()
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    return [src for src in parser.sources if not csp_allows(src, allowed)]


# A CSP host source: [scheme://]host[:port][/path], the host maybe "*.x".
_HOST_SOURCE = re.compile(
    r"(?:(?P<scheme>[a-z][a-z0-9+.-]*)://)?(?P<host>\*|(?:\*\.)?[^/:*]+)"
    r"(?::(?P<port>\d+|\*))?(?P<path>/.*)?",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def csp_allows(src, sources):
    """Whether a page served with these CSP ``sources`` may load ``src``
    (CSP Level 3 source matching, for the kinds of sources settings use)."""
    # As browsers read it: tabs and newlines dropped, a backslash is "/".
    src = re.sub(r"[\t\n\r]", "", src).replace("\\", "/")
    try:
        url = urlsplit(src)
        port = url.port
    except ValueError:
        return False
    if not src:
        return False
    if not url.scheme and not url.netloc:
        return "'self'" in sources  # a path on this site
    scheme = (url.scheme or "https").lower()  # "//host/…" takes the page's
    host = (url.hostname or "").lower()
    port = port or _DEFAULT_PORTS.get(scheme)
    for source in sources:
        if re.fullmatch(r"[a-z][a-z0-9+.-]*:", source, re.IGNORECASE):
            if source[:-1].lower() == scheme:
                return True
            continue
        match = _HOST_SOURCE.fullmatch(source)
        if source.startswith("'") or not match:
            continue
        wanted = (match["scheme"] or "").lower()
        if wanted and wanted != scheme and (wanted, scheme) != ("http", "https"):
            continue
        if not wanted and scheme not in _DEFAULT_PORTS:
            continue
        pattern = match["host"].lower()
        if not (
            pattern == "*"
            or host == pattern
            or (pattern.startswith("*.") and host.endswith(pattern[1:]))
        ):
            continue
        wanted_port = match["port"] or _DEFAULT_PORTS.get(scheme)
        if wanted_port != "*" and str(port) != str(wanted_port):
            continue
        path = match["path"] or ""
        if path.endswith("/") and not url.path.startswith(path):
            continue
        if path and not path.endswith("/") and url.path != path:
            continue
        return True
    return False


def section_anchors(headings):
    """Stable, unique fragment ids for section headings, in order."""
    anchors, seen = [], set()
    for heading in headings:
        anchor = numbered(slugify(heading) or "section", seen)
        seen.add(anchor)
        anchors.append(anchor)
    return anchors


def render_byline(article, authors, notes):
    """The stored HTML under the standfirst: byline, dates, reading time, notes."""
    updated = article.public_updated_at
    if updated and article.publish_at and updated.date() == article.publish_at.date():
        updated = None
    return render_to_string(
        "articles/includes/byline.html",
        {"article": article, "authors": authors, "notes": notes, "updated": updated},
    )


# The article column is 38rem wide, less its padding on small screens.
FIGURE_SIZES = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"


def _srcset(renditions):
    return ", ".join(f"{r.url} {r.width}w" for r in renditions)


def _picture(image, sizes):
    """The ``<picture>`` parts for ``image``, from its (prefetched)
    renditions: WebP first, the original's format as fallback; None if it
    has no renditions."""
    by_width = sorted(
        (r for r in image.renditions.all() if r.kind == "width"),
        key=lambda r: r.width,
    )
    webp = [r for r in by_width if r.format == "WEBP"]
    fallback = [r for r in by_width if r.format == image.format]
    if not fallback:
        return None
    default = fallback[min(1, len(fallback) - 1)]
    return {
        "sources": [] if image.format == "WEBP" else [_srcset(webp)],
        "src": default.url,
        "smallest": fallback[0].url,
        "srcset": _srcset(fallback),
        "sizes": sizes,
        "width": default.width,
        "height": default.height,
    }


def figure(image, *, eager=False):
    """What ``includes/figure.html`` needs to show ``image``."""
    picture = _picture(image, FIGURE_SIZES)
    if picture is None:
        return None
    del picture["smallest"]
    return picture | {
        "alt": "" if image.is_decorative else image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "eager": eager,
    }


CARD_SIZES = "(min-width: 40rem) 10rem, 6rem"


def card_image(image):
    """A list card's thumbnail (the lead image), or {} without one. Its alt
    text is empty: the card's headline, next to it, says what it is about."""
    picture = _picture(image, CARD_SIZES) if image is not None else None
    if picture is None:
        return {}
    picture["src"] = picture.pop("smallest")
    return picture


def render_card(article, *, level=2):
    """The stored HTML of ``article``'s card: topic, headline (a heading of
    ``level``), standfirst, date and thumbnail. Lists show it at level 2, the
    related box under its level-2 heading at level 3. Reads plain fields and
    the topic only."""
    topic = article.topic
    card = {
        "url": reverse("articles:detail", kwargs={"slug": article.slug}),
        "title": article.title,
        "summary": article.standfirst,
        "publish_at": article.publish_at,
        "image": article.card_image,
        "topic": topic
        and {
            "name": topic.name,
            "url": reverse("articles:topic", kwargs={"slug": topic.slug}),
        },
    }
    return render_to_string(
        "articles/includes/article_card.html", {"card": card, "level": level}
    )


def share_image(image):
    """The 1200×630 crop for Open Graph, Twitter and JSON-LD, or None."""
    if image is None:
        return None
    for rendition in image.renditions.all():
        if rendition.kind == "share":
            return {
                "url": rendition.url,
                "width": rendition.width,
                "height": rendition.height,
                "type": rendition.mime_type,
                "alt": "" if image.is_decorative else image.alt_text,
            }
    return None


def page_data(article, authors, tags, faqs):
    """What the page and its structured data need beyond the article's own
    fields, its addresses included: a page reverses none of its own."""
    url = reverse("articles:detail", kwargs={"slug": article.slug})
    topic = article.topic
    trail = [{"name": "Home", "url": reverse("articles:index")}]
    if topic is not None:
        topic = {
            "name": topic.name,
            "url": reverse("articles:topic", kwargs={"slug": topic.slug}),
            "feed_url": reverse("articles:topic-feed-rss", kwargs={"slug": topic.slug}),
        }
        trail.append({"name": topic["name"], "url": topic["url"]})
    trail.append({"name": article.title, "url": url})
    return {
        "url": url,
        "topic": topic,
        "breadcrumbs": trail,
        "image": share_image(article.lead_image),
        "authors": [
            {"name": author.display_name, "url": author.get_absolute_url()}
            for author in authors
        ],
        "keywords": [tag.name for tag in tags],
        "tag_ids": [tag.pk for tag in tags],
        "faq": [{"question": faq.question, "answer": faq.answer_html} for faq in faqs],
    }


def render_article_body(article, sections, faqs, tags):
    """The stored HTML of a whole article body, from its rendered parts:
    ``sections`` each with its ``bullet_items``."""
    for section in sections:
        section.figure = figure(section.image) if section.image_id else None
    for section, anchor in zip(
        sections, section_anchors(s.heading for s in sections), strict=True
    ):
        section.anchor = anchor
    faq_anchor = section_anchors([*(s.heading for s in sections), "faq"])[-1]
    return render_to_string(
        "articles/includes/article_body.html",
        {
            "article": article,
            "lead_figure": (
                figure(article.lead_image, eager=True)
                if article.lead_image_id
                else None
            ),
            "sections": sections,
            "faqs": faqs,
            "faq_anchor": faq_anchor,
            "tags": tags,
        },
    )


WORDS_PER_MINUTE = 230


def reading_minutes(html):
    """Minutes an adult needs to read ``html``, at least one."""
    words = len(strip_tags(html).split())
    return max(1, round(words / WORDS_PER_MINUTE))


# What render_article fills in: the HTML and data pages and lists show as is.
STORED_FIELDS = (
    "body_html",
    "reading_minutes",
    "byline_html",
    "page_data",
    "card_image",
    "card_html",
)


def render_article(source, *, saved=None):
    """Render every stored part of an article (``STORED_FIELDS``): body,
    reading time, byline, the page's data (structured data, addresses, the
    card as related boxes show it), card thumbnail and card. Returns the
    article with those parts set.

    ``source`` is a saved article from ``Article.objects.for_rendering()``
    (no query runs), or a ``Document``, which becomes an unsaved article
    whose topic, tags, authors and images are looked up by name and key in
    a few queries (those not found are shown as a save would make them).
    ``saved`` is the article a ``Document`` changes, if any: its correction
    notes and its updated date are shown too.
    """
    if isinstance(source, Document):
        article, sections, faqs, authors, tags, notes = _unsaved_parts(source, saved)
    else:
        article = source
        sections = list(article.sections.all())
        for section in sections:
            section.bullet_items = list(section.bullets.all())
        faqs = list(article.faqs.all())
        authors, tags = list(article.authors.all()), list(article.tags.all())
        notes = list(article.notes.all())
    article.body_html = render_article_body(article, sections, faqs, tags)
    article.reading_minutes = reading_minutes(article.body_html)
    article.byline_html = render_byline(article, authors, notes)
    article.page_data = page_data(article, authors, tags, faqs)
    article.card_image = card_image(article.lead_image)
    article.card_html = render_card(article)
    article.page_data["related_card"] = render_card(article, level=3)
    return article


def _unsaved_parts(document, saved):
    """The unsaved article a ``Document`` describes, its parts rendered, and
    its labels, in the order a saved article reads them."""
    # Imported here: the models import this module for their Markdown.
    from articles.models import FAQ, Article, Author, Bullet, Image, Section, Tag, Topic

    keys = {document.lead_image, *(s.image for s in document.sections)} - {""}
    images = {
        image.key: image
        for image in (
            Image.objects.filter(key__in=keys).prefetch_related("renditions")
            if keys
            else []
        )
    }
    topic = None
    if document.topic:
        topic = Topic.objects.filter(name=document.topic).first() or Topic(
            name=document.topic, slug=slugify(document.topic)
        )
    tags = _labels_named(Tag, "name", document.tags)
    authors = _labels_named(Author, "display_name", document.authors)
    article = Article(
        title=document.title,
        slug=document.slug or slugify(document.title) or "article",
        standfirst=document.standfirst,
        lead=document.lead,
        faq_heading=document.faq_heading,
        closing=document.closing,
        status=document.status,
        publish_at=document.publish_at,
        unpublish_at=document.unpublish_at,
        lead_image=images.get(document.lead_image),
        topic=topic,
        public_updated_at=saved.public_updated_at if saved else None,
    )
    article.render_markdown_fields()
    sections = []
    for position, data in enumerate(document.sections):
        section = Section(
            position=position,
            heading=data.heading,
            image=images.get(data.image),
            body=data.body,
            body_after_list=data.body_after_list,
        )
        section.bullet_items = [
            Bullet(position=n, label=bullet.label, text=bullet.text)
            for n, bullet in enumerate(data.bullets)
        ]
        sections.append(section)
    faqs = [
        FAQ(position=position, question=faq.question, answer=faq.answer)
        for position, faq in enumerate(document.faqs)
    ]
    for part in [*sections, *faqs]:
        part.render_markdown_fields()
    for bullet in (bullet for section in sections for bullet in section.bullet_items):
        bullet.render_markdown_fields()
    notes = list(saved.notes.all()) if saved is not None and saved.pk else []
    return article, sections, faqs, authors, tags, notes


def _labels_named(model, field, names):
    """The rows of ``model`` called ``names`` (made up, unsaved, for those
    missing), ordered as the model orders them."""
    found = {}
    for label in model.objects.filter(**{f"{field}__in": names}).order_by("pk"):
        found.setdefault(getattr(label, field), label)
    labels = [
        found.get(name) or model(**{field: name, "slug": slugify(name)})
        for name in dict.fromkeys(names)
    ]
    return sorted(labels, key=lambda label: getattr(label, field))
