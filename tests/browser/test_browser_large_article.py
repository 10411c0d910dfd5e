"""Opening the 50-section article in the editor: its previews come from the
HTML stored at save, so the page asks the server for no preview until the
editor types."""

import pytest
from playwright.sync_api import expect

from articles.formats.document import Bullet, Document, FAQEntry, Section
from articles.services import article_create_from_document

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PREVIEW_URL = "/markdownx/markdownify/"


def large_document():
    return Document(
        title="The large guide",
        slug="large-guide",
        standfirst="Everything about the city, in fifty chapters.",
        lead="Everything about the *city*.",
        sections=[
            Section(
                heading=f"Chapter {n}",
                body=f"First paragraph of **chapter {n}**.\n\nSecond.\n\nThird.",
                bullets=[
                    Bullet(
                        label=f"Point {m}",
                        text=f"Detail *{m}* of chapter {n}."
                        if m
                        else "Plain & simple.",
                    )
                    for m in range(6)
                ],
            )
            for n in range(50)
        ],
        faqs=[
            FAQEntry(question=f"Question {n}?", answer="An **answer**.")
            for n in range(30)
        ],
        closing="The end.",
        authors=["Ana Reporter"],
    )


def test_the_large_article_opens_without_a_request_storm(
    logged_in_page, live_server, artifacts
):
    article = article_create_from_document(large_document())
    page = logged_in_page
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.wait_for_load_state("networkidle")

    # The page, then a few files a browser caches: no request per field.
    assert len(requests) <= 30, "\n".join(requests)
    page_url, *assets = [url.removeprefix(live_server.url) for url in requests]
    assert page_url.endswith(f"/{article.pk}/change/")
    assert [
        url for url in assets if not url.startswith(("/static/", "/admin/jsi18n/"))
    ] == []
    # The previews are the stored HTML, there from the start.
    expect(
        page.locator("#sections-49 .field-body .markdownx-preview strong")
    ).to_have_text("chapter 49")
    expect(page.locator("#sections-7-bullets-5 .markdownx-preview em")).to_have_text(
        "5"
    )
    expect(page.locator("#faqs-29 .markdownx-preview strong")).to_have_text("answer")
    # A preview that only repeats its text comes without it: the text is shown.
    expect(page.locator("#sections-3-bullets-0 .markdownx-preview")).to_have_text(
        "Plain & simple."
    )
    # A bullet's label is named and described by its column heading.
    label = page.locator("[name=sections-3-bullets-0-label]")
    expect(label).to_have_attribute("aria-label", "Bullet point label")
    described_by = label.get_attribute("aria-describedby")
    expect(page.locator(f"#{described_by}")).to_contain_text("Shown in bold")

    # Typing wakes that one editor: one preview of the text as typed.
    bullet = page.locator("[name=sections-7-bullets-5-text]")
    bullet.press("End")
    with page.expect_response(lambda r: PREVIEW_URL in r.url):
        bullet.press_sequentially(" Now **updated**.")
    expect(
        page.locator("#sections-7-bullets-5 .markdownx-preview strong")
    ).to_have_text("updated")
    page.wait_for_load_state("networkidle")
    previews = [url for url in requests if PREVIEW_URL in url]
    assert 1 <= len(previews) <= 3, previews  # debounced: not one per keystroke
    # The other editors still sleep, showing what was saved.
    expect(
        page.locator("#sections-8 .field-body .markdownx-preview strong")
    ).to_have_text("chapter 8")
    page.screenshot(path=artifacts / "admin-large-article-1280.png")
