"""Status changes of articles and who may make them: publish, schedule,
unpublish, submit for review, send back. Each ends in ``article_saved``, and
those the desk hears about queue their emails (``notifications``)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from articles.checks import publishing_blockers
from articles.models import Article, EditorialComment
from articles.services import notifications
from articles.services.documents import document_from_article
from articles.services.editing import lock_edit_counter
from articles.services.saving import article_saved


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
    if article.pk is None:  # the one they are writing on the add page
        return user.has_perm("articles.add_article")
    if article.status not in (Article.Status.DRAFT, Article.Status.REVIEW):
        return False
    return (
        article.created_by_id == user.pk
        or article.authors.filter(user_id=user.pk).exists()
    )


def _set_status(article, *, by, comment, **fields):
    with transaction.atomic():
        lock_edit_counter(article)
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
    was_status, was_publish_at = article.status, article.publish_at
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
    with transaction.atomic():
        _set_status(
            article,
            by=by,
            comment=verb,
            status=Article.Status.PUBLISHED,
            publish_at=publish_at,
            unpublish_at=unpublish_at,
        )
        notifications.article_status_changed(
            article, by=by, was_status=was_status, was_publish_at=was_publish_at
        )
    return article


def article_unpublish(article, *, by):
    return _set_status(
        article, by=by, comment="Unpublished", status=Article.Status.UNPUBLISHED
    )


def submission_recorded(article, *, by):
    """The fields that say ``article`` goes to the editors now, from ``by``,
    set to be saved with it: submitting through the list action or the
    change form alike."""
    article.submitted_at = timezone.now()
    article.submitted_by = by
    return {"submitted_at": article.submitted_at, "submitted_by": by}


def article_submit_for_review(article, *, by):
    """A draft goes to the editors; anything else is refused (a published
    article would leave the site)."""
    if article.status != Article.Status.DRAFT:
        raise PublishRefused(
            f"only drafts are submitted, and this one is "
            f"{article.get_status_display().lower()}."
        )
    with transaction.atomic():
        _set_status(
            article,
            by=by,
            comment="Submitted for review",
            status=Article.Status.REVIEW,
            **submission_recorded(article, by=by),
        )
        notifications.article_submitted(article, by=by)
    return article


def article_send_back(article, *, by, comment):
    with transaction.atomic():
        EditorialComment.objects.create(article=article, author=by, text=comment)
        _set_status(
            article,
            by=by,
            comment=f"Sent back to draft: {comment}",
            status=Article.Status.DRAFT,
        )
        notifications.article_sent_back(article, by=by, comment=comment)
    return article
