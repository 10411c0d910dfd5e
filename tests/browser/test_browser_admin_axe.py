"""axe over the admin pages an editor works in that have no axe check of their
own elsewhere: the autocomplete boxes of the change page, closed and open,
the import page and an article's history, light and dark, phone and desktop,
and the article list on a phone (its own test runs axe at desktop width)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.models import Tag, Topic
from articles.services import article_saved
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCHEMES_AND_WIDTHS = [(s, w) for s in ("light", "dark") for w in (360, 1280)]


def assert_no_serious_problems(page, **context):
    problems = [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}\n"
        f"{v['nodes'][0]['failureSummary']}"
        for v in Axe().run(page, **context).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert problems == [], "\n".join(problems)


def open_as(new_page, live_server, user, path, scheme="light", width=1280):
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
    log_in(page, live_server, user.username)
    page.goto(f"{live_server.url}{path}")
    return page


def test_the_autocomplete_boxes_are_named_by_their_labels(
    new_page, live_server, desk_editor, make_article
):
    article = make_article(title="Night buses")
    Tag.objects.create(name="Transport", slug="transport")
    Tag.objects.create(name="Travel", slug="travel")
    Topic.objects.create(name="City", slug="city")
    page = open_as(
        new_page,
        live_server,
        desk_editor,
        f"/admin/articles/article/{article.pk}/change/",
    )

    expect(page.get_by_role("combobox", name="Tags")).to_be_visible()
    expect(page.get_by_role("combobox", name="Authors")).to_be_visible()
    expect(page.get_by_role("combobox", name="Topic")).to_be_visible()
    assert_no_serious_problems(page, context=".select2-container")

    # A tag search, the list open: the field, the list and its options.
    page.get_by_role("searchbox", name="Tags").fill("Tra")
    listbox = page.get_by_role("listbox", name="Tags")
    expect(listbox.get_by_role("option", name="Transport")).to_be_visible()
    assert_no_serious_problems(page)
    listbox.get_by_role("option", name="Travel").click()
    expect(page.get_by_role("searchbox", name="Tags")).to_be_visible()

    # A single box searches in its dropdown.
    page.get_by_role("combobox", name="Topic").click()
    expect(page.get_by_role("searchbox", name="Topic")).to_be_focused()
    expect(page.get_by_role("option", name="City")).to_be_visible()
    assert_no_serious_problems(page)


@pytest.mark.parametrize("scheme,width", SCHEMES_AND_WIDTHS)
def test_the_import_page_passes_axe(
    new_page, live_server, desk_editor, scheme, width, artifacts
):
    page = open_as(
        new_page,
        live_server,
        desk_editor,
        "/admin/articles/article/import/",
        scheme,
        width,
    )
    expect(page.locator("#content h1")).to_be_visible()
    page.screenshot(path=artifacts / f"admin-import-{width}-{scheme}.png")
    assert_no_serious_problems(page)


@pytest.mark.parametrize("scheme,width", SCHEMES_AND_WIDTHS)
def test_the_history_page_passes_axe(
    new_page, live_server, desk_editor, make_full_article, scheme, width, artifacts
):
    article = make_full_article(title="Night buses")
    article_saved(article, by=desk_editor, comment="Filed")
    article.title = "Night buses return"
    article.save()
    article_saved(article, by=desk_editor, comment="Retitled")
    history = f"/admin/articles/article/{article.pk}/history/"
    page = open_as(new_page, live_server, desk_editor, history, scheme, width)

    expect(page.locator("#content")).to_contain_text("Retitled")
    page.screenshot(path=artifacts / f"admin-history-{width}-{scheme}.png")
    assert_no_serious_problems(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_article_list_passes_axe_on_a_phone(
    new_page, live_server, desk_editor, make_article, scheme
):
    make_article(title="Night buses return")
    make_article(title="Kestrels over the ring road", slug="kestrels")
    page = open_as(
        new_page, live_server, desk_editor, "/admin/articles/article/", scheme, 360
    )
    expect(page.locator("#result_list tbody tr")).to_have_count(2)
    assert_no_serious_problems(page)
