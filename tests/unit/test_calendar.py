"""The article calendar's arithmetic: which days a month or week shows, the
pages around it, what a query string asks for, and which day each article's
moments fall on in the calendar's time zone."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from articles.admin.calendar import (
    events_by_day,
    month_period,
    month_weeks,
    parse_month,
    parse_week,
    period_days,
    shown_period,
    switch_query,
    week_days,
    week_period,
)
from articles.models import Article

UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)


def test_a_month_is_whole_weeks_from_monday_to_sunday():
    weeks = month_weeks(date(2026, 12, 1))
    assert weeks[0][0] == date(2026, 11, 30)  # a Monday
    assert weeks[-1][-1] == date(2027, 1, 3)  # a Sunday
    assert all(len(week) == 7 for week in weeks)
    assert all(week[0].weekday() == 0 for week in weeks)
    in_december = [day for week in weeks for day in week if day.month == 12]
    assert in_december == [date(2026, 12, n) for n in range(1, 32)]


def test_a_week_is_seven_days_from_its_monday():
    assert week_days(date(2026, 11, 30)) == [
        date(2026, 11, 30) + timedelta(days=n) for n in range(7)
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [("2026-12", date(2026, 12, 1)), ("2027-01", date(2027, 1, 1))],
)
def test_months_are_read_as_year_dash_month(text, first):
    assert parse_month(text) == first


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-00", "2026-1", "12-2026", "december", "", "1800-01"]
)
def test_anything_else_is_not_a_month(text):
    with pytest.raises(ValueError, match="2026-12|calendar runs"):
        parse_month(text)


def test_weeks_are_read_as_iso_weeks():
    assert parse_week("2026-W49") == date(2026, 11, 30)
    assert parse_week("2026-W53") == date(2026, 12, 28)  # 2026 has 53 weeks
    assert parse_week("2027-W01") == date(2027, 1, 4)


@pytest.mark.parametrize("text", ["2025-W53", "2026-W00", "2026-49", "2026W49", "x"])
def test_anything_else_is_not_a_week(text):
    with pytest.raises(ValueError):
        parse_week(text)


def test_month_pages_link_across_the_year():
    january = month_period(date(2027, 1, 1))
    assert (january.first, january.last) == (date(2027, 1, 1), date(2027, 1, 31))
    assert january.previous == "month=2026-12"
    assert january.next == "month=2027-02"
    assert (january.previous_name, january.next_name) == (
        "December 2026",
        "February 2027",
    )
    assert len(period_days(month_period(date(2028, 2, 1)))) == 29


def test_week_pages_link_across_the_year():
    last = week_period(date(2026, 12, 28))
    assert last.name == "Week 53: 28 December 2026 – 3 January 2027"
    assert (last.previous, last.next) == ("week=2026-W52", "week=2027-W01")
    assert (
        week_period(date(2026, 11, 30)).name == "Week 49: 30 November – 6 December 2026"
    )


def test_the_query_string_picks_the_page():
    today = date(2026, 12, 10)
    assert shown_period({}, today).first == date(2026, 12, 1)
    assert shown_period({"month": "2027-03"}, today).first == date(2027, 3, 1)
    assert shown_period({"week": "2026-W49"}, today).kind == "week"


def test_switching_views_keeps_the_days_in_sight():
    today = date(2026, 12, 10)
    assert switch_query(month_period(date(2026, 12, 1)), today) == "week=2026-W50"
    assert switch_query(month_period(date(2027, 2, 1)), today) == "week=2027-W05"
    # Week 53 of 2026 runs into January; its Thursday is in December.
    assert switch_query(week_period(date(2026, 12, 28)), today) == "month=2026-12"


def article(title, status=Article.Status.PUBLISHED, **moments):
    return Article(title=title, status=status, **moments)


def test_each_moment_lands_on_its_day_in_time_order():
    days = week_days(date(2026, 12, 7))
    out = article("Out", publish_at=datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    later = article(
        "Later",
        publish_at=datetime(2026, 12, 11, 7, 0, tzinfo=UTC),
        unpublish_at=datetime(2026, 12, 13, 18, 0, tzinfo=UTC),
    )
    early = article("Early", publish_at=datetime(2026, 12, 11, 6, 0, tzinfo=UTC))
    planned = article(
        "Idea",
        status=Article.Status.REVIEW,
        publish_at=datetime(2026, 12, 9, 10, 0, tzinfo=UTC),
    )
    elsewhere = article("Old", publish_at=datetime(2026, 1, 1, tzinfo=UTC))

    by_day = events_by_day(
        [out, later, early, planned, elsewhere], days, now=NOW, zone=UTC
    )

    shown = {
        day.day: [(e.article.title, e.label, e.reschedulable) for e in events]
        for day, events in by_day.items()
        if events
    }
    assert shown == {
        8: [("Out", "Published", False)],
        9: [("Idea", "Planned (in review)", True)],
        11: [("Early", "Scheduled", True), ("Later", "Scheduled", True)],
        13: [("Later", "Comes down", False)],
    }


def test_days_are_the_calendar_zone_s_days():
    late_evening = datetime(2026, 12, 8, 23, 30, tzinfo=UTC)  # 00:30 in Berlin
    days = week_days(date(2026, 12, 7))
    item = article("Night", publish_at=late_evening)
    in_berlin = events_by_day([item], days, now=NOW, zone=BERLIN)
    assert [e.at.hour for e in in_berlin[date(2026, 12, 9)]] == [0]
    in_utc = events_by_day([item], days, now=NOW, zone=UTC)
    assert [e.at.hour for e in in_utc[date(2026, 12, 8)]] == [23]


def test_an_expired_article_came_down():
    item = article(
        "Gone",
        publish_at=datetime(2026, 12, 1, tzinfo=UTC),
        unpublish_at=datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
    )
    by_day = events_by_day([item], week_days(date(2026, 11, 30)), now=NOW, zone=UTC)
    assert [e.label for e in by_day[date(2026, 12, 2)]] == ["Came down"]
