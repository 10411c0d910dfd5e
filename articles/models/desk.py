"""The editor's desk: what the admin's dashboard lists, as queries of
``ArticleQuerySet`` (which inherits them)."""

from datetime import UTC, datetime

from django.db import models
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Cast, Coalesce, Greatest

# Before any revision.
NEVER = datetime(1970, 1, 1, tzinfo=UTC)


class DeskQuerySet(models.QuerySet):
    def owned_by(self, user):
        """Those ``user`` started or signs."""
        signed = self.model.authors.through.objects.filter(
            article_id=OuterRef("pk"), author__user_id=user.pk
        )
        return self.filter(Q(created_by_id=user.pk) | Exists(signed))

    def editable_by(self, user):
        """Those ``user`` may change: the rule of ``services.workflow.can_edit``
        as a query. Editors change every article; writers their own drafts
        and articles in review."""
        if not user.has_perm("articles.change_article"):
            return self.none()
        if user.has_perm("articles.publish_article"):
            return self
        return self.owned_by(user).filter(
            status__in=(self.model.Status.DRAFT, self.model.Status.REVIEW)
        )

    def with_total(self):
        """Each row carries ``total``, how many rows the query has before it
        is sliced: a list's first rows and its count in one query."""
        return self.annotate(total=Window(Count("pk")))

    def with_latest_comment(self):
        """Each carries ``latest_comment``, its newest editorial comment's
        text (why it was last sent back) or None, with its ``_at`` and
        ``_by`` (a user name)."""
        from articles.models.editorial import EditorialComment

        newest = EditorialComment.objects.filter(article_id=OuterRef("pk"))
        return self.annotate(
            latest_comment=Subquery(newest.values("text")[:1]),
            latest_comment_at=Subquery(newest.values("created_at")[:1]),
            latest_comment_by=Subquery(newest.values("author__username")[:1]),
        )

    def in_review(self):
        """Submitted for review, oldest submission first, each with
        ``submitted_at`` and ``submitted_by`` (a user name): from the revision
        that first recorded it in review since it last was in another state,
        whichever way it was submitted (the change form or the list action)."""
        from reversion.models import Version

        versions = Version.objects.filter(
            content_type__app_label="articles",
            content_type__model="article",
            object_id=Cast(OuterRef("pk"), CharField()),
        )
        # reversion stores each revision of the article as Django's JSON.
        recorded_in_review = Q(serialized_data__contains='"status": "review"')
        left_review = (
            versions.exclude(recorded_in_review)
            .order_by("-revision__date_created")
            .values("revision__date_created")[:1]
        )
        submission = (
            versions.filter(recorded_in_review)
            .filter(revision__date_created__gt=OuterRef("left_review_at"))
            .order_by("revision__date_created")
        )
        return (
            self.filter(status=self.model.Status.REVIEW)
            .annotate(
                left_review_at=Coalesce(Subquery(left_review), Value(NEVER)),
            )
            .annotate(
                submitted_at=Coalesce(
                    Subquery(submission.values("revision__date_created")[:1]),
                    F("updated_at"),
                ),
                submitted_by=Subquery(
                    submission.values("revision__user__username")[:1]
                ),
            )
            .order_by("submitted_at", "pk")
        )

    def changing_state_between(self, start, end):
        """Published articles that go live or come down between ``start`` and
        ``end``, the earliest change first."""
        goes_live = Q(publish_at__gt=start, publish_at__lte=end)
        comes_down = Q(unpublish_at__gt=start, unpublish_at__lte=end)
        return (
            self.filter(goes_live | comes_down, status=self.model.Status.PUBLISHED)
            .annotate(
                first_change=Coalesce(
                    models.Case(models.When(goes_live, then=F("publish_at"))),
                    F("unpublish_at"),
                )
            )
            .order_by("first_change", "pk")
        )

    def published_or_updated_since(self, moment):
        """Public now, and published or marked updated since ``moment``, the
        latest first; each with its correction notes since then
        (``recent_notes``)."""
        from articles.models.editorial import CorrectionNote

        return (
            self.published()
            .filter(Q(publish_at__gte=moment) | Q(public_updated_at__gte=moment))
            .annotate(
                last_public_at=Greatest(
                    "publish_at", Coalesce("public_updated_at", "publish_at")
                )
            )
            .order_by("-last_public_at", "-pk")
            .prefetch_related(
                Prefetch(
                    "notes",
                    queryset=CorrectionNote.objects.filter(noted_at__gte=moment),
                    to_attr="recent_notes",
                )
            )
        )
