"""The article list in headless Chromium (issue 15): an Editor searches with
the search box and narrows with a filter link; the page passes axe and is
photographed at 1280 and 360 px, light and dark."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from articles.services import article_saved
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def serious(results):
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_editor_finds_a_draft_by_its_text(
    new_page, live_server, desk_editor, make_article, artifacts, scheme
):
    call_command("seed_demo", stdout=io.StringIO())
    draft = make_article(
        title="Kestrels over the ring road",
        status=Article.Status.DRAFT,
        publish_at=None,
        lead="A pair of falcons nests on the flyover's lamp posts.",
    )
    article_saved(draft, by=desk_editor, comment="Written")
    page = new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    log_in(page, live_server, desk_editor.username)

    page.goto(f"{live_server.url}/admin/articles/article/")
    page.fill("#searchbar", "falcons lamp")
    page.press("#searchbar", "Enter")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.locator("td.field-matched mark")).to_have_text(["falcons", "lamp"])
    expect(rows.locator("td.field-last_edited_by")).to_have_text("Eddie Editor")

    page.locator("#changelist-filter").get_by_role("link", name="Draft").click()
    expect(page.locator("#searchbar")).to_have_value("falcons lamp")
    expect(rows).to_have_count(1)
    assert serious(Axe().run(page)) == []
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        page.screenshot(
            path=artifacts / f"admin-article-list-search-{scheme}-{width}.png",
            full_page=True,
        )

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/articles/article/")
    assert serious(Axe().run(page)) == []
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        page.screenshot(
            path=artifacts / f"admin-article-list-{scheme}-{width}.png",
            full_page=True,
        )
