"""The "Search and sharing" fieldset in headless Chromium: the previews and
counters follow what the editor types; axe, the Content-Security-Policy and
screenshots at phone and desktop widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.page_checks import listen_for_csp_violations
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_typing_an_seo_title_updates_the_preview_and_the_counter(
    new_page, live_server, editor, make_article, make_image, artifacts
):
    article = make_article(
        title="Night Buses Return to the Harbour Line",
        standfirst="From 1 December the N4 runs every half hour, all night, "
        "between Central Station and Harbour Gate, with two new stops.",
        lead_image=make_image(alt_text="The N4 at Harbour Gate"),
    )
    page = new_page(color_scheme="light", viewport={"width": 1280, "height": 900})
    violations = []
    listen_for_csp_violations(page, violations)
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")

    page.get_by_text("Search and sharing").click()
    search_title = page.locator(".seo-search-title")
    expect(search_title).to_contain_text("Night Buses Return to the Harbour Line")
    expect(page.locator("#id_seo_title_count")).to_have_text("0/60")
    expect(page.locator(".seo-share-image")).to_be_visible()

    page.locator("#id_seo_title").fill("N4 night bus: times and stops")

    expect(search_title).to_have_text("N4 night bus: times and stops · The Newsroom")
    expect(page.locator(".seo-share-title")).to_have_text(
        "N4 night bus: times and stops"
    )
    expect(page.locator("#id_seo_title_count")).to_have_text("29/60")
    page.locator("#id_seo_title").fill("A title far too long for a search result" * 2)
    expect(page.locator("#id_seo_title_count")).to_have_text("80/60")
    expect(page.locator("#id_seo_title_count")).to_have_class("seo-counter is-over")
    expect(search_title).to_have_text(
        ("A title far too long for a search result" * 2)[:59].rstrip() + "…"
    )
    page.locator("#id_meta_description").fill("Where the N4 stops, all night.")
    expect(page.locator(".seo-search-description")).to_have_text(
        "Where the N4 stops, all night."
    )

    # Before axe, whose run on this page reports inline styles of its own.
    assert violations == []
    axe = Axe()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for width in (1280, 360):
            # Tall enough for the whole fieldset clear of the sticky bar.
            page.set_viewport_size({"width": width, "height": 1600})
            page.locator(".seo-previews").scroll_into_view_if_needed()
            results = axe.run(page)
            problems = [
                f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
                for v in results.response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert problems == [], f"change page at {width} px {scheme}: {problems}"
            # Clear of the sticky action bar.
            page.locator("fieldset.seo-fields").evaluate(
                "fieldset => fieldset.scrollIntoView({block: 'center'})"
            )
            page.locator("fieldset.seo-fields").screenshot(
                path=artifacts / f"admin-seo-preview-{width}-{scheme}.png"
            )
