"""Revisions of articles: what a revision recorded, restoring it, and what
another editor changed since a form was opened."""

from dataclasses import dataclass

from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from articles.checks import publishing_blockers
from articles.formats.diff import diff_documents
from articles.formats.summary import summarise
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
from articles.services.documents import (
    document_from_article,
    document_from_parts,
    row_problems,
)
from articles.services.editing import lock_edit_counter
from articles.services.saving import article_saved, article_slug_changed
from articles.services.workflow import can_publish


@dataclass
class RevisionContent:
    """An article's rows as a revision recorded them, unsaved.

    Labels (topic, tags, authors) and images deleted since are left out, each
    with a note for the editor in ``left_out``: a revision stores their ids.
    """

    article: Article
    sections: list
    bullets: list
    faqs: list
    topic: Topic | None
    tags: list
    authors: list
    image_keys: dict
    left_out: list

    def document(self):
        return document_from_parts(
            self.article,
            self.sections,
            self.bullets,
            self.faqs,
            authors=[author.display_name for author in self.authors],
            topic=self.topic.name if self.topic else "",
            tags=[tag.name for tag in self.tags],
            image_keys=self.image_keys,
        )


def revision_content(version):
    """What the revision of ``version`` (an article's version) recorded, in a
    fixed number of queries however long the article."""
    recorded, article, labels = recorded_rows(version)
    sections = rows_of(recorded[Section], "article_id", {article.pk})
    bullets = rows_of(
        recorded[Bullet], "section_id", {section.pk for section in sections}
    )
    faqs = rows_of(recorded[FAQ], "article_id", {article.pk})
    found, missing = still_there(
        {
            Topic: [article.topic_id] if article.topic_id else [],
            Tag: labels["tags"],
            Author: labels["authors"],
            Image: [
                article.lead_image_id,
                article.social_image_id,
                *(s.image_id for s in sections),
            ],
        }
    )
    if article.topic_id not in found[Topic]:
        article.topic_id = None
    if article.lead_image_id not in found[Image]:
        article.lead_image_id = None
    if article.social_image_id not in found[Image]:
        article.social_image_id = None
    for section in sections:
        if section.image_id not in found[Image]:
            section.image_id = None
    # in_bulk follows the models' ordering (by name), as the saved article's
    # tags and authors do.
    return RevisionContent(
        article=article,
        sections=sections,
        bullets=bullets,
        faqs=faqs,
        topic=found[Topic].get(article.topic_id),
        tags=list(found[Tag].values()),
        authors=list(found[Author].values()),
        image_keys={pk: image.key for pk, image in found[Image].items()},
        left_out=left_out_notes(missing),
    )


def recorded_rows(version):
    """The rows of the revision of ``version``, unsaved, by model; the
    article's own row; and its many-to-many ids (tags and authors), by field
    name."""
    recorded = {Article: [], Section: [], Bullet: [], FAQ: []}
    for item in version.revision.version_set.select_related("content_type"):
        model = item.content_type.model_class()
        if model in recorded:
            # Built afresh for each call: callers change the rows. Many-to-many
            # ids (the article's tags and authors) are set apart.
            fields = dict(item.field_dict)
            ids = {
                f.name: fields.pop(f.name, [])
                for f in model._meta.get_fields()
                if f.many_to_many and not f.auto_created
            }
            row = model(**fields)
            recorded[model].append(row)
            if item.pk == version.pk:
                article, labels = row, ids
    return recorded, article, labels


def rows_of(rows, parent, ids):
    """Those of ``rows`` whose ``parent`` id is in ``ids``, in page order."""
    return sorted(
        (row for row in rows if getattr(row, parent) in ids),
        key=lambda row: (row.position, row.pk),
    )


def still_there(named):
    """Of the ids ``named`` by model, the rows that still exist (by model, by
    id) and the ids deleted since (by model, in order, once each)."""
    found = {
        model: model.objects.in_bulk({pk for pk in ids if pk})
        for model, ids in named.items()
    }
    missing = {
        model: list(dict.fromkeys(pk for pk in ids if pk and pk not in found[model]))
        for model, ids in named.items()
    }
    return found, missing


LABEL_NAMES = {Topic: "topic", Tag: "tag", Author: "author", Image: "image"}
UNNAMED = {Topic: "The topic", Tag: "A tag", Author: "An author", Image: "An image"}


def left_out_notes(missing):
    """One note per label or image deleted since a revision, named as the
    admin's log recorded its deletion (when it was deleted there)."""
    if not any(missing.values()):
        return []
    types = {model: ContentType.objects.get_for_model(model) for model in missing}
    deleted = LogEntry.objects.filter(
        action_flag=DELETION,
        content_type__in=types.values(),
        object_id__in=[str(pk) for ids in missing.values() for pk in ids],
    )
    names = {(e.content_type_id, e.object_id): e.object_repr for e in deleted}
    notes = []
    for model, ids in missing.items():
        for pk in ids:
            name = names.get((types[model].pk, str(pk)))
            subject = f"The {LABEL_NAMES[model]} “{name}”" if name else UNNAMED[model]
            notes.append(
                f"{subject} of that version has been deleted since: it is left out."
            )
    return notes


def document_from_version(version):
    """The ``Document`` of an article as a revision recorded it."""
    return revision_content(version).document()


class RestoreRefused(ValidationError):
    pass


# The statuses a user who cannot publish may set: their form offers only these.
WRITER_STATUSES = (Article.Status.DRAFT, Article.Status.REVIEW)


def status_refusal(user, status):
    """Why ``user`` may not restore a version with ``status``, or "": they may
    set only the statuses their change form offers."""
    if user is None or can_publish(user) or status in WRITER_STATUSES:
        return ""
    label = dict(Article.Status.choices).get(status, status)
    return f"Only editors can restore a version whose status is “{label}”."


def restore_content(version, article, *, by):
    """What restoring ``version`` onto ``article`` writes, for ``by``.

    Who created the article stays as it is; so do the publish dates for a
    user who cannot publish (read-only in their change form too).
    """
    content = revision_content(version)
    restored = content.article
    restored.created_by_id = article.created_by_id
    if by is not None and not can_publish(by):
        restored.publish_at, restored.unpublish_at = (
            article.publish_at,
            article.unpublish_at,
        )
    return content


def restore_problems(content, article, *, by):
    """Why ``content`` cannot be restored onto ``article``: what a save of the
    change form would refuse. Empty when it can be."""
    restored = content.article
    problems = [status_refusal(by, restored.status)]
    problems += slug_problems(restored.slug, article)
    problems += model_problems(content)
    if (
        restored.publish_at
        and restored.unpublish_at
        and restored.unpublish_at <= restored.publish_at
    ):
        problems.append("Its unpublish date is not after its publish date.")
    if restored.status == Article.Status.PUBLISHED:
        problems += publishing_blockers(content.document())
    return [problem for problem in problems if problem]


def slug_problems(slug, article):
    """The slug is another article's, or still leads to one (as the change
    form's slug check says)."""
    other = Article.objects.filter(slug=slug).exclude(pk=article.pk).first()
    if other:
        return [
            f"The address of that version, /articles/{slug}/, is now "
            f"“{other}”’s. Change that article’s slug first, or restore "
            "another version."
        ]
    redirect = (
        SlugRedirect.objects.filter(old_slug=slug)
        .exclude(article_id=article.pk)
        .select_related("article")
        .first()
    )
    if redirect:
        return [
            f"The address of that version, /articles/{slug}/, still leads to "
            f"“{redirect.article}”, which used it before."
        ]
    return []


def model_problems(content):
    """What the models' validation refuses in each restored row."""
    problems = []

    def check(row, where, exclude=()):
        problems.extend(row_problems(row, where, exclude))

    # Parents are rows of the restore too; labels and images were looked up.
    check(content.article, "Article", exclude=["lead_image", "social_image", "topic"])
    for number, section in enumerate(content.sections, start=1):
        where = f"Section {number} ({section.heading[:40]})"
        check(section, where, exclude=["article", "image"])
        bullets = [b for b in content.bullets if b.section_id == section.pk]
        for bullet_number, bullet in enumerate(bullets, start=1):
            check(bullet, f"{where}, bullet {bullet_number}", exclude=["section"])
    for number, faq in enumerate(content.faqs, start=1):
        check(faq, f"FAQ question {number}", exclude=["article"])
    return problems


def write_revision_content(content, article):
    """Make ``article``'s rows what ``content`` holds: parts it lacks are
    deleted, the others saved with their recorded ids."""
    Section.objects.filter(article=article).exclude(
        pk__in=[s.pk for s in content.sections]
    ).delete()
    Bullet.objects.filter(section__article=article).exclude(
        pk__in=[b.pk for b in content.bullets]
    ).delete()
    FAQ.objects.filter(article=article).exclude(
        pk__in=[f.pk for f in content.faqs]
    ).delete()
    content.article.save()
    content.article.authors.set(content.authors)
    content.article.tags.set(content.tags)
    for row in [*content.sections, *content.bullets, *content.faqs]:
        row.save()


def article_restore(version, *, by):
    """Bring back an article as ``version`` recorded it, as a new revision.

    Checked as a save of the change form is, before anything is written:
    ``RestoreRefused`` says why not, and then nothing has changed.
    """
    article = Article.objects.get(pk=version.object_id)
    with transaction.atomic():
        lock_edit_counter(article)
        article.refresh_from_db()
        was_seen = Article.objects.filter(pk=article.pk).seen_by_readers().exists()
        content = restore_content(version, article, by=by)
        problems = restore_problems(content, article, by=by)
        if problems:
            raise RestoreRefused(problems)
        write_revision_content(content, article)
        restored = content.article
        if restored.slug != article.slug:
            article_slug_changed(restored, old_slug=article.slug, was_seen=was_seen)
        when = timezone.localtime(version.revision.date_created)
        article_saved(
            restored,
            by=by,
            comment=f"Restored the version of {when:%d %b %Y, %H:%M}",
        )
    return restored


# The article's own text fields: a conflict keeps the other editor's change
# to any of them that this editor did not touch.
MERGED_FIELDS = (
    "title",
    "slug",
    "standfirst",
    "lead",
    "faq_heading",
    "closing",
    "seo_title",
    "meta_description",
)


@dataclass
class ConflictReport:
    who: str
    message: str
    changes: list
    base: dict  # field values when the form was opened
    theirs: dict  # field values the other editor saved since


def describe_conflict(article, conflict):
    """Who saved the article after a form was opened, and what they changed."""
    counter = conflict.counter
    who = (
        (counter.saved_by.get_full_name() or counter.saved_by.get_username())
        if (counter.saved_by)
        else "Someone"
    )
    when = (
        f"{timezone.localtime(counter.saved_at):%H:%M on %d %b}"
        if counter.saved_at
        else ""
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
    # Compared as the form compares them: a revision stored before line ends
    # were normalised differs from the saved text by CRLF alone.
    theirs = {
        name: getattr(saved, name)
        for name in MERGED_FIELDS
        if base
        and normalise_markdown(base_fields.get(name))
        != normalise_markdown(getattr(saved, name))
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
