"""Documents and models: a ``Document`` checked, then written as a new
article with its parts and labels; a saved article read back as one."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import pluralize

from articles.formats.document import Bullet as BulletData
from articles.formats.document import Document, FAQEntry
from articles.formats.document import Section as SectionData
from articles.models import (
    FAQ,
    Article,
    Author,
    Bullet,
    Image,
    Section,
    SlugRedirect,
    Tag,
    Topic,
)
from articles.models.base import normalise_markdown
from articles.services.saving import article_saved
from articles.slugs import numbered, slug_base


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
        problems += refused_labels_problems(document, imported_by)
    problems += parts_problems(document, status=status)
    problems += label_names_problems(document)
    problems += image_problems(document)
    if problems:
        raise ValidationError(problems)


def refused_labels_problems(document, user):
    """The new topics, tags and authors of ``document`` that ``user`` may not
    create, as one problem."""
    refused = [
        label
        for permission, label in new_labels(document)
        if not user.has_perm(permission)
    ]
    if not refused:
        return []
    return [
        f"Not in Newsroom yet: {', '.join(refused)}. Only editors can "
        "add topics, tags and authors: ask one to add them, or remove "
        "them from the text and import again."
    ]


def parts_problems(document, *, status=None):
    """What the models refuse in the article, its sections, their bullet
    points and its FAQ, as ``document`` would create them."""
    problems = row_problems(
        Article(
            title=document.title,
            slug=unique_slug(document.slug or document.title),
            standfirst=document.standfirst,
            lead=document.lead,
            faq_heading=document.faq_heading,
            closing=document.closing,
            status=status or document.status,
            publish_at=document.publish_at,
            seo_title=document.seo_title,
            meta_description=document.meta_description,
        ),
        "Article",
    )
    for number, section in enumerate(document.sections, start=1):
        where = f"Section {number} ({section.heading[:40]})"
        problems += row_problems(
            Section(
                heading=section.heading,
                body=section.body,
                body_after_list=section.body_after_list,
            ),
            where,
            exclude=["article"],
        )
        for bullet_number, bullet in enumerate(section.bullets, start=1):
            problems += row_problems(
                Bullet(label=bullet.label, text=bullet.text),
                f"{where}, bullet {bullet_number}",
                exclude=["section"],
            )
    for number, faq in enumerate(document.faqs, start=1):
        problems += row_problems(
            FAQ(question=faq.question, answer=faq.answer),
            f"FAQ question {number}",
            exclude=["article"],
        )
    return problems


def label_names_problems(document):
    """Topic, tag and author names become rows of their own: one too long for
    its column is stored by SQLite but is a server error on PostgreSQL."""
    problems = []
    for model, field, names in document_labels(document):
        for name in names:
            problems += row_problems(
                model(**{field: name}),
                model._meta.verbose_name.capitalize(),
                exclude=[f.name for f in model._meta.fields if f.name != field],
            )
    return problems


def document_labels(document):
    """The labels ``document`` names: (model, name field, names) triples."""
    return (
        (Topic, "name", [document.topic] if document.topic else []),
        (Tag, "name", document.tags),
        (Author, "display_name", document.authors),
    )


def new_labels(document):
    """The topic, tags and authors ``document`` names that do not exist yet,
    in order, as (the permission to add one, "tag “Name”") pairs."""
    labels = []
    for model, field, names in document_labels(document):
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
    wanted = [
        ("Lead image", document.lead_image),
        ("Social image", document.social_image),
    ] + [
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
    images = images_keyed(document.image_keys())
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
        seo_title=document.seo_title,
        meta_description=document.meta_description,
        social_image=images.get(document.social_image),
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
            for image in [article.lead_image, article.social_image]
            + [s.image for s in sections]
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
        ids = {article.lead_image_id, article.social_image_id}
        ids = (ids | {s.image_id for s in sections}) - {None}
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
        seo_title=article.seo_title,
        meta_description=article.meta_description,
        social_image=image_keys.get(article.social_image_id, ""),
    )
