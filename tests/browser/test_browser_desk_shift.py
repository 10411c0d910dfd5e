"""A desk shift in headless Chromium (issue 15), every step through the real
admin: a Writer writes and submits an article, the Editor finds it on the
dashboard and in the email, sends it back with a comment, the Writer reads it
on their dashboard and resubmits, the Editor schedules it, finds it on the
calendar, and it goes live on time for an anonymous reader. Only the two
users, their author row and a topic are made by fixtures; the emails are read
from Django's locmem outbox (the live server runs in this process)."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, Author, Topic
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}
TITLE = "Night Ferries Return to the Harbour"
SLUG = "night-ferries-return-to-the-harbour"
COMMENT = "Check the winter timetable with the operator: the last sailing moved."
# How far ahead the Editor schedules it, and how long the reader waits after.
LEAD_TIME = timedelta(seconds=15)
GRACE = timedelta(seconds=15)


@pytest.fixture
def desk(writer, desk_editor, settings, live_server):
    """The Writer and the Editor with their emails, the Writer's author row
    and a topic; the emails' links point at the live server."""
    settings.NEWSROOM_SITE_URL = live_server.url
    writer.email = "wendy@example.com"
    writer.save()
    desk_editor.email = "eddie@example.com"
    desk_editor.save()
    Author.objects.create(user=writer, display_name="Wendy Writer", slug="wendy")
    Topic.objects.create(name="Transport", slug="transport")


def signed_in(new_page, live_server, user):
    page = new_page(viewport=DESKTOP)
    log_in(page, live_server, user.username)
    return page


def emails_to(mailoutbox, address, subject):
    return [m for m in mailoutbox if m.to == [address] and m.subject == subject]


def saved(page, outcome="was changed successfully"):
    expect(page.locator(".messagelist .success")).to_contain_text(outcome)


def write_the_article(page, live_server):
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    # Typed key by key: the admin fills the slug in on key presses.
    page.locator("#id_title").press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    page.fill(
        "#id_standfirst",
        "The late boats to the islands sail again from Monday, twice a night.",
    )
    page.fill("#id_lead", "The harbour's night ferries carry **900** people a week.")
    expect(page.locator("#id_authors option:checked")).to_have_text("Wendy Writer")
    page.locator(".field-topic .select2-selection").click()
    page.locator(".select2-dropdown .select2-search__field").fill("Trans")
    page.locator(".select2-results__option", has_text="Transport").click()
    page.get_by_role("link", name="Add another Section").click()
    section = page.locator("#sections-0")
    section.get_by_label("Heading").fill("Times and Fares")
    section.locator(".field-body textarea").fill("The boats leave from pier 4:")
    section.get_by_role("link", name="Add another Bullet Point").click()
    bullet = section.locator("#sections-0-bullets-0")
    bullet.locator(".field-label input").fill("Last sailing")
    bullet.locator(".field-text textarea").fill("At 01:30, every night.")
    page.locator(".action-bar").get_by_role("button", name="Save").click()
    saved(page, "was added successfully")


def run_list_action(page, live_server, action):
    page.goto(f"{live_server.url}/admin/articles/article/")
    row = page.locator("#result_list tbody tr", has_text=TITLE)
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", label=action)
    page.get_by_role("button", name="Go").click()


def test_a_desk_shift_from_first_draft_to_live(
    new_page, live_server, writer, desk_editor, desk, mailoutbox, artifacts
):
    wendy = signed_in(new_page, live_server, writer)
    write_the_article(wendy, live_server)
    article = Article.objects.get(slug=SLUG)
    assert article.topic.name == "Transport"
    assert [a.display_name for a in article.authors.all()] == ["Wendy Writer"]
    wendy.locator(".action-bar").get_by_role("button", name="Submit for review").click()
    saved(wendy)
    expect(wendy.locator(".action-status")).to_have_text("In review")

    # The Editor's dashboard and email.
    eddie = signed_in(new_page, live_server, desk_editor)
    article.refresh_from_db()
    assert article.word_count > 0
    review = eddie.locator("section[aria-labelledby=desk-review]")
    expect(review.locator("#desk-review")).to_contain_text("Needs review 1")
    row = review.locator(".desk-rows li", has_text=TITLE)
    # The desk names people by their user name (tests/web/test_dashboard.py).
    expect(row).to_contain_text(f"Submitted by {writer.get_full_name()},")
    expect(row).to_contain_text(f"{article.word_count} words")
    eddie.screenshot(path=artifacts / "desk-shift-editor-dashboard-1280.png")
    change_url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    (submitted,) = emails_to(mailoutbox, "eddie@example.com", f"For review: {TITLE}")
    assert "Wendy Writer submitted" in submitted.body
    assert f"Review it: {change_url}\n" in submitted.body
    eddie.goto(change_url)  # the email's link
    expect(eddie.locator("#id_title")).to_have_value(TITLE)

    # Sent back with a comment: the Writer's email and dashboard.
    run_list_action(eddie, live_server, "Send back to draft…")
    eddie.get_by_label("Comment for the writer").fill(COMMENT)
    eddie.get_by_role("button", name="Send back to draft").click()
    expect(eddie.locator(".messagelist .success")).to_have_text(
        "1 article sent back to draft."
    )
    (sent_back,) = emails_to(
        mailoutbox, "wendy@example.com", f"Sent back to you: {TITLE}"
    )
    assert COMMENT in sent_back.body
    assert change_url in sent_back.body
    wendy.goto(f"{live_server.url}/admin/")
    back = wendy.locator("section[aria-labelledby=desk-sent-back]")
    expect(back.locator("#desk-sent-back")).to_contain_text("Sent back to me 1")
    expect(back.locator(".desk-rows li", has_text=TITLE)).to_contain_text(COMMENT)
    wendy.screenshot(path=artifacts / "desk-shift-writer-dashboard-1280.png")

    # The Writer fixes it and resubmits from the change page.
    back.get_by_role("link", name=TITLE).click()
    wendy.locator("[name=sections-0-bullets-0-text]").fill("At 01:45, every night.")
    wendy.locator(".action-bar").get_by_role("button", name="Submit for review").click()
    saved(wendy)
    expect(wendy.locator(".action-status")).to_have_text("In review")
    assert len(emails_to(mailoutbox, "eddie@example.com", f"For review: {TITLE}")) == 2

    # The Editor schedules it from the change page's action bar.
    eddie.goto(f"{live_server.url}/admin/")
    eddie.locator("#desk-review").locator("xpath=../..").get_by_role(
        "link", name=TITLE
    ).click()
    expect(eddie.locator("[name=sections-0-bullets-0-text]")).to_have_value(
        "At 01:45, every night."
    )
    eddie.locator(".action-bar").get_by_role("link", name="Schedule").click()
    goes_live = timezone.localtime().replace(microsecond=0) + LEAD_TIME
    eddie.fill("#id_publish_at_0", f"{goes_live:%Y-%m-%d}")
    eddie.fill("#id_publish_at_1", f"{goes_live:%H:%M:%S}")
    eddie.locator(".action-bar").get_by_role("button", name="Publish").click()
    saved(eddie)
    expect(eddie.locator(".action-status")).to_contain_text("Scheduled")
    article.refresh_from_db()
    assert article.publish_at == goes_live

    # Not yet live: an anonymous reader finds nothing.
    reader = new_page(viewport=DESKTOP)
    public_url = f"{live_server.url}/articles/{SLUG}/"
    response = reader.goto(public_url)
    assert timezone.now() < goes_live, "the schedule passed before the first look"
    assert response.status == 404

    (scheduled,) = emails_to(mailoutbox, "wendy@example.com", f"Scheduled: {TITLE}")
    assert f"goes live on {goes_live:%-d %b %Y, %H:%M} UTC, at {public_url}" in (
        scheduled.body
    )

    # The calendar: the month (the user links' "Calendar"), then the week.
    eddie.get_by_role("link", name="Calendar", exact=True).first.click()
    expect(eddie.locator("h1")).to_contain_text("Calendar")
    today = eddie.locator(".calendar-day.today")
    expect(today.get_by_role("link", name=TITLE, exact=True)).to_have_attribute(
        "href", f"/admin/articles/article/{article.pk}/change/"
    )
    eddie.screenshot(path=artifacts / "desk-shift-calendar-month-1280.png")
    eddie.get_by_role("link", name="Week view").click()
    event = eddie.locator(".calendar-week .today .calendar-event", has_text=TITLE)
    expect(event.locator("time")).to_have_text(f"{goes_live:%H:%M}")
    expect(event.get_by_role("link", name=TITLE, exact=True)).to_have_attribute(
        "href", f"/admin/articles/article/{article.pk}/change/"
    )
    eddie.screenshot(path=artifacts / "desk-shift-calendar-week-1280.png")

    # Live on time: the reader reloads until it appears.
    while response.status != 200 and timezone.now() < goes_live + GRACE:
        time.sleep(0.5)
        response = reader.reload()
    assert response.status == 200, "not live 15 s after its publication time"
    assert timezone.now() >= goes_live
    expect(reader.locator("h1")).to_have_text(TITLE)
    expect(reader.locator(".byline-authors")).to_have_text("By Wendy Writer")
    expect(reader.locator(".bullet-list li")).to_have_text(
        ["Last sailing: At 01:45, every night."]
    )
    reader.screenshot(path=artifacts / "desk-shift-live-1280.png", full_page=True)
    eddie.goto(f"{live_server.url}/admin/")
    recent = eddie.locator("section[aria-labelledby=desk-recent]")
    expect(recent.locator("#desk-recent")).to_contain_text("Recently published 1")
    expect(recent.get_by_role("link", name=TITLE)).to_be_visible()
    expect(eddie.locator("#desk-review")).to_contain_text("Needs review 0")
    # The authors were told when it would go live; once it has, the next
    # run of the sender (cron's send_notifications) tells them it is live.
    assert emails_to(mailoutbox, "wendy@example.com", f"Published: {TITLE}") == []
    call_command("send_notifications")
    (published,) = emails_to(mailoutbox, "wendy@example.com", f"Published: {TITLE}")
    assert "scheduled by Eddie Editor, went live on" in published.body
    assert f"/articles/{SLUG}/" in published.body
