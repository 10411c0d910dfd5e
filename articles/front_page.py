"""The home page's first page: the lead story, the secondary stories, the
latest list and a block per navigation topic, in at most two queries."""

from itertools import groupby

from articles.listing import ListingPage
from articles.models import Article
from articles.rendering.article import stored_card

# The lead's picture: the page's width up to its column's on wide screens.
LEAD_IMAGE_SIZES = "(min-width: 64rem) 40rem, calc(100vw - 2.5rem)"


class FrontPage(ListingPage):
    """The home page's first page: its lead story (the newest pinned one,
    else the newest), the secondary stories after it, then the rest of the
    newest ``per_page`` as a list. The link to older articles is today's
    first page's, so later pages are the same with or without a lead."""

    secondary_count = 3

    def __init__(self):
        fetched = list(Article.objects.for_front_page(self.per_page + 1))
        # The lead (when pinned) is first: the newest are found among the rest.
        newest = sorted(fetched, key=lambda a: (a.publish_at, a.pk), reverse=True)
        newest = newest[: self.per_page + 1]
        self.rows = newest[: self.per_page]
        self.has_newer, self.has_older = False, len(newest) > self.per_page
        self.is_first, self.query = True, ""
        self.lead = fetched[0] if fetched else None
        others = [article for article in self.rows if article != self.lead]
        self.secondary = others[: self.secondary_count]
        self.latest = others[self.secondary_count :]

    def lead_card(self):
        """The lead as ``includes/article_card.html`` shows it, large: its
        picture as wide as the page allows, its byline from the stored page."""
        lead = self.lead
        image = lead.card_image and lead.card_image | {"sizes": LEAD_IMAGE_SIZES}
        return stored_card(lead, summary=lead.standfirst, image=image)

    def shown(self):
        return [self.lead, *self.secondary, *self.latest] if self.lead else []


def topic_blocks(topics, shown, per_topic=3):
    """The home page's block per navigation topic: its newest articles but
    those ``shown`` above, in the menu's order. One query, none without
    navigation topics."""
    if not topics:
        return []
    articles = Article.objects.exclude(pk__in=[a.pk for a in shown])
    newest = articles.newest_by_topic([topic["pk"] for topic in topics], per_topic)
    blocks = []
    for _, group in groupby(newest, lambda a: a.topic):
        group = list(group)
        topic = group[0].topic
        blocks.append(
            {"name": topic.name, "url": topic.get_absolute_url(), "articles": group}
        )
    return blocks
