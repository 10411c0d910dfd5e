"""The editorial workflow in headless Chromium: preview, conflicts, autosave."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.signin import PASSWORD, log_in

# serialized_rollback: a transactional test empties every table afterwards, the
# Writers and Editors groups of the data migration too, unless restored.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def two_editors(django_user_model):
    for username, first in (("ana", "Ana"), ("ben", "Ben")):
        django_user_model.objects.create_superuser(
            username, f"{username}@example.com", PASSWORD, first_name=first
        )


@pytest.fixture
def story(make_full_article):
    return make_full_article(title="Council Budget", slug="council-budget")


def test_preview_shows_unsaved_changes_in_a_new_tab(
    page, live_server, two_editors, story, artifacts
):
    log_in(page, live_server, "ana")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.fill("#id_title", "Council Budget: What Changes in April")
    page.fill("#id_sections-0-body", "A **new** paragraph nobody has saved.")

    with page.context.expect_page() as new_tab:
        page.click("button.preview-button")
    preview = new_tab.value
    preview.wait_for_load_state()
    expect(preview.locator("h1")).to_have_text("Council Budget: What Changes in April")
    expect(preview.locator(".preview-banner")).to_contain_text("unsaved changes")
    expect(preview.locator("article section strong").first).to_have_text("new")
    preview.screenshot(
        path=artifacts / "workflow-preview-unsaved-1280.png", full_page=True
    )
    assert Article.objects.get(pk=story.pk).title == "Council Budget"


def test_second_editor_sees_the_conflict_and_keeps_their_text(
    new_page, live_server, two_editors, story, artifacts
):
    ana = new_page(viewport={"width": 1280, "height": 900})
    ben = new_page(viewport={"width": 1280, "height": 900})
    log_in(ana, live_server, "ana")
    log_in(ben, live_server, "ben")
    url = f"{live_server.url}/admin/articles/article/{story.pk}/change/"
    ana.goto(url)
    ben.goto(url)
    expect(ben.locator(".editing-presence")).to_contain_text("Ana")

    ana.fill("#id_title", "Council Budget, Corrected")
    ana.click("input[name=_continue]")
    expect(ana.locator(".messagelist .success")).to_be_visible()

    ben.fill("#id_lead", "Ben's lead, typed with care.")
    ben.click("input[name=_continue]")

    expect(ben.locator(".edit-conflict")).to_contain_text("Ana saved this article at")
    expect(ben.locator(".edit-conflict")).to_contain_text("Title changed")
    expect(ben.locator("#id_lead")).to_have_value("Ben's lead, typed with care.")
    ben.screenshot(path=artifacts / "workflow-conflict-1280.png")
    assert Article.objects.get(pk=story.pk).title == "Council Budget, Corrected"

    ben.click("input[name=_continue]")  # saving again, knowingly
    expect(ben.locator(".messagelist .success")).to_be_visible()
    story.refresh_from_db()
    assert story.lead == "Ben's lead, typed with care."
    assert story.title == "Council Budget, Corrected"


def test_unsaved_typing_survives_closing_the_tab(
    new_page, live_server, two_editors, story, artifacts
):
    page = new_page(viewport={"width": 1280, "height": 900})
    context = page.context
    log_in(page, live_server, "ana")
    url = f"{live_server.url}/admin/articles/article/{story.pk}/change/"
    page.goto(url)
    page.fill("#id_lead", "Typed before the laptop died.")
    page.click("a.djn-add-handler.djn-model-articles-section:visible >> nth=-1")
    page.fill("#id_sections-2-heading", "A section added before the crash")
    page.fill("#id_sections-2-body", "And its first paragraph.")
    page.wait_for_timeout(1200)  # the copy is kept a moment after typing stops
    page.close()

    page = context.new_page()
    page.goto(url)
    offer = page.locator(".autosave-offer")
    expect(offer).to_be_visible()
    page.screenshot(path=artifacts / "workflow-autosave-offer-1280.png")
    offer.locator(".autosave-restore").click()
    expect(page.locator("#id_lead")).to_have_value("Typed before the laptop died.")
    expect(page.locator("#id_sections-2-heading")).to_have_value(
        "A section added before the crash"
    )
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert story.sections.filter(heading="A section added before the crash").exists()

    page.goto(url)
    expect(page.locator(".autosave-offer")).to_be_hidden()


def test_work_typed_before_the_login_expired_is_offered_back(
    new_page, live_server, two_editors, story
):
    page = new_page(viewport={"width": 1280, "height": 900})
    context = page.context
    log_in(page, live_server, "ana")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.fill("#id_standfirst", "Written while the session ran out.")
    context.clear_cookies(name="sessionid")  # the login expires meanwhile
    page.click("input[name=_continue]")

    expect(page.locator("#id_username")).to_be_visible()  # asked to sign in again
    page.fill("#id_username", "ana")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    expect(page.locator(".autosave-offer")).to_be_visible()
    page.locator(".autosave-restore").click()
    expect(page.locator("#id_standfirst")).to_have_value(
        "Written while the session ran out."
    )
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    story.refresh_from_db()
    assert story.standfirst == "Written while the session ran out."
