"""The Content-Security-Policy in a real browser: nothing we ship breaks it."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.page_checks import listen_for_csp_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"


def test_reader_and_editor_pages_run_without_csp_violations(
    new_page, live_server, django_user_model
):
    call_command("seed_demo", stdout=io.StringIO())
    django_user_model.objects.create_superuser("editor", "e@example.com", PASSWORD)
    article = Article.objects.get(slug="how-cities-keep-cool")
    page = new_page(viewport={"width": 1280, "height": 900})
    violations, console = [], []
    listen_for_csp_violations(page, violations)
    page.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )

    # The listener works: an inline style attribute is reported.
    page.goto(f"{live_server.url}/")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<b style=\"color:red\">x</b>')"
    )
    page.wait_for_timeout(200)
    assert any("style-src" in v for v in violations), violations
    violations.clear()
    console.clear()

    # Reader pages, the article's JSON-LD included.
    page.goto(f"{live_server.url}/")
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.locator('script[type="application/ld+json"]').count() >= 1
    page.goto(f"{live_server.url}/search/?q=heat")
    assert violations == [] and console == [], violations + console

    # The editor: login, the article list, the change page with a new section
    # whose Markdown preview renders, and a save.
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    expect(page.locator(".field-lead .markdownx-preview p").first).to_be_visible()
    count = article.sections.count()
    page.locator("a.djn-add-handler.djn-model-articles-section:visible").last.click()
    prefix = f"sections-{count}"
    page.fill(f"#id_{prefix}-heading", "Shade Trees")
    page.locator(f"#id_{prefix}-body").press_sequentially("Plant *oaks* now.")
    expect(page.locator(f"#{prefix} .field-body .markdownx-preview em")).to_have_text(
        "oaks"
    )
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert article.sections.filter(heading="Shade Trees").exists()
    # The autocomplete widgets (select2) open their dropdown.
    page.locator(".field-tags .select2-selection").click()
    expect(page.locator(".select2-dropdown")).to_be_visible()
    page.keyboard.press("Escape")

    for path in (
        "/admin/articles/article/import/",
        f"/admin/articles/article/{article.pk}/history/",
        "/admin/axes/accessattempt/",
        "/admin/auth/user/add/",
    ):
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("#content")).to_be_visible()

    assert violations == [] and console == [], violations + console
