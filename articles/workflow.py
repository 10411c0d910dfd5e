"""Status changes and revisions of articles: publish, schedule, unpublish,
review, send back, restore. Each ends in ``services.article_saved``."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from articles.checks import publishing_blockers
from articles.formats.diff import diff_documents, summarise
from articles.models import (
    FAQ,
    Article,
    Author,
    Bullet,
    EditorialComment,
    Image,
    Section,
)
from articles.services import (
    article_saved,
    document_from_article,
    document_from_parts,
    lock_for_update,
)


class PublishRefused(ValidationError):
    pass


def can_publish(user):
    return user.has_perm("articles.publish_article")


def can_edit(user, article):
    """Editors change every article; writers their own drafts and reviews."""
    if not user.has_perm("articles.change_article"):
        return False
    if can_publish(user):
        return True
    if article.status not in (Article.Status.DRAFT, Article.Status.REVIEW):
        return False
    return (
        article.created_by_id == user.pk
        or article.authors.filter(user_id=user.pk).exists()
    )


def _set_status(article, *, by, comment, **fields):
    with transaction.atomic():
        lock_for_update(article)
        for name, value in fields.items():
            setattr(article, name, value)
        article.save(update_fields=[*fields, "updated_at"])
        article_saved(article, by=by, comment=comment)
    return article


def check_publishable(article):
    article = Article.objects.with_content().get(pk=article.pk)
    blockers = publishing_blockers(document_from_article(article))
    if blockers:
        raise PublishRefused(blockers)


def article_publish(article, *, by, at=None):
    """Publish now, or at ``at``; refused while the checks find a blocker."""
    article.refresh_from_db()
    check_publishable(article)
    now = timezone.now().replace(microsecond=0)
    publish_at = at or (
        article.publish_at
        if article.publish_at and article.status == Article.Status.PUBLISHED
        else now
    )
    if at is None and publish_at > now:
        publish_at = now  # "publish now" on a scheduled article
    unpublish_at = article.unpublish_at
    if unpublish_at and unpublish_at <= publish_at:
        unpublish_at = None
    verb = "Scheduled" if publish_at > now else "Published"
    return _set_status(
        article,
        by=by,
        comment=verb,
        status=Article.Status.PUBLISHED,
        publish_at=publish_at,
        unpublish_at=unpublish_at,
    )


def article_unpublish(article, *, by):
    return _set_status(
        article, by=by, comment="Unpublished", status=Article.Status.UNPUBLISHED
    )


def article_submit_for_review(article, *, by):
    return _set_status(
        article, by=by, comment="Submitted for review", status=Article.Status.REVIEW
    )


def article_send_back(article, *, by, comment):
    with transaction.atomic():
        EditorialComment.objects.create(article=article, author=by, text=comment)
        return _set_status(
            article,
            by=by,
            comment=f"Sent back to draft: {comment}",
            status=Article.Status.DRAFT,
        )


def document_from_version(version):
    """The ``Document`` of an article as a revision recorded it."""
    by_model = {Article: [], Section: [], Bullet: [], FAQ: []}
    for item in version.revision.version_set.select_related("content_type"):
        model = item.content_type.model_class()
        if model in by_model:
            by_model[model].append(item._object_version.object)
    article = next(a for a in by_model[Article] if a.pk == int(version.object_id))
    sections = sorted(
        (s for s in by_model[Section] if s.article_id == article.pk),
        key=lambda s: (s.position, s.pk),
    )
    section_ids = {s.pk for s in sections}
    bullets = sorted(
        (b for b in by_model[Bullet] if b.section_id in section_ids),
        key=lambda b: (b.position, b.pk),
    )
    faqs = sorted(
        (f for f in by_model[FAQ] if f.article_id == article.pk),
        key=lambda f: (f.position, f.pk),
    )
    author_ids = version.field_dict.get("authors") or []
    names = dict(
        Author.objects.filter(pk__in=author_ids).values_list("pk", "display_name")
    )
    authors = [names[pk] for pk in author_ids if pk in names]
    return document_from_parts(article, sections, bullets, faqs, authors)


def drop_missing_images(article):
    """An old revision may name an image deleted since: restore without it
    (foreign keys are checked when the transaction commits)."""
    existing = Image.objects.values("pk")
    Article.objects.filter(pk=article.pk, lead_image__isnull=False).exclude(
        lead_image__in=existing
    ).update(lead_image=None)
    Section.objects.filter(article=article, image__isnull=False).exclude(
        image__in=existing
    ).update(image=None)


def article_restore(version, *, by):
    """Bring back an article exactly as ``version`` recorded it, as a new revision."""
    article = Article.objects.get(pk=version.object_id)
    with transaction.atomic():
        lock_for_update(article)
        version.revision.revert(delete=True)
        drop_missing_images(article)
        article.refresh_from_db()
        when = timezone.localtime(version.revision.date_created)
        article_saved(
            article,
            by=by,
            comment=f"Restored the version of {when:%d %b %Y, %H:%M}",
        )
    return article


# The article's own text fields: a conflict keeps the other editor's change
# to any of them that this editor did not touch.
MERGED_FIELDS = ("title", "slug", "standfirst", "lead", "faq_heading", "closing")


@dataclass
class ConflictReport:
    who: str
    message: str
    changes: list
    base: dict  # field values when the form was opened
    theirs: dict  # field values the other editor saved since


def describe_conflict(article, conflict):
    """Who saved the article after a form was opened, and what they changed."""
    lock = conflict.lock
    who = (
        (lock.saved_by.get_full_name() or lock.saved_by.get_username())
        if (lock.saved_by)
        else "Someone"
    )
    when = (
        f"{timezone.localtime(lock.saved_at):%H:%M on %d %b}" if lock.saved_at else ""
    )
    base = Version.objects.filter(
        revision_id=conflict.base_revision_id,
        object_id=str(article.pk),
        content_type__model="article",
    ).first()
    saved = Article.objects.with_content().get(pk=article.pk)
    current = document_from_article(saved)
    changes = diff_documents(document_from_version(base), current) if base else []
    base_fields = base.field_dict if base else {}
    theirs = {
        name: getattr(saved, name)
        for name in MERGED_FIELDS
        if base and base_fields.get(name) != getattr(saved, name)
    }
    summary = summarise(changes) if base else "They could not be listed"
    message = (
        f"{who} saved this article at {when}, after you opened it. Their "
        f"changes: {summary}. Nothing was saved from this form, and everything "
        "you typed is still in it, with their changes to the fields you had "
        "not touched. Check the differences, then save again to keep this "
        "version."
    )
    return ConflictReport(
        who=who, message=message, changes=changes, base=base_fields, theirs=theirs
    )
