"""The editor's desk, the admin's home page: what waits for review, one's
own drafts and what came back, what goes live or comes down this week, and
what was published lately. Each list is one query, whatever the number of
articles, and shows only what the signed-in user may open."""

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import groupby

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from articles.models import Article

ROWS = 10  # the first rows of each list; its heading counts them all
SCHEDULE_DAYS = 7
RECENT_HOURS = 48


@dataclass
class Listing:
    rows: list
    total: int
    all_url: str = ""  # the whole list, when it is longer than its rows

    @classmethod
    def first_rows(cls, articles, *, all_url=""):
        rows = list(articles.with_total()[:ROWS])
        total = rows[0].total if rows else 0
        return cls(rows, total, all_url if total > len(rows) else "")


@dataclass
class Change:
    """An article going live or coming down at ``at``."""

    at: object
    verb: str
    article: Article


@dataclass
class Day:
    name: str
    changes: list = field(default_factory=list)


def day_name(day, today):
    if day == today:
        return "Today"
    if day == today + timedelta(days=1):
        return "Tomorrow"
    return date_format(day, "l j F")


def changelist_url(**filters):
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return f"{reverse('admin:articles_article_changelist')}?{query}"


class Desk:
    """The dashboard of ``request.user``: Editors see what needs review;
    Writers and Editors their drafts and what was sent back to them; anyone
    who may view articles the schedule and what was published lately."""

    def __init__(self, request):
        user = request.user
        now = timezone.now()
        articles = Article.objects.only(
            "title",
            "status",
            "publish_at",
            "unpublish_at",
            "public_updated_at",
            "updated_at",
            "submitted_at",
            "submitted_by__username",
            "submitted_by__first_name",
            "submitted_by__last_name",
            "word_count",
        )
        self.time_zone = timezone.get_current_timezone_name()
        self.needs_review = self.drafts = self.sent_back = None
        if user.has_perm("articles.publish_article"):
            self.needs_review = Listing.first_rows(
                articles.awaiting_review(), all_url=changelist_url(state="review")
            )
        if user.has_perm("articles.change_article"):
            mine = (
                articles.editable_by(user)
                .owned_by(user)
                .filter(status=Article.Status.DRAFT)
                .with_latest_comment()
                .order_by("-updated_at", "-pk")
            )
            self.sent_back = Listing.first_rows(
                mine.filter(latest_comment__isnull=False)
            )
            self.drafts = Listing.first_rows(mine.filter(latest_comment__isnull=True))
        self.scheduled = self.recent = None
        if user.has_perm("articles.view_article"):
            week = now + timedelta(days=SCHEDULE_DAYS)
            self.scheduled = Listing.first_rows(
                articles.changing_state_between(now, week)
            )
            self.schedule = schedule_by_day(self.scheduled.rows, now, week)
            self.recent_since = now - timedelta(hours=RECENT_HOURS)
            self.recent = Listing.first_rows(
                articles.published_or_updated_since(self.recent_since)
            )
            for article in self.recent.rows:
                article.is_updated = bool(
                    article.public_updated_at
                    and article.public_updated_at >= self.recent_since
                    and article.public_updated_at > article.publish_at
                )


def schedule_by_day(articles, start, end):
    """The changes of ``articles`` between ``start`` and ``end``, by local
    day, the earliest first."""
    changes = sorted(
        (
            Change(moment, verb, article)
            for article in articles
            for moment, verb in (
                (article.publish_at, "Goes live"),
                (article.unpublish_at, "Comes down"),
            )
            if moment and start < moment <= end
        ),
        key=lambda change: change.at,
    )
    today = timezone.localdate(start)
    return [
        Day(day_name(day, today), list(day_changes))
        for day, day_changes in groupby(
            changes, key=lambda change: timezone.localdate(change.at)
        )
    ]
