"""The article page's details in headless Chromium (issue 16): the
corrections block and the share row, at 360 and 1280 px, light and dark."""

import io
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article, CorrectionNote
from tests.browser.page_checks import listen_for_csp_violations
from tests.content import rendered

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PATH = "/articles/how-cities-keep-cool/"


# Every Content-Security-Policy violation the page reports.
@pytest.fixture
def corrected(db):
    """The demo's feature article with a correction note, updated after it
    was published."""
    call_command("seed_demo", stdout=io.StringIO())
    article = Article.objects.get(slug="how-cities-keep-cool")
    note = CorrectionNote.objects.create(
        article=article,
        text="An earlier version gave the wrong year for the park's opening.",
        noted_at=article.publish_at + timedelta(days=2),
    )
    Article.objects.filter(pk=article.pk).update(public_updated_at=note.noted_at)
    return rendered(article)


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_corrections_and_share_row_are_accessible_at_every_width(
    new_page, live_server, corrected, artifacts, width, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
    violations = []
    listen_for_csp_violations(page, violations)
    page.goto(f"{live_server.url}{PATH}")

    problems = [
        f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
        for v in Axe().run(page).response["violations"]
    ]
    assert problems == []
    root = "document.documentElement"
    assert page.evaluate(f"{root}.scrollWidth - {root}.clientWidth") <= 0

    share = page.get_by_role("region", name="Share this article")
    expect(share.get_by_role("button", name="Copy link")).to_be_visible()
    expect(share.get_by_role("link", name="Share on Bluesky")).to_be_visible()
    page.locator(".article-header").screenshot(
        path=artifacts / f"article-details-header-{width}-{scheme}.png"
    )
    corrections = page.get_by_role("region", name="Corrections and updates")
    expect(corrections).to_contain_text("wrong year for the park")

    page.locator(".byline .meta a").click()
    assert page.url.endswith("#corrections")
    expect(corrections).to_be_in_viewport()
    page.screenshot(path=artifacts / f"article-details-end-{width}-{scheme}.png")
    assert violations == []


def test_copy_link_puts_the_address_on_the_clipboard(new_page, live_server, corrected):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{live_server.url}{PATH}")
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == (
        f"{live_server.url}{PATH}"
    )


def test_without_javascript_copy_link_is_a_link_to_the_article(
    new_page, live_server, corrected
):
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}{PATH}")
    link = page.get_by_role("link", name="Copy link")
    assert link.get_attribute("href") == f"{live_server.url}{PATH}"
