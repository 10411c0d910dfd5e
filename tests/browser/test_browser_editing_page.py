"""The article change page built for a shift (issue 15), in headless Chromium:
the action bar stays in view and Ctrl+S saves, sections fold and move from
the keyboard, the Markdown toolbar formats, the word count follows typing;
readable at 360 and 1280 px, light and dark, for a Writer and an Editor."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.page_checks import listen_for_csp_violations
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def long_piece(make_full_article, desk_editor):
    return make_full_article(
        title="The long guide", slug="long-guide", sections=20, bullets=2
    )


@pytest.fixture
def writers_draft(make_full_article, writer):
    return make_full_article(
        title="Night buses",
        slug="night-buses",
        status=Article.Status.DRAFT,
        created_by=writer,
        sections=3,
    )


def open_change_page(new_page, live_server, user, article, **options):
    page = new_page(viewport={"width": 1280, "height": 900}, **options)
    violations = []
    listen_for_csp_violations(page, violations)
    log_in(page, live_server, user.username)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    expect(page.locator(".action-words")).to_be_visible()
    return page, violations


def test_the_bar_stays_in_view_and_ctrl_s_saves(
    new_page, live_server, desk_editor, long_piece
):
    page, violations = open_change_page(new_page, live_server, desk_editor, long_piece)
    page.keyboard.press("End")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    bar = page.locator(".action-bar")
    expect(bar).to_be_in_viewport()
    expect(bar.get_by_role("button", name="Save", exact=True)).to_be_in_viewport()
    page.fill("#id_title", "The long guide, revised")
    page.locator("#id_title").press("Control+s")
    expect(page.locator(".messagelist .success")).to_contain_text("changed")
    long_piece.refresh_from_db()
    assert long_piece.title == "The long guide, revised"
    assert violations == []


def test_sections_fold_and_move_from_the_keyboard(
    new_page, live_server, desk_editor, long_piece
):
    page, violations = open_change_page(new_page, live_server, desk_editor, long_piece)
    sections = page.locator(
        "#sections-group .djn-inline-form[data-inline-model='articles-section']"
        ":not(.djn-empty-form)"
    )
    first = sections.nth(0)
    page.get_by_role("button", name="Collapse all sections").click()
    expect(first.locator("input[name$='-heading']")).to_be_hidden()
    expect(first.locator(".section-words")).to_have_text("12 words")
    first.get_by_role("button", name="Expand").click()
    expect(first.locator("input[name$='-heading']")).to_be_visible()
    expect(sections.nth(1).locator("input[name$='-heading']")).to_be_hidden()

    first_heading = first.locator("input[name$='-heading']").input_value()
    down = first.locator(".section-down")
    down.focus()
    page.keyboard.press("Enter")
    expect(sections.nth(1).locator("input[name$='-heading']")).to_have_value(
        first_heading
    )
    page.keyboard.press("Control+s")
    expect(page.locator(".messagelist .success")).to_be_visible()
    headings = list(long_piece.sections.values_list("heading", flat=True))
    assert headings[1] == first_heading
    assert headings[0] != first_heading
    assert violations == []


def test_the_toolbar_formats_and_the_count_follows_typing(
    new_page, live_server, writer, writers_draft
):
    page, violations = open_change_page(new_page, live_server, writer, writers_draft)
    words = page.locator(".action-words")
    before = words.text_content()
    lead = page.locator("#id_lead")
    lead.fill("Ferries run late tonight after the storm")
    expect(words).not_to_have_text(before)
    expect(words).to_contain_text("min read")
    lead.evaluate("field => field.setSelectionRange(12, 16)")  # "late"
    page.locator("#id_lead").locator("xpath=..").get_by_role(
        "button", name="Bold"
    ).click()
    expect(lead).to_have_value("Ferries run **late** tonight after the storm")
    lead.evaluate("field => field.setSelectionRange(0, 7)")  # "Ferries"
    lead.press("Control+k")
    expect(lead).to_have_value(
        "[Ferries](https://) run **late** tonight after the storm"
    )
    # A Writer is offered review, not publishing.
    bar = page.locator(".action-bar")
    expect(bar.get_by_role("button", name="Submit for review")).to_be_visible()
    expect(bar.get_by_role("button", name="Publish")).to_be_hidden()
    assert violations == []


@pytest.mark.parametrize("role", ["writer", "desk_editor"])
def test_the_change_page_reads_well_for_each_role(
    request, new_page, live_server, writers_draft, artifacts, role
):
    user = request.getfixturevalue(role)
    axe = Axe()
    for scheme in ("light", "dark"):
        for width in (360, 1280):
            page, violations = open_change_page(
                new_page, live_server, user, writers_draft, color_scheme=scheme
            )
            page.set_viewport_size({"width": width, "height": 900})
            # Before axe, which injects a style of its own.
            assert violations == [], f"{role} {width} {scheme}: {violations}"
            page.screenshot(path=artifacts / f"editing-{role}-{width}-{scheme}.png")
            problems = [
                f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})"
                for v in axe.run(page).response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert problems == [], f"{role} {width} {scheme}: {problems}"
