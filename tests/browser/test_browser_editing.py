"""The article editor in headless Chromium (issue 13): unsaved typing stays
with the person who typed it, a preview link leaves the typing alone, dates
read one way whatever the browser's locale, and a long title stays readable."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, PreviewLink
from tests.signin import PASSWORD, log_in

# serialized_rollback: a transactional test empties every table afterwards, the
# Writers and Editors groups of the data migration too, unless restored.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SITE_TIME = re.compile(
    r"^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, "
    r"\d{2}:\d{2} UTC$"
)
LONG_TITLE = (
    "Council approves the long-delayed harbour redevelopment plan after a "
    "night of protests, three amendments, a walkout and a recount that left "
    "the mayor, the unions and the fishermen all claiming victory"
)


def log_out(page):
    page.click("#logout-form button")
    expect(page.locator("#content h1")).to_have_text("Logged out")


def change_url(live_server, article):
    return f"{live_server.url}/admin/articles/article/{article.pk}/change/"


def stored_copies(page):
    """Everything this browser keeps in localStorage for the site, as text."""
    return page.evaluate("JSON.stringify(window.localStorage)")


@pytest.fixture
def two_editors(django_user_model):
    # Superusers, not the Editors group: after a non-browser test in the same
    # run, the data migration's groups are gone from the second browser test
    # on (serialized_rollback does not bring them back).
    return [
        django_user_model.objects.create_superuser(
            name, f"{name}@example.com", PASSWORD
        )
        for name in ("ana", "ben")
    ]


@pytest.fixture
def story(make_full_article):
    return make_full_article(title="Council Budget", slug="council-budget")


def type_and_wait_for_the_copy(page, text):
    page.fill("#id_title", text)
    page.wait_for_timeout(1200)  # the copy is kept a moment after typing stops


def test_unsaved_typing_is_never_offered_to_the_next_user(
    new_page, live_server, two_editors, story
):
    # A browser in New York set to US English: the offer still names the
    # site's zone and writes the date unambiguously.
    page = new_page(
        viewport={"width": 1280, "height": 900},
        locale="en-US",
        timezone_id="America/New_York",
    )
    url = change_url(live_server, story)
    log_in(page, live_server, "ana")
    page.goto(url)
    type_and_wait_for_the_copy(page, "Ana's unsaved headline")
    page.reload()
    offer = page.locator(".autosave-offer")
    expect(offer).to_be_visible()  # the copy exists, for Ana
    assert SITE_TIME.match(offer.locator(".autosave-when").inner_text())

    log_out(page)
    assert "Ana's unsaved headline" not in stored_copies(page)

    log_in(page, live_server, "ben")
    page.goto(url)
    expect(page.locator("#id_title")).to_have_value("Council Budget")
    expect(page.locator(".autosave-offer")).to_be_hidden()
    log_out(page)

    log_in(page, live_server, "ana")
    page.goto(url)
    expect(page.locator("#id_title")).to_have_value("Council Budget")
    expect(page.locator(".autosave-offer")).to_be_hidden()


def test_a_copy_left_by_an_expired_login_is_forgotten_when_another_user_signs_in(
    new_page, live_server, two_editors, story
):
    page = new_page(viewport={"width": 1280, "height": 900})
    url = change_url(live_server, story)
    log_in(page, live_server, "ana")
    page.goto(url)
    type_and_wait_for_the_copy(page, "Typed before Ana walked away")
    page.context.clear_cookies(name="sessionid")  # her login expires

    log_in(page, live_server, "ben")
    assert "Typed before Ana walked away" not in stored_copies(page)
    page.goto(url)
    expect(page.locator(".autosave-offer")).to_be_hidden()

    type_and_wait_for_the_copy(page, "Ben's own unsaved headline")
    page.reload()
    expect(page.locator(".autosave-offer")).to_be_visible()  # his own, offered


def test_creating_and_revoking_a_preview_link_keeps_unsaved_typing(
    new_page, live_server, two_editors, make_full_article, artifacts
):
    draft = make_full_article(
        title="Harbour Plan", slug="harbour-plan", status=Article.Status.DRAFT
    )
    page = new_page(viewport={"width": 1280, "height": 900})
    url = change_url(live_server, draft)
    log_in(page, live_server, "ana")
    page.goto(url)
    page.fill("#id_title", "Harbour Plan: the Vote")
    page.fill("#id_lead", "A lead nobody has saved yet.")

    page.get_by_role("button", name="Create a shareable preview link").click()
    link = page.locator(".preview-links input")
    expect(link).to_have_count(1)
    expect(page.locator(".sharing-status")).to_contain_text(
        "Anyone with this link can read the preview until"
    )
    until = page.locator(".preview-links li").inner_text()
    assert re.search(r"until \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC", until)
    page.locator(".editing-side").screenshot(path=artifacts / "editing-share-1280.png")
    assert page.url == url
    expect(page.locator("#id_title")).to_have_value("Harbour Plan: the Vote")
    expect(page.locator("#id_lead")).to_have_value("A lead nobody has saved yet.")
    assert PreviewLink.objects.filter(article=draft).count() == 1

    reader = new_page(viewport={"width": 1280, "height": 900})
    reader.goto(link.input_value())
    expect(reader.locator("h1")).to_have_text("Harbour Plan")  # the saved version

    page.get_by_role("button", name="Revoke").click()
    expect(page.locator(".preview-links input")).to_have_count(0)
    expect(page.locator(".sharing-status")).to_contain_text("revoked")
    expect(page.locator("#id_title")).to_have_value("Harbour Plan: the Vote")
    assert not any(made.is_valid() for made in PreviewLink.objects.all())

    page.click("input[name=_continue]")  # the typing is still there to save
    expect(page.locator(".messagelist .success")).to_be_visible()
    draft.refresh_from_db()
    assert (draft.title, draft.lead) == (
        "Harbour Plan: the Vote",
        "A lead nobody has saved yet.",
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_a_long_title_wraps_clear_of_the_history_and_view_buttons(
    new_page, live_server, two_editors, make_full_article, artifacts, width
):
    article = make_full_article(title=LONG_TITLE, slug="harbour")
    assert len(article.title) == 200
    page = new_page(viewport={"width": width, "height": 900})
    log_in(page, live_server, "ana")
    page.goto(change_url(live_server, article))

    title = page.locator("#content > h2")
    expect(title).to_have_text(LONG_TITLE)
    tools = page.locator(".object-tools")
    expect(tools.get_by_role("link", name="History")).to_be_visible()
    page.screenshot(
        path=artifacts / f"editing-long-title-{width}.png",
        clip={"x": 0, "y": 0, "width": width, "height": 600},
    )
    title_box = title.bounding_box()
    assert title_box["x"] + title_box["width"] <= width  # wrapped, not cut off
    for button in tools.locator("a").all():
        box = button.bounding_box()
        overlaps = (
            box["x"] < title_box["x"] + title_box["width"]
            and title_box["x"] < box["x"] + box["width"]
            and box["y"] < title_box["y"] + title_box["height"]
            and title_box["y"] < box["y"] + box["height"]
        )
        assert not overlaps, button.inner_text()


def test_the_calendar_writes_dates_the_form_reads_back(
    new_page, live_server, two_editors, story, artifacts
):
    page = new_page(
        viewport={"width": 1280, "height": 900},
        locale="en-US",
        timezone_id="America/New_York",
    )
    log_in(page, live_server, "ana")
    page.goto(change_url(live_server, story))
    row = page.locator(".field-unpublish_at")
    row.get_by_role("link", name="Choose a Date").click()
    page.locator(".calendarbox:visible").get_by_role("link", name="Tomorrow").click()
    row.get_by_role("link", name="Choose a Time").click()
    page.locator(".clockbox:visible").get_by_role("link", name="6 a.m.").click()
    tomorrow = timezone.localtime() + timedelta(days=1)
    expect(page.locator("#id_unpublish_at_0")).to_have_value(f"{tomorrow:%d %b %Y}")
    expect(page.locator("#id_unpublish_at_1")).to_have_value("06:00:00")
    expect(row.locator(".time-zone")).to_have_text(
        f"{timezone.get_current_timezone_name()} time, 24-hour clock"
    )
    row.screenshot(path=artifacts / "editing-unpublish-at-1280.png")

    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    story.refresh_from_db()
    assert timezone.localtime(story.unpublish_at) == tomorrow.replace(
        hour=6, minute=0, second=0, microsecond=0
    )
