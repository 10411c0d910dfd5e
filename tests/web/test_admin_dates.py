"""Dates in the admin read one way (issue 13): day, month abbreviation, year,
a 24-hour clock and the time zone named, as in "29 Nov 2026, 20:33 UTC";
date fields show "29 Nov 2026" and take back exactly what they show."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from tests.html_checks import form_data
from tests.signin import client_for

CHANGELIST = "/admin/articles/article/"
AMBIGUOUS = [
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),  # 11/29/2026 or 29/11/2026
    re.compile(r"\b[ap]\.m\.", re.IGNORECASE),
    re.compile(r"\b\d{1,2}:\d{2}\s?[AP]M\b"),
]


@pytest.fixture(params=["UTC", "America/New_York"])
def zone(request, settings):
    settings.TIME_ZONE = request.param
    return ZoneInfo(request.param)


def shown(moment, zone):
    """How the admin writes a moment: 29 Nov 2026, 20:33 UTC."""
    local = moment.astimezone(zone)
    return f"{local.day} {local:%b %Y, %H:%M} {local.tzname()}"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def assert_unambiguous(html):
    for pattern in AMBIGUOUS:
        assert not pattern.search(html), pattern.search(html).group()


def as_a_browser_posts(data):
    return {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }


def test_the_changelist_writes_every_date_one_way(desk_editor, make_article, zone):
    published = make_article(title="Out Now")
    scheduled = make_article(
        title="Later", publish_at=timezone.now() + timedelta(days=3, seconds=17)
    )
    response = client_for(desk_editor).get(CHANGELIST)
    html = response.content.decode()
    assertContains(response, shown(published.updated_at, zone))
    assertContains(response, f"Scheduled for {shown(scheduled.publish_at, zone)}")
    assert_unambiguous(html)


def test_the_change_form_shows_dates_unambiguously_and_names_the_zone(
    desk_editor, make_full_article, zone
):
    article = make_full_article(
        unpublish_at=timezone.now() + timedelta(days=30, seconds=41)
    )
    response = client_for(desk_editor).get(change_url(article))
    data = form_data(response.content.decode(), "article_form")
    local = article.publish_at.astimezone(zone)
    assert data["publish_at_0"] == f"{local:%d %b %Y}"  # 28 Nov 2026
    assert data["publish_at_1"] == f"{local:%H:%M:%S}"
    for name in ("publish_at", "unpublish_at"):
        widget = rf'name="{name}_1"[^>]*>\s*<span class="time-zone">([^<]*)</span>'
        assert re.search(widget, response.content.decode()).group(1) == (
            f"{zone.key} time, 24-hour clock"
        )
    assert_unambiguous(response.content.decode())


def test_posting_the_change_form_as_shown_changes_no_date(
    desk_editor, make_full_article, zone
):
    article = make_full_article(
        publish_at=timezone.now() - timedelta(days=2, seconds=13),
        unpublish_at=timezone.now() + timedelta(days=30, seconds=41),
    )
    before = Article.objects.get(pk=article.pk)
    client = client_for(desk_editor)
    data = form_data(client.get(change_url(article)).content.decode(), "article_form")

    response = client.post(
        change_url(article), as_a_browser_posts(data) | {"_continue": "1"}
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    after = Article.objects.get(pk=article.pk)
    assert (after.publish_at, after.unpublish_at) == (
        before.publish_at,
        before.unpublish_at,
    )
    assert "publish" not in LogEntry.objects.latest("pk").change_message.lower()
    again = form_data(client.get(change_url(article)).content.decode(), "article_form")
    assert {
        k: again[k] for k in data if k.startswith(("publish_at", "unpublish_at"))
    } == {k: data[k] for k in data if k.startswith(("publish_at", "unpublish_at"))}


def test_a_date_typed_as_the_form_shows_it_is_saved(
    desk_editor, make_full_article, zone
):
    article = make_full_article()
    client = client_for(desk_editor)
    data = form_data(client.get(change_url(article)).content.decode(), "article_form")
    data |= {"unpublish_at_0": "3 March 2031", "unpublish_at_1": "18:05"}

    response = client.post(change_url(article), as_a_browser_posts(data))

    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.unpublish_at == datetime(2031, 3, 3, 18, 5, tzinfo=zone)


def schedule_page(client, article, **extra):
    return client.post(
        CHANGELIST,
        {"action": "schedule", "_selected_action": [article.pk], **extra},
        follow=True,
    )


def test_the_schedule_action_names_the_zone_and_takes_the_shown_format(
    desk_editor, make_full_article, zone
):
    article = make_full_article(status=Article.Status.REVIEW, publish_at=None)
    client = client_for(desk_editor)
    page = schedule_page(client, article)
    html = page.content.decode()
    assert 'type="datetime-local"' not in html
    assertContains(page, f"Publish at ({zone.key})")
    tomorrow = timezone.now().astimezone(zone) + timedelta(days=1)
    assertContains(page, f"{tomorrow.day} {tomorrow:%b %Y}, 09:00")  # the example

    at = (timezone.now() + timedelta(days=9)).astimezone(zone)
    typed = f"{at.day} {at:%b %Y}, 07:45"
    response = schedule_page(client, article, apply="1", publish_at=typed)

    article.refresh_from_db()
    assert article.publish_at == at.replace(hour=7, minute=45, second=0, microsecond=0)
    assert article.is_scheduled()
    assertContains(
        response,
        f"scheduled for {typed} {article.publish_at.astimezone(zone).tzname()}",
    )
    assert_unambiguous(response.content.decode())


def test_the_schedule_action_refuses_an_ambiguous_date_and_says_how(
    desk_editor, make_full_article, zone
):
    article = make_full_article(status=Article.Status.REVIEW, publish_at=None)
    response = schedule_page(
        client_for(desk_editor), article, apply="1", publish_at="11/12/2031 8:30 PM"
    )
    assertContains(
        response, f"Enter the day, month, year and 24-hour time in {zone.key}"
    )
    assertNotContains(response, "scheduled for")
    article.refresh_from_db()
    assert (article.status, article.publish_at) == (Article.Status.REVIEW, None)
