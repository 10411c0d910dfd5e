"""The article calendar: a month and a week of what goes public and what
comes down, and the link that reschedules an article through the schedule
action's own page. The calendar's arithmetic is plain functions, tested
without a database."""

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from articles.admin.article_views import ArticlePageMixin
from articles.models import Article

# Far enough for any newsroom; keeps the previous and next links in range.
FIRST_YEAR, LAST_YEAR = 1900, 2999
MONTH_PATTERN = re.compile(r"(\d{4})-(\d{2})")
WEEK_PATTERN = re.compile(r"(\d{4})-W(\d{2})")


@dataclass(frozen=True)
class Event:
    """A moment of an article on the calendar, in the calendar's time zone."""

    at: datetime
    kind: str  # "published", "scheduled", "removed", "removal", "planned"
    label: str
    article: Article
    reschedulable: bool = False


@dataclass(frozen=True)
class Day:
    date: date
    events: list = field(default_factory=list)
    is_today: bool = False
    in_period: bool = True


@dataclass(frozen=True)
class Period:
    """The days a calendar page shows, and the pages around it."""

    kind: str  # "month" or "week"
    first: date
    last: date
    name: str
    previous: str  # query strings: "month=2026-11"
    next: str
    previous_name: str
    next_name: str


def check_year(year):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the calendar runs from {FIRST_YEAR} to {LAST_YEAR}")


def parse_month(text):
    """The first day of the month written ``2026-12``."""
    match = MONTH_PATTERN.fullmatch(text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"“{text}” is not a month: write it as 2026-12")
    check_year(int(match[1]))
    return date(int(match[1]), int(match[2]), 1)


def parse_week(text):
    """The Monday of the ISO week written ``2026-W49``."""
    match = WEEK_PATTERN.fullmatch(text)
    if not match:
        raise ValueError(f"“{text}” is not a week: write it as 2026-W49")
    check_year(int(match[1]))
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise ValueError(f"{match[1]} has no week {int(match[2])}") from None


def month_key(day):
    return f"{day:%Y-%m}"


def week_key(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_weeks(first):
    """The month's weeks, Monday to Sunday, with the days of the months
    around it that fill its first and last week."""
    return calendar.Calendar(calendar.MONDAY).monthdatescalendar(
        first.year, first.month
    )


def week_days(monday):
    return [monday + timedelta(days=n) for n in range(7)]


def period_days(period):
    days = (period.last - period.first).days + 1
    return [period.first + timedelta(days=n) for n in range(days)]


def month_period(first):
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    previous = (first - timedelta(days=1)).replace(day=1)
    following = last + timedelta(days=1)
    return Period(
        kind="month",
        first=first,
        last=last,
        name=date_format(first, "F Y"),
        previous=f"month={month_key(previous)}",
        next=f"month={month_key(following)}",
        previous_name=date_format(previous, "F Y"),
        next_name=date_format(following, "F Y"),
    )


def week_name(monday):
    sunday = monday + timedelta(days=6)
    start = date_format(monday, "j F" if monday.year == sunday.year else "j F Y")
    return f"Week {monday.isocalendar().week}: {start} – {date_format(sunday, 'j F Y')}"


def week_period(monday):
    previous, following = monday - timedelta(days=7), monday + timedelta(days=7)
    return Period(
        kind="week",
        first=monday,
        last=monday + timedelta(days=6),
        name=week_name(monday),
        previous=f"week={week_key(previous)}",
        next=f"week={week_key(following)}",
        previous_name=f"week {previous.isocalendar().week}",
        next_name=f"week {following.isocalendar().week}",
    )


def shown_period(query, today):
    """The page the query string asks for (``week=`` or ``month=``), else
    this month; ``ValueError`` for a week or month that is not one."""
    if "week" in query:
        return week_period(parse_week(query["week"]))
    if "month" in query:
        return month_period(parse_month(query["month"]))
    return month_period(today.replace(day=1))


def article_events(article, *, now, zone):
    """What the calendar shows of an article: going public and coming down
    for a published one, the planned time for a draft or one in review."""
    local = partial(timezone.localtime, timezone=zone)
    if article.status == Article.Status.PUBLISHED:
        if article.publish_at:
            future = article.publish_at > now
            yield Event(
                at=local(article.publish_at),
                kind="scheduled" if future else "published",
                label="Scheduled" if future else "Published",
                article=article,
                reschedulable=future,
            )
        if article.unpublish_at:
            future = article.unpublish_at > now
            yield Event(
                at=local(article.unpublish_at),
                kind="removal" if future else "removed",
                label="Comes down" if future else "Came down",
                article=article,
            )
    elif article.publish_at:
        yield Event(
            at=local(article.publish_at),
            kind="planned",
            label=f"Planned ({article.get_status_display().lower()})",
            article=article,
            reschedulable=True,
        )


def events_by_day(articles, days, *, now, zone):
    """Each of ``days`` with its articles' events on that day, in time order."""
    by_day = {day: [] for day in days}
    for article in articles:
        for event in article_events(article, now=now, zone=zone):
            if event.at.date() in by_day:
                by_day[event.at.date()].append(event)
    for events in by_day.values():
        events.sort(key=lambda event: (event.at, event.article.title))
    return by_day


def calendar_rows(period, by_day, today):
    """The month's weeks, or the one week, as rows of ``Day``."""
    weeks = (
        month_weeks(period.first)
        if period.kind == "month"
        else [week_days(period.first)]
    )
    return [
        [
            Day(
                date=day,
                events=by_day.get(day, []),
                is_today=day == today,
                in_period=period.first <= day <= period.last,
            )
            for day in week
        ]
        for week in weeks
    ]


def switch_query(period, today):
    """The other view of the same days: a month's week (this week, if the
    month is this month), or the month of a week's Thursday (ISO's rule)."""
    if period.kind == "month":
        shown = today if period.first <= today <= period.last else period.first
        return f"week={week_key(shown)}"
    return f"month={month_key(period.first + timedelta(days=3))}"


class ArticleCalendarMixin(ArticlePageMixin):
    def get_urls(self):
        return [
            path(
                "calendar/",
                self.admin_site.admin_view(self.calendar_view),
                name="articles_article_calendar",
            ),
            path(
                "<int:object_id>/reschedule/",
                self.admin_site.admin_view(self.reschedule_view),
                name="articles_article_reschedule",
            ),
            *super().get_urls(),
        ]

    def calendar_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        today = timezone.localdate()
        try:
            period = shown_period(request.GET, today)
        except ValueError as error:
            raise Http404(f"No such calendar page: {error}.") from error
        zone = timezone.get_current_timezone()
        start, end = (
            datetime.combine(day, time.min, tzinfo=zone)
            for day in (period.first, period.last + timedelta(days=1))
        )
        articles = (
            Article.objects.on_calendar_of(request.user)
            .dated_between(start, end)
            .only("title", "status", "publish_at", "unpublish_at")
        )
        by_day = events_by_day(
            articles, period_days(period), now=timezone.now(), zone=zone
        )
        rows = calendar_rows(period, by_day, today)
        context = self.page_context(
            request,
            title=f"Calendar: {period.name}",
            period=period,
            rows=rows,
            has_events=any(by_day.values()),
            this_period="" if period.kind == "month" else f"week={week_key(today)}",
            switch=switch_query(period, today),
            time_zone=timezone.get_current_timezone_name(),
            can_reschedule=self.has_publish_permission(request),
        )
        return TemplateResponse(
            request, "admin/articles/article/calendar.html", context
        )

    def reschedule_view(self, request, object_id):
        """The schedule action's page for one article; back to the calendar
        once it is scheduled (or refused, with the reason)."""
        if not self.has_publish_permission(request):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=object_id)
        page = self.schedule_page(request, Article.objects.filter(pk=article.pk))
        if page is not None:
            return page
        article.refresh_from_db()
        moment = article.publish_at or timezone.now()
        month = month_key(timezone.localtime(moment))
        return redirect(f"{reverse('admin:articles_article_calendar')}?month={month}")
