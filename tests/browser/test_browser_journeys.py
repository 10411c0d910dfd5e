"""Role journeys in headless Chromium (issue 13): a Writer writes an article
through the real forms, an Editor sends it back and publishes it, a reader
reads it. Nothing under test is made by a fixture: only the two users."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.signin import log_in

# serialized_rollback: a transactional test empties every table afterwards, the
# Writers and Editors groups of the data migration too, unless restored.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 800}

IMPORTED = """\
# Library Hours: What Changes in January

From January the central library opens later on weekdays and stays open on
Sunday afternoons.

## The New Timetable

The branch libraries keep their hours.

- **Weekdays:** 10:00 to 20:00.
- **Sunday:** 12:00 to 17:00, a first for the central library.

## Frequently Asked Questions

### Can I still return books before opening time?

Yes, the return slot by the main door is open day and night.
"""


@pytest.fixture
def roles(make_user):
    make_user("wendy", "Writers", first_name="Wendy", last_name="Writer")
    make_user("eddie", "Editors", first_name="Eddie", last_name="Editor")


def signed_in(new_page, live_server, username):
    """A browser of the user's own, signed in through the admin's login form."""
    page = new_page(viewport=DESKTOP)
    log_in(page, live_server, username)
    return page


def run_list_action(page, live_server, title, action):
    """Tick the article's row on the article list and run a list action."""
    page.goto(f"{live_server.url}/admin/articles/article/")
    row = page.locator("#result_list tbody tr", has_text=title)
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", label=action)
    page.get_by_role("button", name="Go").click()


def save_and_continue(page, outcome="was changed successfully"):
    # Waits for the message of this save, not one already on the page.
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_contain_text(outcome)


def reader_sees(new_page, live_server, article, artifacts, name):
    reader = new_page(viewport=DESKTOP)
    response = reader.goto(f"{live_server.url}/articles/{article.slug}/")
    assert response.status == 200
    expect(reader.locator("h1")).to_have_text(article.title)
    expect(reader.locator(".preview-banner")).to_have_count(0)
    expect(reader.locator(".byline-authors")).to_have_text("By Wendy Writer")
    reader.screenshot(path=artifacts / f"{name}-reader-1280.png", full_page=True)
    reader.set_viewport_size(PHONE)
    root = "document.documentElement"
    assert reader.evaluate(f"{root}.scrollWidth - {root}.clientWidth") <= 0
    reader.screenshot(path=artifacts / f"{name}-reader-360.png", full_page=True)
    return reader


def test_writer_writes_on_the_add_page_editor_sends_back_then_publishes(
    new_page, live_server, roles, artifacts
):
    title = "Night Buses, Explained"
    writer = signed_in(new_page, live_server, "wendy")
    writer.goto(f"{live_server.url}/admin/articles/article/add/")
    # Typed key by key: the admin fills the slug in on key presses.
    writer.locator("#id_title").press_sequentially(title)
    expect(writer.locator("#id_slug")).to_have_value("night-buses-explained")
    writer.fill(
        "#id_standfirst",
        "Where the night buses run, what they cost and who rides them after midnight.",
    )
    writer.fill("#id_lead", "The city's night buses carry **40,000** people a week.")

    writer.get_by_role("link", name="Add another Section").click()
    section = writer.locator("#sections-0")
    section.get_by_label("Heading").fill("Fares and Passes")
    section.locator(".field-body textarea").fill("Prices *changed* in May:")
    section.get_by_role("link", name="Add another bullet point").click()
    bullet = section.locator("#sections-0-bullets-0")
    bullet.locator(".field-label input").fill("Night pass")
    bullet.locator(".field-text textarea").fill("Unlimited rides for 3 pounds.")
    writer.get_by_role("link", name="Add another Question And Answer").click()
    faq = writer.locator("#faqs-0")
    faq.get_by_label("Question").fill("Do night buses run every day?")
    faq.get_by_label("Answer").fill("Yes, all year, holidays included.")
    expect(faq.locator(".markdownx-preview")).to_have_text(
        "Yes, all year, holidays included."
    )
    writer.screenshot(path=artifacts / "journey-writer-add-1280.png", full_page=True)

    with writer.context.expect_page() as new_tab:
        writer.get_by_role("button", name="Preview unsaved changes").click()
    preview = new_tab.value
    expect(preview.locator("h1")).to_have_text(title)
    expect(preview.locator(".preview-banner")).to_be_visible()
    expect(preview.locator(".bullet-list li")).to_have_text(
        ["Night pass: Unlimited rides for 3 pounds."]
    )
    expect(preview.locator(".faq summary")).to_have_text(
        ["Do night buses run every day?"]
    )
    # A draft has no date yet: its reading time stands alone, no stray "·".
    expect(preview.locator(".byline .meta")).to_have_text("1 min read")
    preview.screenshot(path=artifacts / "journey-writer-preview-1280.png")
    preview.close()
    assert not Article.objects.exists()  # a preview saves nothing

    save_and_continue(writer, "was added successfully")
    article = Article.objects.get(slug="night-buses-explained")
    assert [a.display_name for a in article.authors.all()] == ["Wendy Writer"]
    assert article.authors.get().user.username == "wendy"
    expect(writer.locator("#id_authors option:checked")).to_have_text("Wendy Writer")
    expect(writer.locator(".editorial-checks .check-blocker")).to_have_count(0)

    run_list_action(writer, live_server, title, "Submit for review")
    expect(writer.locator(".messagelist .success")).to_have_text(
        "1 article submitted for review."
    )
    expect(writer.locator("#result_list tbody tr", has_text=title)).to_contain_text(
        "In review"
    )

    editor = signed_in(new_page, live_server, "eddie")
    editor.goto(f"{live_server.url}/admin/articles/article/")
    editor.locator("#changelist-filter").get_by_role("link", name="In review").click()
    expect(editor.locator("#result_list tbody tr")).to_have_count(1)
    run_list_action(editor, live_server, title, "Send back to draft…")
    expect(editor.locator("#content h1")).to_have_text("Send back to draft")
    editor.get_by_label("Comment for the writer").fill(
        "The night pass costs 4 pounds since May: please check the fares."
    )
    editor.get_by_role("button", name="Send back to draft").click()
    expect(editor.locator(".messagelist .success")).to_have_text(
        "1 article sent back to draft."
    )
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT

    writer.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    comments = writer.locator(".editorial-comments li")
    expect(comments).to_have_count(1)
    expect(comments).to_contain_text(
        "The night pass costs 4 pounds since May: please check the fares."
    )
    expect(writer.locator("#sharing-heading")).to_have_text("State: Draft")
    writer.locator(".editing-side").screenshot(
        path=artifacts / "journey-writer-comment-1280.png"
    )
    writer.locator("[name=sections-0-bullets-0-text]").fill(
        "Unlimited rides for 4 pounds."
    )
    writer.select_option("#id_status", label="In review")
    save_and_continue(writer)
    expect(writer.locator("#sharing-heading")).to_have_text("State: In review")
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW

    run_list_action(editor, live_server, title, "Publish now")
    expect(editor.locator(".messagelist .success")).to_have_text("1 article published.")
    article.refresh_from_db()
    assert article.is_live()

    reader = reader_sees(new_page, live_server, article, artifacts, "journey-add")
    expect(reader.locator(".bullet-list li")).to_have_text(
        ["Night pass: Unlimited rides for 4 pounds."]
    )
    expect(reader.locator(".faq summary")).to_have_text(
        ["Do night buses run every day?"]
    )
    expect(reader.locator(".faq-answer")).to_have_text(
        "Yes, all year, holidays included."
    )


def test_writer_imports_markdown_and_editor_publishes_it(
    new_page, live_server, roles, artifacts
):
    title = "Library Hours: What Changes in January"
    writer = signed_in(new_page, live_server, "wendy")
    writer.goto(f"{live_server.url}/admin/articles/article/")
    writer.get_by_role("link", name="Import article").click()
    writer.get_by_label("Paste the article").fill(IMPORTED)
    writer.get_by_role("button", name="Show the structure").click()

    expect(writer.locator(".import-summary")).to_contain_text(
        "1 section, 2 bullet items, 1 FAQ entry"
    )
    expect(writer.locator(".import-format")).to_have_text("Read as Markdown.")
    expect(writer.locator(".import-structure h2")).to_have_text(title)
    expect(writer.locator(".import-sections > li strong")).to_have_text(
        ["The New Timetable"]
    )
    expect(writer.locator(".import-faqs > li")).to_have_text(
        ["Can I still return books before opening time?"]
    )
    structure = writer.locator(".import-structure dl")
    expect(structure).to_contain_text("Wendy Writer")
    assert not Article.objects.exists()  # nothing saved before the confirmation

    writer.get_by_role("button", name="Create draft").click()
    expect(writer.locator(".messagelist .success")).to_contain_text("as a draft")
    expect(writer.locator("#id_title")).to_have_value(title)
    expect(writer.locator("[name=sections-0-bullets-1-label]")).to_have_value("Sunday")
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert [a.display_name for a in article.authors.all()] == ["Wendy Writer"]

    writer.select_option("#id_status", label="In review")
    save_and_continue(writer)
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW

    editor = signed_in(new_page, live_server, "eddie")
    editor.goto(f"{live_server.url}/admin/articles/article/")
    editor.locator("#result_list").get_by_role("link", name=title).click()
    expect(editor.locator("#sharing-heading")).to_have_text("State: In review")
    editor.select_option("#id_status", label="Published")
    save_and_continue(editor)
    expect(editor.locator("#sharing-heading")).to_have_text("State: Published")
    article.refresh_from_db()
    assert article.is_live()

    reader = reader_sees(new_page, live_server, article, artifacts, "journey-import")
    expect(reader.locator(".bullet-list li")).to_have_text(
        [
            "Weekdays: 10:00 to 20:00.",
            "Sunday: 12:00 to 17:00, a first for the central library.",
        ]
    )
    expect(reader.locator(".faq summary")).to_have_text(
        ["Can I still return books before opening time?"]
    )
    expect(reader.locator(".faq-answer")).to_have_text(
        "Yes, the return slot by the main door is open day and night."
    )
