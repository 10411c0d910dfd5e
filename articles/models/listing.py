"""The queries of what readers read (``ArticleQuerySet`` inherits them): the
cards of a list, its pages, the related box, the front page, an article's
page and its Content API answer."""

from django.db import connections, models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

# What a list of article cards reads: each card is stored whole.
CARD_FIELDS = ("title", "slug", "publish_at", "card_html")
# What the article's page reads: the rest is rendered into its stored parts.
PAGE_FIELDS = (
    "title",
    "slug",
    "standfirst",
    "seo_title",
    "meta_description",
    "byline_html",
    "lead_html",
    "body_html",
    "page_data",
    "status",
    "publish_at",
    "public_updated_at",
    "unpublish_at",
    "topic_id",
)


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

    def for_front_page(self, count):
        """The ``count`` newest published articles and the lead story (the
        newest one an editor pinned, if any: marked ``is_pinned_lead`` and
        first), with what the lead shows beyond its card: standfirst,
        picture, byline. One query whose parts each read an index (the
        listing's, the pins'), so it costs the same however large the archive."""
        published = self.published()
        pinned = published.pinned_to_front_page().order_by("-publish_at", "-pk")
        lead = pinned.values("pk")[:1]
        newest = published.order_by("-publish_at", "-pk").values("pk")[:count]
        return (
            self.filter(self._with_any_of_ids([lead, newest]))
            .only(*CARD_FIELDS, "standfirst", "card_image")
            .with_card_parts()
            .annotate(
                is_pinned_lead=Case(
                    When(pk__in=lead, then=Value(True)), default=Value(False)
                ),
            )
            .order_by("-is_pinned_lead", "-publish_at", "-pk")
        )

    def newest_by_topic(self, topic_ids, per_topic):
        """The ``per_topic`` newest published articles of each of
        ``topic_ids``, as cards with their topic, in the topics' navigation
        order. One query, each topic's part read through the topic listing
        index, so it costs the same however large the archive."""
        published = self.published().order_by("-publish_at", "-pk")
        newest = [
            published.filter(topic_id=topic_id).values("pk")[:per_topic]
            for topic_id in topic_ids
        ]
        return (
            self.filter(self._with_any_of_ids(newest))
            .select_related("topic")
            .only(*CARD_FIELDS, "topic__name", "topic__slug")
            .order_by("topic__navigation_order", "topic__name", "-publish_at", "-pk")
        )

    def _with_any_of_ids(self, id_queries):
        """A filter for the rows whose id one of ``id_queries`` (sliced
        ``values("pk")`` querysets) gives. Only ids come from the
        subqueries, which decide what is published: the rows are then read
        by id, not by walking the published ones."""
        if not id_queries:
            return Q(pk__in=[])
        if connections[self.db].features.supports_slicing_ordering_in_compound:
            # PostgreSQL reads "id IN (a) OR id IN (b)" by walking the table
            # and testing each row against both lists; one list, the UNION
            # of the sliced subqueries, it reads by the primary key.
            first, *others = id_queries
            return Q(pk__in=first.union(*others, all=True))
        # SQLite cannot slice the parts of a UNION, and reads each IN of
        # the OR by the primary key.
        any_of = Q(pk__in=[])
        for ids in id_queries:
            any_of |= Q(pk__in=ids)
        return any_of

    def for_page(self):
        """The article page (and its previews): its stored HTML and data,
        and the fields that say whether it is public, in one query. Only
        these: each column more costs every page to read and to build."""
        return self.only(*PAGE_FIELDS)

    def for_api(self):
        """What the Content API reads: its stored representation and the
        columns beside it, in one query (``articles.api.representation``)."""
        from articles.api.representation import API_FIELDS

        return self.only(*API_FIELDS)
