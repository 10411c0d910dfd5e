"""The Content API's browsable docs (Swagger UI from our own static files)
in headless Chromium: nothing the Content-Security-Policy blocks, the
endpoints listed and tried out, screenshots at both widths and schemes."""

import pytest
from playwright.sync_api import expect

from tests.browser.page_checks import listen_for_csp_violations
from tests.paths import ARTIFACTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_api_docs_list_every_endpoint_within_the_csp(
    new_page, live_server, make_full_article, width, scheme
):
    make_full_article(title="Night buses return", slug="night-buses")
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
    violations = []
    listen_for_csp_violations(page, violations)
    page.goto(f"{live_server.url}/api/v1/docs/")
    for path in ("/api/v1/articles/", "/api/v1/articles/{slug}/", "/api/v1/tags/"):
        expect(page.get_by_text(path, exact=True).first).to_be_visible()
    page.get_by_text("/api/v1/articles/{slug}/", exact=True).first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_placeholder("slug").fill("night-buses")
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table")).to_contain_text("Night buses return")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"api-docs-{width}-{scheme}.png", full_page=False)
    assert violations == []
