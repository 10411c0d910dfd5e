"""The editorial checks panel in headless Chromium: it follows what the
editor types without saving, each problem's link opens and focuses its
field, nothing is asked before the first keystroke, and the page keeps to
the Content-Security-Policy. Screenshots at phone and desktop widths."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.page_checks import listen_for_csp_violations
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STANDFIRST = "From 1 December the N4 runs every half hour, all night, long."


def open_change_page(new_page, live_server, user, article, **options):
    page = new_page(**options)
    violations, checks_requests = [], []
    listen_for_csp_violations(page, violations)
    page.on(
        "request",
        lambda request: "/checks/" in request.url and checks_requests.append(request),
    )
    log_in(page, live_server, user.username)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.wait_for_load_state("networkidle")
    return page, violations, checks_requests


def test_the_checks_follow_the_typing_and_link_to_their_fields(
    new_page, live_server, writer, make_article, make_section
):
    article = make_article(
        status=Article.Status.DRAFT,
        publish_at=None,
        created_by=writer,
        standfirst=STANDFIRST,
    )
    make_section(article, heading="Times")
    make_section(article, heading="Stops")
    page, violations, checks_requests = open_change_page(
        new_page, live_server, writer, article, viewport={"width": 1280, "height": 900}
    )
    panel = page.locator(".editorial-checks-list")
    expect(panel).not_to_contain_text("There is no standfirst")
    assert checks_requests == []

    page.locator("#id_standfirst").fill("")

    problem = panel.get_by_role("link", name="There is no standfirst")
    expect(problem).to_be_visible()
    assert len(checks_requests) == 1
    article.refresh_from_db()
    assert article.standfirst == STANDFIRST  # nothing saved
    problem.click()
    expect(page.locator("#id_standfirst")).to_be_focused()

    page.locator("#id_standfirst").fill(STANDFIRST)
    expect(problem).to_have_count(0)

    # A folded section opens when its problem's link is followed.
    second = page.locator("#sections-1")
    second.locator("textarea[name='sections-1-body']").fill("")
    second.locator(".section-fold").click()
    link = panel.get_by_role("link", name="Section 2 (“Stops”) has no text.")
    expect(link).to_be_visible()
    link.click()
    expect(second.locator(".section-fold")).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#id_sections-1-heading")).to_be_focused()
    assert violations == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_of_the_checks_panel(
    new_page, live_server, writer, make_article, artifacts, scheme, width
):
    article = make_article(
        status=Article.Status.DRAFT,
        publish_at=None,
        created_by=writer,
        standfirst=STANDFIRST,
        slug="night-buses-return-to-the-harbour-line-every-half-hour-all-night",
    )
    page, violations, _ = open_change_page(
        new_page,
        live_server,
        writer,
        article,
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
    )
    page.locator("#id_standfirst").fill("")
    expect(page.locator(".editorial-checks-list")).to_contain_text(
        "There is no standfirst"
    )
    panel = page.locator(".editorial-checks")
    panel.scroll_into_view_if_needed()
    panel.screenshot(path=artifacts / f"admin-live-checks-{width}-{scheme}.png")
    assert violations == []
