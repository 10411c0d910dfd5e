"""What a reader's browser downloads for the feature article, and whether
anything moves while it arrives (issue 16, "Lighter pages")."""

import gzip
import io

import pytest
from django.core.management import call_command

from tests.browser.page_checks import CUMULATIVE_LAYOUT_SHIFT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FEATURE = "/articles/how-cities-keep-cool/"
# HTML, CSS and fonts of the feature article, compressed as production
# sends them; images are not counted.
BUDGET_BYTES = 60_000
IMAGE_TYPES = ("image/",)
# Pictures sent uncompressed: tests/web/test_compression.py (the test server
# serves uploads itself, past the middleware).

PUSH_DOWN = """() => {
  const banner = document.createElement("div");
  banner.className = "site-header";
  banner.textContent = "Late banner";
  document.body.prepend(banner);
}"""


@pytest.fixture
def demo(db, settings):
    settings.SERVE_MEDIA = True
    call_command("seed_demo", stdout=io.StringIO())


def transferred(response):
    """Bytes of the body on the wire in production. The test server sends
    static files uncompressed; WhiteNoise sends CSS gzipped (collectstatic
    compresses it) and WOFF2 as is (compressed already)."""
    if response.headers.get("content-encoding"):
        return response.request.sizes()["responseBodySize"]
    if response.headers.get("content-type", "").startswith("font/"):
        return len(response.body())
    return len(gzip.compress(response.body()))


def test_feature_article_html_css_and_fonts_fit_the_budget(new_page, live_server, demo):
    page = new_page(viewport={"width": 1280, "height": 900})
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(f"{live_server.url}{FEATURE}", wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    counted = [
        (r.url.removeprefix(live_server.url), transferred(r))
        for r in responses
        if not r.headers.get("content-type", "").startswith(IMAGE_TYPES)
    ]
    urls = [url for url, _ in counted]
    # Each once: a preload that does not match its use downloads twice.
    assert len(urls) == len(set(urls)), counted
    assert any(url.endswith(".woff2") for url in urls), counted
    assert any(url.endswith(".css") for url in urls), counted
    assert dict(counted)[FEATURE] < 20_000, "the HTML arrived uncompressed"
    assert sum(size for _, size in counted) <= BUDGET_BYTES, counted


def test_lead_image_is_fetched_at_high_priority(new_page, live_server, demo):
    page = new_page(viewport={"width": 1280, "height": 900})
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}{FEATURE}", wait_until="networkidle")
    lead = page.locator(".figure-lead img")
    assert lead.get_attribute("fetchpriority") == "high"
    assert lead.get_attribute("loading") is None
    # Preloaded from the head, as the picture chooses it: fetched once.
    preload = page.locator('link[rel="preload"][as="image"]')
    assert preload.get_attribute("fetchpriority") == "high"
    srcsets = preload.get_attribute("imagesrcset") + ", " + lead.get_attribute("srcset")
    candidates = {candidate.split()[0] for candidate in srcsets.split(", ")}
    chosen = lead.evaluate("img => img.currentSrc")
    lead_requests = [
        url for url in requested if url.removeprefix(live_server.url) in candidates
    ]
    assert lead_requests == [chosen], lead_requests


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", [FEATURE, "/"])
def test_nothing_moves_while_the_page_loads(new_page, live_server, demo, path, width):
    page = new_page(viewport={"width": width, "height": 900})
    page.goto(f"{live_server.url}{path}")
    unsized = page.locator("img:not([width]), img:not([height])")
    assert unsized.count() == 0
    assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) == 0
    # The measure can fail: it sees the page pushed down by a late banner.
    page.evaluate(PUSH_DOWN)
    assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) > 0
