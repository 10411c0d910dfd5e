"""The queries of lists of articles (``ArticleQuerySet`` inherits them): the
cards of a list, its pages, the related box and the front page."""

from django.db import models
from django.db.models import Case, F, Q, Subquery, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

# What a list of article cards reads: each card is stored whole.
CARD_FIELDS = ("title", "slug", "publish_at", "card_html")


class ListingQuerySet(models.QuerySet):
    def for_listing(self):
        """Only what a list of article cards needs: each card is stored whole."""
        return self.only(*CARD_FIELDS)

    def for_result_cards(self):
        """Search results: cards built from the stored parts, the matched
        passage in place of the standfirst."""
        return self.only(*CARD_FIELDS, "card_image").with_card_parts()

    def with_card_parts(self):
        """Each with ``byline`` (its authors) and ``topic_link``, read from
        the stored page data without loading the rest of it."""
        return self.annotate(
            byline=F("page_data__authors"), topic_link=F("page_data__topic")
        )

    def listed_after(self, publish_at, pk):
        """Those a list newest first shows after the article published at
        ``publish_at`` with id ``pk``: older, or as old with a lower id. Read
        from the listing index, however deep."""
        return self.filter(publish_at__lte=publish_at).filter(
            Q(publish_at__lt=publish_at) | Q(pk__lt=pk)
        )

    def listed_before(self, publish_at, pk):
        """Those a list newest first shows before that article."""
        return self.filter(publish_at__gte=publish_at).filter(
            Q(publish_at__gt=publish_at) | Q(pk__gt=pk)
        )

    def related_to(self, article):
        """Published articles sharing the topic or a tag, newest first, with
        what their cards are built from (``rendering.article.stored_card``)."""
        tag_ids = (article.page_data or {}).get("tag_ids", [])
        if article.topic_id is None and not tag_ids:
            return self.none()
        shared = Q(tags__in=tag_ids)
        if article.topic_id:
            shared |= Q(topic_id=article.topic_id)
        return (
            self.published()
            .filter(shared)
            .exclude(pk=article.pk)
            .distinct()
            .only("title", "slug", "publish_at", "standfirst", "card_image")
            .with_card_parts()
        )

    # The front page.

    def pinned_to_front_page(self):
        """Those an editor pinned to the top of the home page, until a time
        still to come."""
        return self.filter(front_page_until__gt=timezone.now())

    def for_front_page(self):
        """Published articles, the lead story first (the newest pinned one,
        else none is marked and the newest leads), then the newest, with what
        the lead shows beyond its card: standfirst, picture, byline."""
        published = self.published()
        pinned = published.pinned_to_front_page().order_by("-publish_at", "-pk")
        return (
            published.only(*CARD_FIELDS, "standfirst", "card_image")
            .with_card_parts()
            .annotate(
                is_pinned_lead=Case(
                    When(pk=Subquery(pinned.values("pk")[:1]), then=Value(True)),
                    default=Value(False),
                ),
            )
            .order_by("-is_pinned_lead", "-publish_at", "-pk")
        )

    def newest_by_topic(self, per_topic):
        """The ``per_topic`` newest published articles of each navigation
        topic, as cards with their topic, in navigation order: one query."""
        return (
            self.published()
            .filter(topic__in_navigation=True)
            .select_related("topic")
            .only(*CARD_FIELDS, "topic__name", "topic__slug")
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("topic"),
                    order_by=(F("publish_at").desc(), F("pk").desc()),
                )
            )
            .filter(rank__lte=per_topic)
            .order_by("topic__navigation_order", "topic__name", "-publish_at", "-pk")
        )
