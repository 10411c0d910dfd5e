"""The reader's main pages (issue 16): home, a topic, a search narrowed to a
topic and the article, at 360 and 1280 px in light and dark, each checked for
what a reader would notice: axe's findings, Content-Security-Policy
violations, sideways scrolling and anything moving while it loads. The
screenshots go to test-artifacts/ to be looked at."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.page_checks import (
    CUMULATIVE_LAYOUT_SHIFT,
    axe_problems,
    listen_for_csp_violations,
    sideways_scroll,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "home": "/",
    "topic": "/topics/climate/",
    "search-narrowed": "/search/?q=heat&topic=climate",
    "article": "/articles/how-cities-keep-cool/",
}


@pytest.fixture
def demo(db, settings):
    settings.SERVE_MEDIA = True  # the demo's pictures, for the layout shift
    call_command("seed_demo", stdout=io.StringIO())


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_main_reader_pages_at_both_widths_and_in_both_schemes(
    new_page, live_server, demo, artifacts, width, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
    violations = []
    listen_for_csp_violations(page, violations)
    axe = Axe()
    for name, path in PAGES.items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, name
        assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) == 0, name
        assert sideways_scroll(page) <= 0, name
        assert axe_problems(axe, page) == [], name
        page.screenshot(
            path=artifacts / f"reader-{name}-{width}-{scheme}.png", full_page=True
        )
    assert violations == []
