"""Optimistic locking of articles: a change form carries an edit token, and
a save is refused (``EditConflict``) when someone saved the article after
the form was opened. The token is the article's ``EditCounter`` and its
latest revision."""

from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from reversion.models import Version

from articles.models import EditCounter


@dataclass
class EditConflict(Exception):
    """Someone saved the article after this form was opened."""

    counter: EditCounter
    base_revision_id: int | None


def lock_edit_counter(article):
    """The article's edit counter, write-locked until the transaction ends.

    The no-op UPDATE takes the row's write lock on PostgreSQL and the database
    write lock on SQLite, so two saves of one article cannot interleave.
    """
    if not EditCounter.objects.filter(pk=article.pk).update(version=F("version")):
        EditCounter.objects.get_or_create(article=article)
        EditCounter.objects.filter(pk=article.pk).update(version=F("version"))
    return EditCounter.objects.select_related("saved_by").get(pk=article.pk)


def saved_edit_counter(article):
    """The article's edit counter as last committed, read without locking."""
    counter = EditCounter.objects.select_related("saved_by").filter(pk=article.pk)
    return counter.first() or EditCounter(article=article)


def count_save(article, *, by):
    """The edit counter moves on: a form opened before this save is refused."""
    EditCounter.objects.get_or_create(article=article)
    EditCounter.objects.filter(pk=article.pk).update(
        version=F("version") + 1,
        saved_by=by if by is not None and by.is_authenticated else None,
        saved_at=timezone.now(),
    )


def latest_version(article):
    return Version.objects.get_for_object(article).select_related("revision").first()


def edit_token(article):
    """What a change form carries to prove it saw the latest save."""
    counter = EditCounter.objects.filter(pk=article.pk).first()
    version = latest_version(article)
    return (
        f"{counter.version if counter else 0}:{version.revision_id if version else 0}"
    )


def check_edit_token(article, token):
    """Raise ``EditConflict`` unless ``token`` matches the latest save.

    Only reads, so validating a form writes nothing. Another save can commit
    between this check and the write it allows: the save checks again with
    ``lock_and_check_edit_token``.
    """
    return compare_edit_token(saved_edit_counter(article), token)


def lock_and_check_edit_token(article, token):
    """``check_edit_token`` with the edit counter write-locked until the
    transaction ends: the check a save relies on, made before it writes
    anything."""
    return compare_edit_token(lock_edit_counter(article), token)


def compare_edit_token(counter, token):
    try:
        seen, revision_id = (int(part) for part in (token or "").split(":"))
    except ValueError:
        seen, revision_id = -1, None
    if seen != counter.version:
        raise EditConflict(counter=counter, base_revision_id=revision_id)
    return counter
