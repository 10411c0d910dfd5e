"""The one article renderer: ``render_article`` turns an article, saved or a
``Document``, into every part stored with it (``STORED_FIELDS``). Every write
path calls it, and so do previews.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import slugify

from articles.api.representation import stored_api_data
from articles.formats.document import Document
from articles.slugs import numbered

from .embeds import frame_origins, parts_with_facades
from .pictures import card_image, figure, lead_image_preload, share_image_data


def section_anchors(headings):
    """Stable, unique fragment ids for section headings, in order."""
    anchors, seen = [], set()
    for heading in headings:
        anchor = numbered(slugify(heading) or "section", seen)
        seen.add(anchor)
        anchors.append(anchor)
    return anchors


def render_byline(article, authors, notes, *, corrections_anchor):
    """The stored HTML under the standfirst: byline, then a meta line of the
    dates and reading time present, the "Updated" date linking to the
    corrections when there are any."""
    updated = article.public_updated_at
    if updated and article.publish_at and updated.date() == article.publish_at.date():
        updated = None
    meta = [
        {"label": "Published", "at": article.publish_at},
        {"label": "Updated", "at": updated, "url": notes and f"#{corrections_anchor}"},
        {"text": article.reading_minutes and f"{article.reading_minutes} min read"},
    ]
    return render_to_string(
        "articles/includes/byline.html",
        {
            "authors": authors,
            "meta": [part for part in meta if part.get("at") or part.get("text")],
        },
    )


def render_corrections(notes, *, anchor):
    """The stored HTML of the article's correction and update notes, newest
    first, or nothing without notes."""
    if not notes:
        return ""
    return render_to_string(
        "articles/includes/corrections.html", {"notes": notes, "anchor": anchor}
    )


def byline_names(names):
    """Names as a byline joins them: "Ana", "Ana and Ben", "Ana, Ben and Cy"."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def stored_card(article, *, summary, image):
    """A card's data from the article's stored parts, for the cards that are
    not its stored one (the front page's lead, a search result, the related
    box): ``article``
    comes with ``byline`` and ``topic_link`` (``with_card_parts()``)."""
    return {
        "url": article.get_absolute_url(),
        "title": article.title,
        "summary": summary,
        "byline": byline_names(author["name"] for author in article.byline or ()),
        "publish_at": article.publish_at,
        "image": image,
        "topic": article.topic_link,
    }


def render_card(article, authors):
    """The stored HTML of ``article``'s card in lists: topic, headline (a
    level-2 heading), standfirst, byline, date and thumbnail. Reads plain
    fields and the topic only. (Other cards, such as the related box's one
    level down, are built from the stored parts: ``stored_card``.)"""
    topic = article.topic
    card = {
        "url": reverse("articles:detail", kwargs={"slug": article.slug}),
        "title": article.title,
        "summary": article.standfirst,
        "byline": byline_names(author.display_name for author in authors),
        "publish_at": article.publish_at,
        "image": article.card_image,
        "topic": topic
        and {
            "name": topic.name,
            "url": reverse("articles:topic", kwargs={"slug": topic.slug}),
        },
    }
    return render_to_string(
        "articles/includes/article_card.html", {"card": card, "level": 2}
    )


def page_data(article, authors, tags, faqs):
    """What the page and its structured data need beyond the article's own
    fields, its addresses included: a page reverses none of its own."""
    url = reverse("articles:detail", kwargs={"slug": article.slug})
    topic = article.topic
    if topic is not None:
        topic = {
            "name": topic.name,
            "url": reverse("articles:topic", kwargs={"slug": topic.slug}),
            "feed_url": reverse("articles:topic-feed-rss", kwargs={"slug": topic.slug}),
        }
    return {
        "url": url,
        "topic": topic,  # the breadcrumbs' middle step too (structured_data)
        "image": share_image_data(article.social_image or article.lead_image),
        "lead_preload": lead_image_preload(article.lead_image),
        "authors": [
            {"name": author.display_name, "url": author.get_absolute_url()}
            for author in authors
        ],
        "keywords": [tag.name for tag in tags],
        "tag_ids": [tag.pk for tag in tags],
        "faq": [{"question": faq.question, "answer": faq.answer_html} for faq in faqs],
    }


def lead_parts(article, page_article):
    """What the top of the page's body needs beside the lead's stored HTML
    (``Article.lead_block_html``): the lead picture, and the lead as the page
    shows it (``page_article``'s) where that differs, with the facades of its
    embedded players. The lead itself is stored once, in ``lead_html``."""
    parts = {}
    if article.lead_image_id:
        parts["lead_figure"] = render_to_string(
            "articles/includes/figure.html",
            {"figure": figure(article.lead_image, eager=True)},
        ).strip()
    if page_article.lead_html != article.lead_html:
        parts["lead_facades"] = page_article.lead_html
    return parts


# Parts of the page data most articles do without: stored only when they
# hold something (readers take a missing one as empty), since every byte is
# in every article's row.
OPTIONAL_PAGE_PARTS = ("image", "lead_preload", "faq", "corrections", "embed_frames")


def without_empty_parts(data):
    return {
        key: value
        for key, value in data.items()
        if value or key not in OPTIONAL_PAGE_PARTS
    }


def render_article_body(article, sections, faqs, tags):
    """The stored HTML of the article's body after its lead (which the page
    puts before it, ``Article.lead_block_html``), from its rendered parts:
    ``sections`` each with its ``bullet_items`` and ``anchor``."""
    for section in sections:
        section.figure = figure(section.image) if section.image_id else None
    faq_anchor = section_anchors([*(s.heading for s in sections), "faq"])[-1]
    body = render_to_string(
        "articles/includes/article_body.html",
        {
            "article": article,
            "sections": sections,
            "faqs": faqs,
            "faq_anchor": faq_anchor,
            "tags": tags,
        },
    )
    return body.strip()


WORDS_PER_MINUTE = 230


def word_count(article, sections, faqs):
    """The words of the article's text, as an editor counts them: lead,
    sections (heading, paragraphs, bullet points), FAQ and closing; not the
    contents list, captions or tags the page adds."""
    texts = [article.lead_html, article.closing_html]
    for section in sections:
        texts += [section.heading, section.body_html, section.body_after_list_html]
        texts += [f"{b.label} {b.text_html}" for b in section.bullet_items]
    for faq in faqs:
        texts += [faq.question, faq.answer_html]
    return sum(len(strip_tags(text).split()) for text in texts)


def reading_minutes(words):
    """Minutes an adult needs to read so many words, at least one."""
    return max(1, round(words / WORDS_PER_MINUTE))


# What render_article fills in: the HTML and data pages and lists show as is.
STORED_FIELDS = (
    "body_html",
    "reading_minutes",
    "word_count",
    "byline_html",
    "page_data",
    "card_image",
    "card_html",
    "api_data",
)


def render_article(source, *, saved=None):
    """Render every stored part of an article (``STORED_FIELDS``): body,
    word count, reading time, byline, the page's data (structured data,
    addresses, corrections, embedded players), card thumbnail, card and the
    Content API's data. Returns the article with those parts set.

    ``source`` is a saved article from ``Article.objects.for_rendering()``
    (no query runs), or a ``Document``, which becomes an unsaved article
    whose topic, tags, authors and images are looked up by name and key in
    a few queries (those not found are shown as a save would make them).
    ``saved`` is the article a ``Document`` changes, if any: its correction
    notes and its updated date are shown too.
    """
    if isinstance(source, Document):
        article, sections, faqs, authors, tags, notes = _unsaved_parts(source, saved)
        # Embeds are resolved by saves only: a preview shows the saved ones.
        embeds = list(saved.embeds.all()) if saved is not None and saved.pk else []
    else:
        article = source
        sections = list(article.sections.all())
        for section in sections:
            section.bullet_items = list(section.bullets.all())
        faqs = list(article.faqs.all())
        authors, tags = list(article.authors.all()), list(article.tags.all())
        notes = list(article.notes.all())
        embeds = list(article.embeds.all())
    # Each section's id on the page, which the API gives too.
    for section, anchor in zip(
        sections, section_anchors(s.heading for s in sections), strict=True
    ):
        section.anchor = anchor
    page_article, page_sections = parts_with_facades(article, sections, embeds)
    article.body_html = render_article_body(page_article, page_sections, faqs, tags)
    article.word_count = word_count(article, sections, faqs)
    article.reading_minutes = reading_minutes(article.word_count)
    # Its own fragment, unlike any heading's: a section may be "Corrections".
    corrections_anchor = section_anchors(
        [*(section.heading for section in sections), "faq", "corrections"]
    )[-1]
    article.byline_html = render_byline(
        article, authors, notes, corrections_anchor=corrections_anchor
    )
    article.page_data = page_data(article, authors, tags, faqs)
    article.page_data["corrections"] = render_corrections(
        notes, anchor=corrections_anchor
    )
    article.page_data["embed_frames"] = frame_origins(embeds)
    article.page_data |= lead_parts(article, page_article)
    article.page_data = without_empty_parts(article.page_data)
    article.card_image = card_image(article.lead_image)
    article.card_html = render_card(article, authors)
    article.api_data = stored_api_data(
        article, sections=sections, faqs=faqs, authors=authors, tags=tags, notes=notes
    )
    return article


def _unsaved_parts(document, saved):
    """The unsaved article a ``Document`` describes, its parts rendered, and
    its labels, in the order a saved article reads them."""
    # Imported here: the models import this package for their Markdown.
    from articles.models import FAQ, Article, Author, Tag, Topic

    images = _images_by_key(document)
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
        seo_title=document.seo_title,
        meta_description=document.meta_description,
        social_image=images.get(document.social_image),
        topic=topic,
        public_updated_at=saved.public_updated_at if saved else None,
    )
    article.render_markdown_fields()
    sections = _unsaved_sections(document, images)
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


def _images_by_key(document):
    """The media-library images a ``Document`` names, with their renditions,
    by key."""
    from articles.models import Image

    keys = document.image_keys()
    if not keys:
        return {}
    return {
        image.key: image
        for image in Image.objects.filter(key__in=keys).prefetch_related("renditions")
    }


def _unsaved_sections(document, images):
    """A ``Document``'s sections as unsaved models, each with its
    ``bullet_items``; Markdown not rendered yet."""
    from articles.models import Bullet, Section

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
    return sections


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
