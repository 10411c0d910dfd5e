"""The search page's topic links and suggestions in headless Chromium: a
reader narrows by topic with a click, the page passes axe in light and dark,
fits a phone, and is screenshot for a look."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "search-topics": "/search/?q=cities",
    "search-narrowed": "/search/?q=cities&topic=community",
    "search-suggestion": "/search/?q=okafr",
}


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def test_a_reader_narrows_a_search_by_topic_and_back(new_page, live_server, demo):
    page = new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/search/?q=cities")
    topics = page.get_by_role("navigation", name="Narrow the results by topic")
    expect(page.locator(".search-summary")).to_have_text("2 results for “cities”")

    topics.get_by_role("link", name="Community 1").click()

    expect(page.locator(".search-summary")).to_have_text(
        "1 result for “cities” in Community"
    )
    expect(page.locator(".article-card-title")).to_have_text(
        ["Repair Cafés: Why Fixing a Toaster Became a Night Out"]
    )
    expect(topics.locator("[aria-current=page]")).to_have_text("Community 1")
    topics.get_by_role("link", name="All topics 2").click()
    expect(page.locator(".article-card-title")).to_have_count(2)


def test_a_misspelt_author_is_suggested_and_leads_to_their_page(
    new_page, live_server, demo
):
    page = new_page(viewport={"width": 360, "height": 800})
    page.goto(f"{live_server.url}/search/?q=okafr")
    page.locator(".search-suggestion").get_by_role("link", name="Maya Okafor").click()
    expect(page.locator("h1")).to_have_text("Maya Okafor")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_search_pages_pass_axe_and_fit_the_screen(
    new_page, live_server, demo, artifacts, scheme, width
):
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 800})
    for name, path in PAGES.items():
        page.goto(f"{live_server.url}{path}")
        problems = [
            f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
            for v in Axe().run(page).response["violations"]
        ]
        assert problems == [], f"{name} ({scheme}, {width}px): {problems}"
        root = "document.documentElement"
        overflow = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        page.screenshot(
            path=artifacts / f"public-{name}-{width}-{scheme}.png", full_page=True
        )
