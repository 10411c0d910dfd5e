"""The article calendar in headless Chromium: keyboard navigation, axe, the
Content-Security-Policy, and screenshots at phone and desktop widths."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.page_checks import listen_for_csp_violations
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CALENDAR = "/admin/articles/article/calendar/"


@pytest.fixture
def month_of_articles(make_article):
    """This month's schedule: published, scheduled, coming down, planned."""
    now = timezone.localtime()
    first = now.replace(day=1, hour=9, minute=0, second=0, microsecond=0)
    titles = [
        "Council approves the riverside flood defences after a long night",
        "Heat map",
        "What the new school year changes for families in the city",
        "Transport strike: the timetable",
    ]
    for n, title in enumerate(titles):
        make_article(title=title, publish_at=first + timedelta(days=2 * n + 1))
    make_article(title="Tomorrow's briefing", publish_at=now + timedelta(days=1))
    make_article(
        title="Election live page",
        publish_at=now - timedelta(hours=2),
        unpublish_at=now + timedelta(hours=1),
    )
    make_article(
        title="Weekend long read",
        status=Article.Status.REVIEW,
        publish_at=now + timedelta(hours=3),
    )


def test_the_next_month_link_is_reached_and_followed_with_the_keyboard(
    logged_in_page, live_server
):
    page = logged_in_page
    page.goto(f"{live_server.url}{CALENDAR}?month=2026-12")
    expect(page.locator("h1")).to_have_text("Calendar: December 2026")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.rel") == "next":
            break
    focused = page.locator("a[rel=next]")
    expect(focused).to_be_focused()
    expect(focused).to_have_text("Next: January 2027 →")
    outline = focused.evaluate("a => getComputedStyle(a).outlineStyle")
    assert outline == "solid"  # the focus is visible
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Calendar: January 2027")
    assert page.url.endswith("?month=2027-01")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_month_and_week_pass_axe_and_the_csp_at_both_widths(
    new_page, live_server, editor, month_of_articles, artifacts, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    violations = []
    listen_for_csp_violations(page, violations)
    log_in(page, live_server, editor.username)
    week = f"?week={timezone.localdate():%G-W%V}"
    axe = Axe()
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        for view, query in (("month", ""), ("week", week)):
            page.goto(f"{live_server.url}{CALENDAR}{query}")
            expect(page.locator(".calendar-today")).to_be_visible()
            root = "document.documentElement"
            scroll = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
            assert scroll <= 0, f"{view} scrolls sideways at {width} px"
            results = axe.run(page)
            problems = [
                f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
                for v in results.response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert problems == [], f"{view} at {width} px ({scheme}): {problems}"
            page.screenshot(
                path=artifacts / f"admin-calendar-{view}-{width}-{scheme}.png",
                full_page=True,
            )
    assert violations == []
