"""Writes that span several models: every write path calls these."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import pluralize
from django.utils.text import slugify

from articles.formats.document import Bullet as BulletData
from articles.formats.document import Document, FAQEntry
from articles.formats.document import Section as SectionData
from articles.models import FAQ, Article, Bullet, Section

SLUG_MAX_LENGTH = Article._meta.get_field("slug").max_length


def unique_slug(wanted):
    """``wanted`` (slugified) if free, else the first free ``wanted-2``, ``-3``…"""
    base = slugify(wanted)[: SLUG_MAX_LENGTH - 6].strip("-") or "article"
    taken = set(
        Article.objects.filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


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


def validate_document(document, *, status=None):
    """Raise ``ValidationError`` naming each part that the models would refuse.

    Run before anything is written, so an import fails whole and clearly
    (a heading too long for its column, a status that does not exist…).
    """
    problems = []

    def check(instance, where, exclude=()):
        try:
            instance.full_clean(exclude=exclude, validate_unique=False)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                label = instance._meta.get_field(field).verbose_name
                problems.extend(f"{where}, {label}: {m}" for m in messages)

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
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def article_create_from_document(
    document, *, status=None, publish_at=None, created_by=None
):
    """Create a whole article from a ``Document``, all or nothing.

    The slug is made unique, so an import never overwrites an article.
    """
    validate_document(document, status=status)
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
    )
    for position, section_data in enumerate(document.sections):
        section = Section.objects.create(
            article=article,
            position=position,
            heading=section_data.heading,
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
    article.refresh_body_html()
    return article


def document_from_article(article):
    """The ``Document`` of a saved article (best from ``with_content()``)."""
    return Document(
        title=article.title,
        slug=article.slug,
        standfirst=article.standfirst,
        lead=article.lead,
        sections=[
            SectionData(
                heading=section.heading,
                body=section.body,
                bullets=[
                    BulletData(text=bullet.text, label=bullet.label)
                    for bullet in section.bullets.all()
                ],
                body_after_list=section.body_after_list,
            )
            for section in article.sections.all()
        ],
        faq_heading=article.faq_heading,
        faqs=[
            FAQEntry(question=f.question, answer=f.answer) for f in article.faqs.all()
        ],
        closing=article.closing,
        status=article.status,
        publish_at=article.publish_at,
    )
