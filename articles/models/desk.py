"""The editor's desk: what the admin's dashboard lists, as queries of
``ArticleQuerySet`` (which inherits them)."""

from django.db import models
from django.db.models import (
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
from django.db.models.functions import Coalesce, Concat, Greatest, NullIf, Trim


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
        ``_by`` (who wrote it: their full name, else their user name)."""
        from articles.models.editorial import EditorialComment

        newest = EditorialComment.objects.filter(article_id=OuterRef("pk"))
        return self.annotate(
            latest_comment=Subquery(newest.values("text")[:1]),
            latest_comment_at=Subquery(newest.values("created_at")[:1]),
            latest_comment_by=Subquery(
                newest.annotate(
                    by=Coalesce(
                        NullIf(
                            Trim(
                                Concat(
                                    "author__first_name",
                                    Value(" "),
                                    "author__last_name",
                                )
                            ),
                            Value(""),
                        ),
                        "author__username",
                    )
                ).values("by")[:1]
            ),
        )

    def awaiting_review(self):
        """Submitted for review, oldest submission first, each with
        ``submitted_at`` (its last submission, or its last change for those
        submitted before it was recorded) and ``submitted_by``."""
        return (
            self.filter(status=self.model.Status.REVIEW)
            .select_related("submitted_by")
            .annotate(submitted=Coalesce(F("submitted_at"), F("updated_at")))
            .order_by("submitted", "pk")
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

    def on_calendar_of(self, user):
        """What the calendar shows ``user``: the schedule of published
        articles, which all staff may open, and the drafts and reviews with
        a planned time that ``user`` may edit."""
        planned = self.editable_by(user).filter(
            status__in=(self.model.Status.DRAFT, self.model.Status.REVIEW),
            publish_at__isnull=False,
        )
        return self.filter(status=self.model.Status.PUBLISHED) | planned

    def dated_between(self, start, end):
        """Those going public or coming down from ``start`` until ``end``."""
        return self.filter(
            Q(publish_at__gte=start, publish_at__lt=end)
            | Q(unpublish_at__gte=start, unpublish_at__lt=end)
        )
