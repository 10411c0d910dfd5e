"""The Notifications page and the outbox in the browser: reached from the
user links, readable at 360 and 1280 px in both themes, and no serious or
critical axe violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.models import Article, Notification
from tests.signin import log_in

pytestmark = pytest.mark.browser


def serious_problems(page):
    return [
        f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_editor_turns_notifications_off_from_the_user_links(
    new_page, live_server, desk_editor, artifacts, scheme
):
    desk_editor.email = "eddie@example.com"
    desk_editor.save()
    page = new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    log_in(page, live_server, desk_editor.username)
    page.get_by_role("link", name="Notifications").click()
    box = page.get_by_label("Email me")
    expect(box).to_be_checked()
    assert serious_problems(page) == []
    page.screenshot(path=artifacts / f"notifications-{scheme}-1280.png")
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts / f"notifications-{scheme}-360.png", full_page=True)
    box.uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messagelist")).to_contain_text("Email notifications are off.")
    expect(page.get_by_label("Email me")).not_to_be_checked()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_superuser_reads_the_failed_email(
    new_page, live_server, editor, make_article, artifacts, scheme
):
    article = make_article(title="Night buses return", status=Article.Status.REVIEW)
    Notification.objects.create(
        kind=Notification.Kind.SUBMITTED,
        article=article,
        recipient=editor,
        to="eddie@example.com",
        subject="For review: Night buses return",
        body="Wendy Writer submitted it.",
        attempts=3,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )
    page = new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/articles/notification/")
    expect(page.locator("#result_list")).to_contain_text("retrying")
    assert serious_problems(page) == []
    page.screenshot(path=artifacts / f"notification-outbox-{scheme}-1280.png")
    page.get_by_role("link", name="For review: Night buses return").click()
    expect(page.locator("#content")).to_contain_text("SMTPServerDisconnected")
    assert serious_problems(page) == []
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(
        path=artifacts / f"notification-message-{scheme}-360.png", full_page=True
    )
