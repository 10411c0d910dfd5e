"""Embeds in the reader's browser: the facade asks nothing of the provider
until the reader clicks; the click puts the player in place, which the
page's Content-Security-Policy lets in; without JavaScript it is a link."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.services import article_saved
from tests.browser.page_checks import (
    axe_problems,
    listen_for_csp_violations,
    sideways_scroll,
)
from tests.oembed import OEmbedProvider

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
TOOT = "https://mastodon.social/@citydesk/112233445566778899"
PLAYER_HOST = "https://www.youtube-nocookie.com"
PLAYER_PAGE = "<!doctype html><title>Player</title><p>The provider's player</p>"


@pytest.fixture
def article(make_article, settings):
    settings.SERVE_MEDIA = True
    with OEmbedProvider() as provider:
        provider.point_at(settings)
        provider.answers[TOOT] = provider.video(
            type="rich", title="Trams every six minutes from Monday", thumbnail_url=None
        )
        article = make_article(
            title="Trams return to the high street",
            lead=f"The first tram ran at dawn.\n\n{VIDEO}\n\nCrowds lined the route.",
            closing=f"The operator's announcement:\n\n{TOOT}",
        )
        article_saved(article, by=None, comment="Saved")
    return article


def reader_page(new_page, live_server, article, requests, violations, **options):
    page = new_page(**options)
    page.on("request", lambda request: requests.append(request.url))
    listen_for_csp_violations(page, violations)
    # The provider's player, stood in for by a local page: no test reaches
    # the internet, and the click's request is still seen.
    page.context.route(
        f"{PLAYER_HOST}/**",
        lambda route: route.fulfill(body=PLAYER_PAGE, content_type="text/html"),
    )
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    return page


def test_nothing_is_asked_of_the_provider_before_the_click(
    new_page, live_server, article, artifacts
):
    requests, violations = [], []
    page = reader_page(
        new_page,
        live_server,
        article,
        requests,
        violations,
        viewport={"width": 1280, "height": 900},
    )
    button = page.get_by_role("button", name="Load YouTube content")
    expect(button).to_be_visible()
    expect(button).to_contain_text("Trams at dusk")
    expect(page.locator(".embed-note").first).to_contain_text("loads it from YouTube")
    page.wait_for_load_state("networkidle")
    assert [url for url in requests if not url.startswith(live_server.url)] == []
    assert axe_problems(Axe(), page) == []

    button.click()

    frame = page.locator("iframe.embed-frame")
    expect(frame).to_have_attribute("title", "YouTube: Trams at dusk")
    expect(frame).to_have_attribute("loading", "lazy")
    assert "allow-scripts" in frame.get_attribute("sandbox")
    assert "allow-top-navigation" not in frame.get_attribute("sandbox")
    expect(frame).to_be_focused()
    expect(page.frame_locator("iframe.embed-frame").locator("p")).to_have_text(
        "The provider's player"
    )
    outside = [url for url in requests if not url.startswith(live_server.url)]
    assert outside == [f"{PLAYER_HOST}/embed/dQw4w9WgXcQ?autoplay=1"]
    assert violations == []
    assert axe_problems(Axe(), page) == []
    page.screenshot(path=artifacts / "embed-loaded-1280.png")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_the_facade_looks_right(
    new_page, live_server, article, artifacts, scheme, width
):
    requests, violations = [], []
    page = reader_page(
        new_page,
        live_server,
        article,
        requests,
        violations,
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
    )
    facade = page.locator(".embed").first
    facade.scroll_into_view_if_needed()
    expect(page.get_by_role("button", name="Load YouTube content")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert sideways_scroll(page) == 0
    assert axe_problems(Axe(), page) == []
    assert violations == []
    expect(page.get_by_role("button", name="Load Mastodon content")).to_be_visible()
    page.screenshot(
        path=artifacts / f"embed-facade-{width}-{scheme}.png", full_page=True
    )


def test_without_javascript_the_facade_is_a_plain_link(new_page, live_server, article):
    requests, violations = [], []
    page = reader_page(
        new_page,
        live_server,
        article,
        requests,
        violations,
        java_script_enabled=False,
        viewport={"width": 1280, "height": 900},
    )
    link = page.get_by_role("link", name="YouTube Trams at dusk")
    expect(link).to_have_attribute("href", VIDEO)
    expect(page.locator(".embed-note").first).to_be_hidden()
    assert page.locator(".embed button").count() == 0
    assert [url for url in requests if not url.startswith(live_server.url)] == []
