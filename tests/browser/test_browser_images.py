"""The image chooser in the article form, in headless Chromium."""

import pytest
from playwright.sync_api import expect

from articles.models import Article, Image
from tests.browser.inlines import add_inline
from tests.content import picture_bytes

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def served_media(settings):
    settings.SERVE_MEDIA = True


def test_editor_uploads_a_lead_image_and_chooses_a_section_image_in_place(
    logged_in_page, live_server, make_image, served_media, tmp_path, artifacts
):
    page = logged_in_page
    library_image = make_image(
        alt_text="A heron standing in the river", caption="Herons are back."
    )
    photo = tmp_path / "canal.jpg"
    photo.write_bytes(picture_bytes("JPEG", (1800, 1200)))

    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.locator("#id_title").press_sequentially("Wildlife on the Canal")
    page.fill("#id_lead", "The canal has come back to life.")

    # Upload a new lead image in a popup, without leaving the article.
    with page.expect_popup() as popup_info:
        page.click("#add_id_lead_image")
    popup = popup_info.value
    popup.set_input_files("#id_upload", str(photo))
    popup.fill("#id_alt_text", "Narrowboats moored under willow trees")
    popup.fill("#id_credit", "Photo: Kim Lee")
    with popup.expect_event("close"):
        popup.click("input[name=_save]")
    chooser = page.locator(".field-lead_image .image-chooser")
    expect(chooser.locator(".image-chooser-label")).to_contain_text("Narrowboats")
    expect(chooser.locator(".image-chooser-thumb")).to_be_visible()
    uploaded = Image.objects.get(alt_text="Narrowboats moored under willow trees")
    expect(page.locator("#id_lead_image")).to_have_value(str(uploaded.pk))

    # A section added in the browser: choose an image from the library.
    add_inline(page, "section")
    page.fill("#id_sections-0-heading", "The Birds")
    page.fill("#id_sections-0-body", "A pair of herons nests by the lock.")
    with page.expect_popup() as popup_info:
        page.click("#lookup_id_sections-0-image")
    library = popup_info.value
    expect(library.locator(".library-thumb")).to_have_count(2)
    # Choosing closes the popup from its click handler: a click that waits
    # for the page afterwards can find it gone, so the click is the page's own.
    with library.expect_event("close"):
        library.locator("#result_list a", has_text="A heron standing").evaluate(
            "link => setTimeout(() => link.click())"
        )
    section_chooser = page.locator("#sections-0 .image-chooser")
    expect(section_chooser.locator(".image-chooser-label")).to_contain_text("heron")
    expect(page.locator("#id_sections-0-image")).to_have_value(str(library_image.pk))
    page.locator("#sections-0").screenshot(path=artifacts / "image-chooser.png")

    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(title="Wildlife on the Canal")
    assert article.lead_image == uploaded
    assert article.sections.get().image == library_image

    # The reader's page shows both, loaded from the stored renditions.
    reader = page.context.new_page()
    reader.goto(f"{live_server.url}{article.get_absolute_url()}")
    figures = reader.locator("figure")
    expect(figures).to_have_count(2)
    for index in range(2):
        image = figures.nth(index).locator("img")
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("img => img.naturalWidth") > 0
    expect(figures.first.locator("figcaption")).to_contain_text("Photo: Kim Lee")
    reader.close()


def test_removing_the_chosen_image(
    logged_in_page, live_server, make_full_article, make_image, served_media
):
    page = logged_in_page
    article = make_full_article()
    article.lead_image = make_image()
    article.save()
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    chooser = page.locator(".field-lead_image .image-chooser")
    expect(chooser.locator(".image-chooser-thumb")).to_be_visible()
    chooser.locator(".image-chooser-clear").click()
    expect(chooser.locator(".image-chooser-label")).to_have_text("No image chosen.")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert article.lead_image is None
