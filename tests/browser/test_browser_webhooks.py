"""Webhooks in the browser: a superuser adds an endpoint (the events ticked,
a secret offered) and reads the deliveries with what failed, at 360 and
1280 px in both themes, with no serious or critical axe violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests.signin import log_in

pytestmark = pytest.mark.browser


def serious_problems(page):
    return [
        f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_superuser_adds_an_endpoint_and_reads_its_deliveries(
    new_page, live_server, editor, artifacts, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/articles/webhookendpoint/add/")
    for event in ("Published", "Updated", "Unpublished", "Deleted"):
        expect(page.get_by_label(event, exact=True)).to_be_checked()
    page.get_by_label("URL").fill("http://127.0.0.1:9/hooks")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".errorlist")).to_contain_text("loopback address")
    assert serious_problems(page) == []
    page.screenshot(path=artifacts / f"webhook-form-{scheme}-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts / f"webhook-form-{scheme}-360.png", full_page=True)

    endpoint = WebhookEndpoint.objects.create(
        url="https://93.184.215.14/hooks",
        secret="a-secret-shared-with-the-receiver",
        events=["published"],
        description="Partner app",
    )
    event = WebhookEvent.objects.create(
        kind="published",
        article_id=7,
        slug="night-buses",
        url="https://news.example.org/articles/night-buses/",
        article_data={"id": 7, "title": "Night buses return"},
        happens_at=timezone.now(),
    )
    WebhookDelivery.objects.create(
        endpoint=endpoint,
        event=event,
        due_at=event.happens_at,
        attempts=3,
        response_code=503,
        next_attempt_at=timezone.now(),
        last_error="HTTP 503: Service Unavailable",
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/articles/webhookdelivery/")
    expect(page.locator("#result_list")).to_contain_text("HTTP 503")
    assert serious_problems(page) == []
    page.screenshot(path=artifacts / f"webhook-deliveries-{scheme}-1280.png")
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts / f"webhook-deliveries-{scheme}-360.png")
    page.locator("#result_list tbody th a").first.click()
    expect(page.locator("#content")).to_contain_text("Night buses return")
    page.screenshot(
        path=artifacts / f"webhook-delivery-{scheme}-360.png", full_page=True
    )
