"""Writes that span several models: every write path calls these.

Every write to an article (admin form, list actions, import, restore) ends in
``article_saved``: its stored HTML is rendered again, the edit counter moves
on (so a form opened earlier is refused on save) and a revision of the whole
article is recorded. A write that changes what many articles show (a label
renamed, an image edited, a template changed) ends in ``articles_render``.

Every write here also announces what it made stale (``articles.caching.
invalidation``), taking effect when its transaction commits. Nothing else
does: no signal watches the models, so a new write path calls a service.
"""

from dataclasses import dataclass

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.template.defaultfilters import pluralize
from django.utils import timezone
from reversion.models import Version

from articles import search
from articles.caching import invalidation
from articles.formats.document import Bullet as BulletData
from articles.formats.document import Document, FAQEntry
from articles.formats.document import Section as SectionData
from articles.models import (
    FAQ,
    Article,
    ArticleLock,
    Author,
    Bullet,
    Image,
    Section,
    SlugRedirect,
    Tag,
    Topic,
    normalise_markdown,
)
from articles.rendering import STORED_FIELDS, render_article
from articles.slugs import numbered, slug_base

# Articles rendered again together: bounded memory and SQL.
RENDER_BATCH = 200


def unique_slug(wanted, model=Article):
    """A slug for ``wanted`` that no ``model`` row has, nor, for articles, an
    old address that still redirects: ``wanted`` slugified if free, else the
    first free ``-2``, ``-3``… Every new article, topic, tag and author gets
    its slug here."""
    base = slug_base(
        wanted,
        max_length=model._meta.get_field("slug").max_length,
        fallback=model._meta.model_name,
    )
    taken = set(
        model.objects.filter(slug__startswith=base).values_list("slug", flat=True)
    )
    if model is Article:
        taken |= set(
            SlugRedirect.objects.filter(old_slug__startswith=base).values_list(
                "old_slug", flat=True
            )
        )
    return numbered(base, taken)


def document_summary(document):
    """One line for editors: "4 sections, 9 bullet items, 3 FAQ entries"."""
    bullets = sum(len(section.bullets) for section in document.sections)
    return ", ".join(
        [
            f"{len(document.sections)} section{pluralize(len(document.sections))}",
            f"{bullets} bullet item{pluralize(bullets)}",
            f"{len(document.faqs)} FAQ entr{pluralize(len(document.faqs), 'y,ies')}",
        ]
    )


def row_problems(row, where, exclude=()):
    """What model validation refuses in ``row``, each as "where, field: why"."""
    try:
        row.full_clean(exclude=exclude, validate_unique=False)
    except ValidationError as error:
        return [
            f"{where}, {row._meta.get_field(name).verbose_name}: {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []


def validate_document(document, *, status=None, imported_by=None):
    """Raise ``ValidationError`` naming each part that the models would refuse.

    Run before anything is written, so an import fails whole and clearly
    (a heading too long for its column, a status that does not exist…).
    With ``imported_by``, also the new topics, tags and authors that user
    may not create: each would get a public page.
    """
    problems = []
    if imported_by is not None:
        refused = [
            label
            for permission, label in new_labels(document)
            if not imported_by.has_perm(permission)
        ]
        if refused:
            problems.append(
                f"Not in Newsroom yet: {', '.join(refused)}. Only editors can "
                "add topics, tags and authors: ask one to add them, or remove "
                "them from the text and import again."
            )

    def check(instance, where, exclude=()):
        problems.extend(row_problems(instance, where, exclude))

    check(
        Article(
            title=document.title,
            slug=unique_slug(document.slug or document.title),
            standfirst=document.standfirst,
            lead=document.lead,
            faq_heading=document.faq_heading,
            closing=document.closing,
            status=status or document.status,
            publish_at=document.publish_at,
        ),
        "Article",
    )
    for number, section in enumerate(document.sections, start=1):
        where = f"Section {number} ({section.heading[:40]})"
        check(
            Section(
                heading=section.heading,
                body=section.body,
                body_after_list=section.body_after_list,
            ),
            where,
            exclude=["article"],
        )
        for bullet_number, bullet in enumerate(section.bullets, start=1):
            check(
                Bullet(label=bullet.label, text=bullet.text),
                f"{where}, bullet {bullet_number}",
                exclude=["section"],
            )
    for number, faq in enumerate(document.faqs, start=1):
        check(
            FAQ(question=faq.question, answer=faq.answer),
            f"FAQ question {number}",
            exclude=["article"],
        )
    # Topic, tag and author names become rows of their own: one too long for
    # its column is stored by SQLite but is a server error on PostgreSQL.
    for model, field, names in (
        (Topic, "name", [document.topic] if document.topic else []),
        (Tag, "name", document.tags),
        (Author, "display_name", document.authors),
    ):
        for name in names:
            check(
                model(**{field: name}),
                model._meta.verbose_name.capitalize(),
                exclude=[f.name for f in model._meta.fields if f.name != field],
            )
    problems += image_problems(document)
    if problems:
        raise ValidationError(problems)


def new_labels(document):
    """The topic, tags and authors ``document`` names that do not exist yet,
    in order, as (the permission to add one, "tag “Name”") pairs."""
    wanted = (
        (Topic, "name", [document.topic] if document.topic else []),
        (Tag, "name", document.tags),
        (Author, "display_name", document.authors),
    )
    labels = []
    for model, field, names in wanted:
        known = set(
            model.objects.filter(**{f"{field}__in": names}).values_list(
                field, flat=True
            )
        )
        labels += [
            (
                f"articles.add_{model._meta.model_name}",
                f"{model._meta.verbose_name} “{name}”",
            )
            for name in dict.fromkeys(names)
            if name not in known
        ]
    return labels


def image_problems(document):
    """What is wrong with the images a document names: missing from the
    library, or without alt text."""
    wanted = [("Lead image", document.lead_image)] + [
        (f"Section {number} ({section.heading[:40]}), image", section.image)
        for number, section in enumerate(document.sections, start=1)
    ]
    images = images_keyed(key for _, key in wanted)
    problems = []
    for where, key in wanted:
        if not key:
            continue
        image = images.get(key)
        if image is None:
            problems.append(
                f"{where}: no image with the key “{key}” in the media library. "
                "Upload it there first, then use its key."
            )
        elif image.needs_alt_text:
            problems.append(
                f"{where}: the image “{key}” has no alt text. Add it in the "
                "media library (or mark the image decorative)."
            )
    return problems


def images_keyed(keys):
    keys = {key for key in keys if key}
    return {image.key: image for image in Image.objects.filter(key__in=keys)}


@transaction.atomic
def article_create_from_document(
    document, *, status=None, publish_at=None, created_by=None, imported_by=None
):
    """Create a whole article from a ``Document``, all or nothing.

    The slug is made unique, so an import never overwrites an article.
    ``imported_by`` is the person importing in the admin: they may create only
    the topics, tags and authors their permissions allow, and they sign the
    article when the document names no author.
    """
    validate_document(document, status=status, imported_by=imported_by)
    images = images_keyed([document.lead_image, *(s.image for s in document.sections)])
    article = Article.objects.create(
        created_by=created_by,
        title=document.title,
        slug=unique_slug(document.slug or document.title),
        standfirst=document.standfirst,
        lead=document.lead,
        faq_heading=document.faq_heading,
        closing=document.closing,
        status=status or document.status,
        publish_at=publish_at or document.publish_at,
        unpublish_at=document.unpublish_at,
        lead_image=images.get(document.lead_image),
        topic=named(Topic, document.topic) if document.topic else None,
    )
    if document.authors:
        article.authors.set(authors_named(document.authors))
    elif author := author_for_user(imported_by):
        article.authors.set([author])
    article.tags.set([named(Tag, name) for name in document.tags])
    for position, section_data in enumerate(document.sections):
        section = Section.objects.create(
            article=article,
            position=position,
            heading=section_data.heading,
            image=images.get(section_data.image),
            body=section_data.body,
            body_after_list=section_data.body_after_list,
        )
        for bullet_position, bullet in enumerate(section_data.bullets):
            Bullet.objects.create(
                section=section,
                position=bullet_position,
                label=bullet.label,
                text=bullet.text,
            )
    for position, faq in enumerate(document.faqs):
        FAQ.objects.create(
            article=article,
            position=position,
            question=faq.question,
            answer=faq.answer,
        )
    article_saved(article, by=created_by, comment="Imported")
    return article


def named(model, name):
    """The topic or tag called ``name``, made with a unique slug if missing."""
    found = model.objects.filter(name=name).first()
    if found:
        return found
    return model.objects.create(name=name, slug=unique_slug(name, model))


def authors_named(names):
    """The authors with these display names, in order; missing ones are made."""
    authors = []
    for name in names:
        author = Author.objects.filter(display_name=name).first()
        if author is None:
            author = Author.objects.create(
                display_name=name, slug=unique_slug(name, Author)
            )
        authors.append(author)
    return authors


def author_for_user(user, *, create=True):
    """The author profile of ``user``, made from their name on first use, or
    None for nobody (a command run without a user). ``create=False`` gives
    the profile a first save would make, unsaved (for previews)."""
    if user is None or not user.is_authenticated:
        return None
    author = Author.objects.filter(user=user).first()
    if author is not None:
        return author
    name = user.get_full_name().strip() or user.get_username()
    author = Author(user=user, display_name=name, slug=unique_slug(name, Author))
    if create:
        author.save()
    return author


def document_from_article(article):
    """The ``Document`` of a saved article (best from ``with_content()``)."""
    sections = list(article.sections.all())
    bullets = [bullet for section in sections for bullet in section.bullets.all()]
    return document_from_parts(
        article,
        sections,
        bullets,
        list(article.faqs.all()),
        authors=[author.display_name for author in article.authors.all()],
        topic=article.topic.name if article.topic_id else "",
        tags=[tag.name for tag in article.tags.all()],
        image_keys={
            image.pk: image.key
            for image in [article.lead_image, *(s.image for s in sections)]
            if image is not None
        },
    )


def document_from_parts(
    article, sections, bullets, faqs, authors=(), topic="", tags=(), image_keys=None
):
    """A ``Document`` from an article's parts; ``image_keys`` maps the image
    ids they use to keys (looked up when not given). The labels are the
    caller's to give: a revision's are not the article's current ones.

    Prose has LF line ends, however it was stored: a revision saved from a
    browser's CRLF is then the same text as the LF one saved since.
    """
    if image_keys is None:
        ids = {article.lead_image_id, *(s.image_id for s in sections)} - {None}
        image_keys = dict(Image.objects.filter(pk__in=ids).values_list("pk", "key"))
    return Document(
        title=article.title,
        slug=article.slug,
        standfirst=normalise_markdown(article.standfirst),
        lead=normalise_markdown(article.lead),
        sections=[
            SectionData(
                heading=s.heading,
                image=image_keys.get(s.image_id, ""),
                body=normalise_markdown(s.body),
                bullets=[
                    BulletData(text=normalise_markdown(b.text), label=b.label)
                    for b in bullets
                    if b.section_id == s.pk
                ],
                body_after_list=normalise_markdown(s.body_after_list),
            )
            for s in sections
        ],
        faq_heading=article.faq_heading,
        faqs=[
            FAQEntry(question=f.question, answer=normalise_markdown(f.answer))
            for f in faqs
        ],
        closing=normalise_markdown(article.closing),
        status=article.status,
        publish_at=article.publish_at,
        unpublish_at=article.unpublish_at,
        authors=list(authors),
        topic=topic,
        tags=list(tags),
        lead_image=image_keys.get(article.lead_image_id, ""),
    )


@dataclass
class EditConflict(Exception):
    """Someone saved the article after this form was opened."""

    lock: ArticleLock
    base_revision_id: int | None


def lock_for_update(article):
    """The article's edit counter, write-locked until the transaction ends.

    The no-op UPDATE takes the row's write lock on PostgreSQL and the database
    write lock on SQLite, so two saves of one article cannot interleave.
    """
    if not ArticleLock.objects.filter(pk=article.pk).update(version=F("version")):
        ArticleLock.objects.get_or_create(article=article)
        ArticleLock.objects.filter(pk=article.pk).update(version=F("version"))
    return ArticleLock.objects.select_related("saved_by").get(pk=article.pk)


def saved_edit_lock(article):
    """The article's edit counter as last committed, read without locking."""
    lock = ArticleLock.objects.select_related("saved_by").filter(pk=article.pk)
    return lock.first() or ArticleLock(article=article)


def latest_version(article):
    return Version.objects.get_for_object(article).select_related("revision").first()


def edit_token(article):
    """What a change form carries to prove it saw the latest save."""
    lock = ArticleLock.objects.filter(pk=article.pk).first()
    version = latest_version(article)
    return f"{lock.version if lock else 0}:{version.revision_id if version else 0}"


def check_edit_token(article, token):
    """Raise ``EditConflict`` unless ``token`` matches the latest save.

    Only reads, so validating a form writes nothing. Another save can commit
    between this check and the write it allows: the save checks again with
    ``lock_and_check_edit_token``.
    """
    return compare_edit_token(saved_edit_lock(article), token)


def lock_and_check_edit_token(article, token):
    """``check_edit_token`` under the article's write lock, which is held
    until the transaction ends: the check a save relies on, made before it
    writes anything."""
    return compare_edit_token(lock_for_update(article), token)


def compare_edit_token(lock, token):
    try:
        seen, revision_id = (int(part) for part in (token or "").split(":"))
    except ValueError:
        seen, revision_id = -1, None
    if seen != lock.version:
        raise EditConflict(lock=lock, base_revision_id=revision_id)
    return lock


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
    # Read once, with every part, for the stored HTML, the revision and search.
    loaded = render_article(Article.objects.for_rendering().get(pk=article.pk))
    stored = {name: getattr(loaded, name) for name in STORED_FIELDS}
    Article.objects.filter(pk=article.pk).update(**stored)
    for name, value in stored.items():
        setattr(article, name, value)
    ArticleLock.objects.get_or_create(article=article)
    ArticleLock.objects.filter(pk=article.pk).update(
        version=F("version") + 1,
        saved_by=by if by is not None and by.is_authenticated else None,
        saved_at=timezone.now(),
    )
    record_revision(article, by=by, comment=comment, loaded=loaded)
    search.index_article(article, loaded=loaded)


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
    new name or address), they are rendered and stored again."""
    invalidation.label_changed(label, old_slug=old_slug)
    if renamed:
        articles_render(label.articles.all())


def labels_delete(labels):
    """Delete topics, tags or authors (a queryset of one of them): their pages
    go, and the articles that carried them are stored again without them."""
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


def articles_delete(articles):
    """Delete ``articles`` with their parts. For those readers could see, the
    pages that showed them go: their own, the lists, their label pages."""
    with transaction.atomic():
        articles = list(articles)
        shown = [article for article in articles if article.is_live()]
        if shown:
            invalidation.articles_changed(shown)
        Article.objects.filter(pk__in=[article.pk for article in articles]).delete()


def images_delete(images):
    """Delete ``images`` and their files. None is in use (articles protect
    theirs), so no page showed them, but the HTTP cache in front keeps a file
    for a year: their addresses are purged once the files are gone."""
    with transaction.atomic():
        ids = [image.pk for image in images]
        images = list(Image.objects.with_renditions().filter(pk__in=ids))
        urls = [
            url
            for image in images
            for url in (image.file.url, *(r.url for r in image.renditions.all()))
        ]
        Image.objects.filter(pk__in=ids).delete()
        # After the delete, whose files go first once it commits.
        invalidation.files_removed(urls)


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
