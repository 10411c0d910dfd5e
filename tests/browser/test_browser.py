"""The editor's path and the reader's page, in headless Chromium."""

import io
from dataclasses import replace

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.formats import parse_markdown
from articles.models import Article
from articles.services import document_from_article
from tests.browser.inlines import add_inline
from tests.paths import FIXTURE_FILES

# serialized_rollback: a transactional test empties every table afterwards, the
# Writers and Editors groups of the data migration too, unless restored.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_writes_reorders_and_publishes_an_article(
    logged_in_page, live_server, new_page, artifacts
):
    page = logged_in_page
    page.goto(f"{live_server.url}/admin/articles/article/add/")

    # Typed key by key: the admin fills the slug in on key presses.
    page.locator("#id_title").press_sequentially("Night Buses, Explained")
    expect(page.locator("#id_slug")).to_have_value("night-buses-explained")
    page.fill("#id_standfirst", "Where they run, what they cost and who uses them.")
    page.fill("#id_lead", "The city's night buses carry **40,000** people a week.")
    expect(page.locator(".field-lead .markdownx-preview strong")).to_have_text("40,000")

    add_inline(page, "section")
    page.fill("#id_sections-0-heading", "Fares and Passes")
    page.fill("#id_sections-0-body", "Prices *changed* in May:")
    # A section added in the browser gets a working live preview too.
    expect(page.locator("#sections-0 .field-body .markdownx-preview em")).to_have_text(
        "changed"
    )
    add_inline(page, "bullet", within="#sections-0")
    page.fill("[name=sections-0-bullets-0-label]", "Single fare")
    page.fill("[name=sections-0-bullets-0-text]", "Two pounds, any distance.")
    add_inline(page, "bullet", within="#sections-0")
    page.fill("[name=sections-0-bullets-1-label]", "Night pass")
    page.fill("[name=sections-0-bullets-1-text]", "Unlimited rides from **midnight**.")
    expect(
        page.locator("#sections-0-bullets-1 .markdownx-preview strong")
    ).to_have_text("midnight")

    add_inline(page, "section")
    page.fill("#id_sections-1-heading", "Who Rides at Night")
    page.fill("#id_sections-1-body", "Mostly *shift* workers.")
    expect(page.locator("#sections-1 .field-body .markdownx-preview em")).to_have_text(
        "shift"
    )

    add_inline(page, "faq")
    page.fill("#id_faqs-0-question", "Do night buses run every day?")
    page.fill("#id_faqs-0-answer", "Yes, all year.")
    add_inline(page, "faq")
    page.fill("#id_faqs-1-question", "Can I bring a bike?")
    page.fill("#id_faqs-1-answer", "Folding bikes only.")
    expect(page.locator("#faqs-1 .markdownx-preview")).to_have_text(
        "Folding bikes only."
    )

    # Drag "Who Rides at Night" above "Fares and Passes".
    page.locator("#sections-1 > h3.djn-drag-handler").drag_to(
        page.locator("#sections-0 > h3.djn-drag-handler")
    )
    expect(page.locator("#id_sections-1-position")).to_have_value("0")
    expect(page.locator("#id_sections-0-position")).to_have_value("1")

    page.select_option("#id_status", "published")
    page.screenshot(path=artifacts / "admin-article-editor-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts / "admin-article-editor-360.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("was added")
    article = Article.objects.get(slug="night-buses-explained")
    assert article.is_live()

    reader = new_page(viewport={"width": 1280, "height": 900})
    reader.goto(f"{live_server.url}/")
    reader.click("text=Night Buses, Explained")
    expect(reader.locator("h1")).to_have_text("Night Buses, Explained")
    expect(reader.locator(".article-body section > h2")).to_have_text(
        ["Who Rides at Night", "Fares and Passes", "Frequently Asked Questions"]
    )
    expect(reader.locator(".toc a")).to_have_text(
        ["Who Rides at Night", "Fares and Passes", "Frequently Asked Questions"]
    )
    expect(reader.locator(".bullet-list li")).to_have_text(
        [
            "Single fare: Two pounds, any distance.",
            "Night pass: Unlimited rides from midnight.",
        ]
    )
    expect(reader.locator(".bullet-list li strong").first).to_have_text("Single fare:")
    expect(reader.locator(".faq summary")).to_have_text(
        ["Do night buses run every day?", "Can I bring a bike?"]
    )
    reader.locator(".faq summary").nth(1).click()
    expect(reader.locator(".faq-answer").nth(1)).to_have_text("Folding bikes only.")
    reader.screenshot(path=artifacts / "public-article-1280.png", full_page=True)
    reader.set_viewport_size({"width": 360, "height": 800})
    reader.screenshot(path=artifacts / "public-article-360.png", full_page=True)


def test_editor_imports_pasted_text_after_seeing_its_structure(
    logged_in_page, live_server, artifacts
):
    page = logged_in_page
    text = (FIXTURE_FILES / "import" / "allotments.txt").read_text()
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.click("text=Import article")
    page.fill("#id_text", text)
    page.click("input[name=preview]")

    expect(page.locator(".import-summary")).to_contain_text(
        "2 sections, 5 bullet items, 2 FAQ entries"
    )
    expect(page.locator(".import-sections > li")).to_have_count(2)
    expect(page.locator(".import-faqs > li")).to_have_text(
        ["Can I share a plot?", "What happens if I neglect it?"]
    )
    assert not Article.objects.exists()
    page.screenshot(path=artifacts / "admin-import-preview-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts / "admin-import-preview-360.png", full_page=True)

    page.click("input[name=confirm]")
    expect(page.locator(".messagelist .success")).to_contain_text("as a draft")
    expect(page.locator("#id_title")).to_have_value(
        "Allotments: The Long Wait for a Plot"
    )
    expect(page.locator("#id_sections-0-heading")).to_have_value("How the Lists Work")
    expect(page.locator("[name=sections-0-bullets-0-label]")).to_have_value("Residency")
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT


@pytest.mark.parametrize("width", [360, 1280])
def test_reader_pages_fit_phone_and_desktop_screens(
    page, live_server, artifacts, width
):
    call_command("seed_demo", stdout=io.StringIO())
    page.set_viewport_size({"width": width, "height": 800})
    for name, path in [
        ("home", "/"),
        ("article", "/articles/how-cities-keep-cool/"),
        ("404", "/articles/no-such-article/"),
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == (404 if name == "404" else 200)
        root = "document.documentElement"
        overflow = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        page.screenshot(path=artifacts / f"public-{name}-{width}.png", full_page=True)
    expect(page.locator("h1")).to_have_text("We can’t find that page")


def test_pasted_markdown_survives_the_preview_step_exactly(logged_in_page, live_server):
    """The confirm step posts the text back from the page: nothing may change."""
    page = logged_in_page
    text = (FIXTURE_FILES / "formats" / "home-batteries.md").read_text()
    page.goto(f"{live_server.url}/admin/articles/article/import/")
    page.fill("#id_text", text)
    page.click("input[name=preview]")
    page.click("input[name=confirm]")
    expect(page.locator(".messagelist .success")).to_contain_text("as a draft")

    article = Article.objects.with_content().get()
    document = parse_markdown(text)
    # Signed by whoever imported it, as the file names no author.
    assert document_from_article(article) == replace(
        document, status="draft", slug=article.slug, authors=["editor"]
    )
