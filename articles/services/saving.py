"""Saving, rendering again and deleting: every write path ends in these.

Every write to an article (admin form, list actions, import, restore) ends in
``article_saved``: its stored HTML is rendered again, the edit counter moves
on (so a form opened earlier is refused on save) and a revision of the whole
article is recorded. A write that changes what many articles show (a label
renamed, an image edited, a template changed) ends in ``articles_render``.

Every write here also announces what it made stale (``articles.caching.
invalidation``), taking effect when its transaction commits. Nothing else
does: no signal watches the models, so a new write path calls a service.
"""

import reversion
from django.db import transaction
from django.db.models import Max

from articles.caching import invalidation
from articles.models import FAQ, Article, Bullet, Section, SlugRedirect
from articles.rendering import STORED_FIELDS, render_article
from articles.services import search, webhooks
from articles.services.editing import count_save
from articles.services.embeds import article_embeds_resolve

# Articles rendered again together: bounded memory and SQL.
RENDER_BATCH = 200


def record_revision(article, *, by, comment, loaded=None):
    # The whole article: reversion follows its sections, their bullets and
    # the FAQ, read through these prefetches rather than one query a section.
    article = loaded or Article.objects.prefetch_related(
        "sections__bullets", "faqs", "authors", "tags"
    ).get(pk=article.pk)
    with reversion.create_revision(manage_manually=True):
        if by is not None and by.is_authenticated:
            reversion.set_user(by)
        reversion.set_comment(comment)
        reversion.add_to_revision(article)


def article_saved(article, *, by, comment):
    """After any write to an article or its parts."""
    invalidation.article_changed(article)
    # Before reading: providers are asked now, never while a reader waits.
    article_embeds_resolve(article)
    # Read once, with every part, for the stored HTML, the revision and search.
    loaded = render_article(Article.objects.for_rendering().get(pk=article.pk))
    stored = {name: getattr(loaded, name) for name in STORED_FIELDS}
    Article.objects.filter(pk=article.pk).update(**stored)
    for name, value in stored.items():
        setattr(article, name, value)
    count_save(article, by=by)
    record_revision(article, by=by, comment=comment, loaded=loaded)
    search.index_article(article, loaded=loaded)
    webhooks.article_saved(article)


# What each model renders from its Markdown fields.
PART_MARKDOWN = {
    model: [f"{name}_html" for name in model.markdown_fields]
    + [f"{name}_html" for name in model.inline_markdown_fields]
    for model in (Article, Section, Bullet, FAQ)
}


@transaction.atomic
def articles_render(articles, *, markdown=False):
    """Render the stored HTML and data of ``articles`` (a QuerySet) again and
    store them, after a change to what many articles show: a topic, tag or
    author renamed, an image edited, a template changed. ``markdown``: the
    HTML of every Markdown field too (the articles' and their sections',
    bullet points' and FAQ entries'), after a change to the Markdown renderer.

    All or nothing, a batch at a time in a fixed number of queries, and the
    page cache forgets once. Returns how many articles were rendered.
    """
    ids = list(articles.order_by("pk").values_list("pk", flat=True).distinct())
    for start in range(0, len(ids), RENDER_BATCH):
        batch = list(
            Article.objects.for_rendering().filter(
                pk__in=ids[start : start + RENDER_BATCH]
            )
        )
        if markdown:
            render_parts_markdown(batch)
        for article in batch:
            render_article(article)
        fields = [*STORED_FIELDS, *(PART_MARKDOWN[Article] if markdown else ())]
        Article.objects.bulk_update(batch, fields)
        invalidation.articles_changed(batch)
    return len(ids)


def render_parts_markdown(articles):
    """Render the Markdown fields of ``articles`` (from ``for_rendering()``)
    and of their parts again; store the parts' (the articles' are the
    caller's to store)."""
    sections = [section for article in articles for section in article.sections.all()]
    parts = {
        Section: sections,
        Bullet: [bullet for section in sections for bullet in section.bullets.all()],
        FAQ: [faq for article in articles for faq in article.faqs.all()],
    }
    for article in articles:
        article.render_markdown_fields()
    for model, rows in parts.items():
        for row in rows:
            row.render_markdown_fields()
        model.objects.bulk_update(rows, PART_MARKDOWN[model])


def label_saved(label, *, old_slug, renamed):
    """After a topic, tag or author was changed: its own pages go, under its
    old address too, and when its articles show the change (``renamed``: a
    new name or address), they are rendered, stored and indexed again (the
    search index holds the names an article carries)."""
    invalidation.label_changed(label, old_slug=old_slug)
    if renamed:
        with transaction.atomic():
            articles_render(label.articles.all())
            search.reindex(label.articles.all())


def labels_delete(labels):
    """Delete topics, tags or authors (a queryset of one of them): their pages
    go, and the articles that carried them are stored and indexed again
    without them."""
    with transaction.atomic():
        labels = list(labels)
        if not labels:
            return
        rows = type(labels[0]).objects.filter(pk__in=[label.pk for label in labels])
        carried = set(rows.values_list("articles", flat=True)) - {None}
        for label in labels:
            invalidation.label_changed(label)
        rows.delete()
        articles_render(Article.objects.filter(pk__in=carried))
        search.reindex(Article.objects.filter(pk__in=carried))


def articles_delete(articles):
    """Delete ``articles`` with their parts. For those readers could see, the
    pages that showed them go: their own, the lists, their label pages."""
    with transaction.atomic():
        articles = list(articles)
        shown = [article for article in articles if article.is_live()]
        if shown:
            invalidation.articles_changed(shown)
        webhooks.articles_deleted(articles)
        Article.objects.filter(pk__in=[article.pk for article in articles]).delete()


def article_slug_changed(article, *, old_slug, was_seen):
    """Keep an old address that readers may have seen working, with one hop.

    ``was_seen``: whether the article had been public before this change
    (``Article.objects.seen_by_readers()``, asked before the write). An
    address no reader saw gets no redirect: renaming a draft claims nothing
    and reveals nothing.
    """
    if not was_seen:
        return
    # Redirects name the article, not a slug, so older addresses follow it.
    SlugRedirect.objects.filter(old_slug=article.slug).delete()
    SlugRedirect.objects.update_or_create(
        old_slug=old_slug, defaults={"article": article}
    )


def article_note_corrections(article):
    """The readers' "Updated" date follows the newest correction note."""
    latest = article.notes.aggregate(latest=Max("noted_at"))["latest"]
    if latest and (
        article.public_updated_at is None or latest > article.public_updated_at
    ):
        article.public_updated_at = latest
        Article.objects.filter(pk=article.pk).update(public_updated_at=latest)
