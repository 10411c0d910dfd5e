"""The article calendar (issue 15), asked by Writers and Editors signed in
to the admin: what goes public and comes down on each day of a month or a
week, in the site's time zone, each with a link to the article and, for
Editors, to reschedule it through the schedule action's page."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains

from articles.admin.calendar import month_key, week_key
from articles.models import Article
from tests.signin import client_for

CALENDAR = "/admin/articles/article/calendar/"
CHANGELIST = "/admin/articles/article/"


def day_cell(html, day):
    """The HTML of one day on the page, from its heading to the next day's."""
    start = html.index(f'<time datetime="{day:%Y-%m-%d}">')
    end = html.find('class="calendar-date"', start)
    return html[start : end if end != -1 else len(html)]


def in_days(days, hour=7, minute=45):
    return (timezone.localtime() + timedelta(days=days)).replace(
        hour=hour, minute=minute, second=0, microsecond=0
    )


@pytest.fixture
def other_writer(make_user):
    return make_user("walt", "Writers")


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_an_article_scheduled_through_the_schedule_action_shows_on_its_day(
    desk_editor, make_full_article, settings, zone
):
    settings.TIME_ZONE = zone
    article = make_full_article(
        title="Budget Night", status=Article.Status.REVIEW, publish_at=None
    )
    client = client_for(desk_editor)
    at = in_days(40)
    client.post(
        CHANGELIST,
        {
            "action": "schedule",
            "_selected_action": [article.pk],
            "apply": "1",
            "publish_at": f"{at.day} {at:%b %Y}, 07:45",
        },
    )
    article.refresh_from_db()
    assert article.is_scheduled()

    for query in ({"month": month_key(at)}, {"week": week_key(at)}):
        html = client.get(CALENDAR, query).content.decode()
        assert f"Times in {zone}." in html
        cell = day_cell(html, at.date())
        assert "07:45" in cell and "Scheduled" in cell
        assert f'/admin/articles/article/{article.pk}/change/">Budget Night</a>' in cell
        assert f"/admin/articles/article/{article.pk}/reschedule/" in cell
        assert html.count(">Budget Night</a>") == 1, query


def test_writers_see_the_schedule_and_only_their_own_planned_drafts(
    writer, other_writer, desk_editor, make_article
):
    when = in_days(3, hour=10, minute=0)
    make_article(title="Out Soon", publish_at=when)
    make_article(
        title="Plan by Wendy",
        status=Article.Status.DRAFT,
        publish_at=when,
        created_by=writer,
    )
    make_article(
        title="Plan by Walt",
        status=Article.Status.REVIEW,
        publish_at=when,
        created_by=other_writer,
    )
    make_article(title="Pulled", status=Article.Status.UNPUBLISHED, publish_at=when)
    query = {"week": week_key(when)}

    def titles_on_the_day(user):
        html = client_for(user).get(CALENDAR, query).content.decode()
        cell = day_cell(html, when.date())
        names = ("Out Soon", "Plan by Wendy", "Plan by Walt", "Pulled")
        return {name for name in names if f">{name}</a>" in cell}, html

    seen, html = titles_on_the_day(writer)
    assert seen == {"Out Soon", "Plan by Wendy"}
    assert "Planned (draft)" in html
    assert "/reschedule/" not in html  # scheduling is the editors'
    seen, _ = titles_on_the_day(other_writer)
    assert seen == {"Out Soon", "Plan by Walt"}
    seen, html = titles_on_the_day(desk_editor)
    assert seen == {"Out Soon", "Plan by Wendy", "Plan by Walt"}
    assert html.count("/reschedule/") == 3


def test_removals_show_on_their_day_and_today_is_marked(desk_editor, make_article):
    today = timezone.localdate()
    make_article(
        title="Going Away",
        publish_at=timezone.now() - timedelta(days=40),
        unpublish_at=in_days(0, hour=23, minute=59),
    )
    response = client_for(desk_editor).get(CALENDAR)
    html = response.content.decode()
    cell = day_cell(html, today)
    assert "Comes down" in cell and ">Going Away</a>" in cell
    assert "Today" in cell
    assert html.count('aria-current="date"') == 1
    assertContains(response, f"Calendar: {today:%B %Y}")


def test_the_week_view_names_every_day_and_the_empty_ones(writer):
    response = client_for(writer).get(CALENDAR, {"week": "2026-W49"})
    assertContains(response, "Week 49: 30 November – 6 December 2026")
    html = response.content.decode()
    assert html.count('<h2 class="calendar-date">') == 7
    assert html.count("Nothing</p>") == 7
    assertContains(response, 'href="?week=2026-W48" rel="prev"')
    assertContains(response, 'href="?week=2026-W50" rel="next"')
    assertContains(response, 'href="?month=2026-12">Month view')


@pytest.mark.parametrize(
    "query",
    [
        {"month": "2026-13"},
        {"month": "december"},
        {"month": ""},
        {"month": "99999-01"},
        {"month": "0000-01"},
        {"week": "2025-W53"},
        {"week": "2026-W99"},
        {"week": "2026-49"},
    ],
)
def test_a_month_or_week_that_is_not_one_is_not_found(desk_editor, query):
    assert client_for(desk_editor).get(CALENDAR, query).status_code == 404


def test_one_query_reads_the_articles_of_the_month_however_many(
    desk_editor, make_article, django_assert_max_num_queries
):
    client = client_for(desk_editor)
    make_article(title="First", publish_at=in_days(1))
    client.get(CALENDAR)  # the session and permissions, as on every page
    with CaptureQueriesContext(connection) as one:
        client.get(CALENDAR, {"month": month_key(in_days(1))})
    for n in range(30):
        make_article(publish_at=in_days(1 + n % 3), unpublish_at=in_days(5))
    with django_assert_max_num_queries(len(one)):
        response = client.get(CALENDAR, {"month": month_key(in_days(1))})
    article_queries = [
        q for q in one.captured_queries if 'FROM "articles_article"' in q["sql"]
    ]
    assert len(article_queries) == 1
    assert response.content.decode().count("calendar-event ") >= 31


def test_the_calendar_is_linked_from_the_article_list_and_every_page(writer):
    client = client_for(writer)
    assertContains(client.get(CHANGELIST), f'href="{CALENDAR}" class="calendarlink"')
    assertContains(client.get("/admin/"), f'<a href="{CALENDAR}">Calendar</a>')


def test_the_short_address_leads_to_the_calendar_keeping_the_month(writer):
    client = client_for(writer)
    response = client.get("/admin/articles/calendar/?month=2026-12", follow=True)
    assert response.redirect_chain == [(f"{CALENDAR}?month=2026-12", 302)]
    assertContains(response, "December 2026")


def test_reschedule_shows_the_schedule_page_and_returns_to_the_calendar(
    desk_editor, make_full_article
):
    article = make_full_article(title="Moved Piece", publish_at=in_days(5))
    client = client_for(desk_editor)
    url = f"/admin/articles/article/{article.pk}/reschedule/"
    page = client.get(url)
    assertContains(page, "Schedule publication")
    assertContains(page, "Moved Piece")
    at = in_days(70, hour=6, minute=30)

    response = client.post(
        url, {"apply": "1", "publish_at": f"{at.day} {at:%b %Y}, 06:30"}
    )

    assert response.status_code == 302
    assert response["Location"] == f"{CALENDAR}?month={month_key(at)}"
    article.refresh_from_db()
    assert article.publish_at == at
    month = client.get(response["Location"])
    assert ">Moved Piece</a>" in day_cell(month.content.decode(), at.date())


def test_a_refused_reschedule_says_why_on_the_calendar(desk_editor, make_article):
    article = make_article(title="No Byline", status=Article.Status.REVIEW)
    at = in_days(9)
    response = client_for(desk_editor).post(
        f"/admin/articles/article/{article.pk}/reschedule/",
        {"apply": "1", "publish_at": f"{at.day} {at:%b %Y}, 07:45"},
        follow=True,
    )
    assertContains(response, "“No Byline” was not scheduled")
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW
