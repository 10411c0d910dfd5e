"""Who may change an image in the media library: its alt text, caption, credit
and focal point are re-rendered into every article that shows it, so a writer
may change them only while no reader sees them (issue 13)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, Image
from articles.rendering import STORED_FIELDS
from articles.services import article_saved
from tests.html_checks import form_data
from tests.signin import client_for

LOCKED = "This image appears in a published (or scheduled) article; only an editor"
NOW = timezone.now()
STATES = {
    "draft": {"status": Article.Status.DRAFT, "publish_at": None},
    "review": {"status": Article.Status.REVIEW, "publish_at": None},
    "published": {"status": Article.Status.PUBLISHED, "publish_at": NOW},
    "scheduled": {
        "status": Article.Status.PUBLISHED,
        "publish_at": NOW + timedelta(days=2),
    },
    "unpublished": {"status": Article.Status.UNPUBLISHED, "publish_at": NOW},
    "expired": {
        "status": Article.Status.PUBLISHED,
        "publish_at": NOW - timedelta(days=9),
        "unpublish_at": NOW - timedelta(days=1),
    },
}


def change_url(image):
    return f"/admin/articles/image/{image.pk}/change/"


@pytest.fixture
def image(make_image):
    return make_image(alt_text="Cooling towers at dawn", caption="The old plant.")


@pytest.fixture
def article_showing(make_full_article, writer):
    """An article of the writer's in ``state`` that shows ``image`` as its lead
    image or in a section, rendered and stored as a save would."""

    def make(image, state, place="lead"):
        article = make_full_article(created_by=writer, **STATES[state])
        if place == "lead":
            article.lead_image = image
            article.save()
        else:
            section = article.sections.first()
            section.image = image
            section.save()
        article_saved(article, by=None, comment="Images")
        return article

    return make


def move_to(article, state):
    for name, value in ({"unpublish_at": None} | STATES[state]).items():
        setattr(article, name, value)
    article.save()
    article_saved(article, by=None, comment=state)


def stored_html(article):
    return Article.objects.values(*STORED_FIELDS).get(pk=article.pk)


def open_form(client, image):
    """What the change form would post, as its user opened it."""
    page = client.get(change_url(image))
    assert page.status_code == 200
    return form_data(page.content.decode(), "image_form")


@pytest.mark.parametrize("place", ["lead", "section"])
@pytest.mark.parametrize("state", ["published", "scheduled"])
def test_a_writer_cannot_change_an_image_readers_see(
    writer, image, article_showing, place, state
):
    """The writer opened the form while only a draft showed the image; the
    article went out before they saved: nothing changes, here or on the page."""
    article = article_showing(image, "draft", place)
    writer_client = client_for(writer)
    data = open_form(writer_client, image)
    assert data["alt_text"] == "Cooling towers at dawn"

    move_to(article, state)
    before = stored_html(article)
    data |= {"alt_text": "Smoke over the town", "caption": "Fake caption.\r\n"}
    response = writer_client.post(change_url(image), data)

    assert response.status_code == 403
    image.refresh_from_db()
    assert (image.alt_text, image.caption) == (
        "Cooling towers at dawn",
        "The old plant.",
    )
    assert stored_html(article) == before
    assert "Smoke over the town" not in str(before)

    page = writer_client.get(change_url(image))
    assertContains(page, LOCKED)
    assertNotContains(page, 'name="alt_text"')  # shown, not editable
    assertNotContains(page, 'name="focal_x"')
    assertNotContains(page, 'name="_save"')


def test_the_published_page_keeps_the_text_the_editor_approved(
    client, writer, image, article_showing, settings
):
    settings.NEWSROOM_PAGE_CACHE = False  # read the page as stored, every time
    article = article_showing(image, "draft")
    writer_client = client_for(writer)
    data = open_form(writer_client, image) | {"alt_text": "Smoke over the town"}
    move_to(article, "published")
    page_before = client.get(article.get_absolute_url()).content

    assert writer_client.post(change_url(image), data).status_code == 403
    page_after = client.get(article.get_absolute_url()).content
    assert b'alt="Cooling towers at dawn"' in page_after
    assert page_after == page_before


@pytest.mark.parametrize(
    "states",
    [(), ("draft",), ("review",), ("draft", "review"), ("unpublished",), ("expired",)],
)
def test_a_writer_changes_an_image_no_reader_sees(
    writer, image, article_showing, states
):
    articles = [article_showing(image, state) for state in states]
    writer_client = client_for(writer)
    data = open_form(writer_client, image)
    data |= {"alt_text": "Cooling towers in fog", "focal_x": "0.2"}

    response = writer_client.post(change_url(image), data)

    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.alt_text, image.focal_x) == ("Cooling towers in fog", 0.2)
    for article in articles:  # drafts show the new text too
        assert 'alt="Cooling towers in fog"' in str(stored_html(article))
    assertNotContains(writer_client.get(change_url(image)), LOCKED)


@pytest.mark.parametrize("role", ["desk_editor", "editor"])
@pytest.mark.parametrize("state", ["published", "scheduled"])
def test_editors_change_images_readers_see(
    request, image, article_showing, role, state
):
    """Editors (and superusers) may: the articles are rendered again at once."""
    article = article_showing(image, state, "section")
    editor_client = client_for(request.getfixturevalue(role))
    data = open_form(editor_client, image)
    data |= {"alt_text": "Cooling towers in fog", "caption": "Before demolition."}

    response = editor_client.post(change_url(image), data)

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_text == "Cooling towers in fog"
    stored = str(stored_html(article))
    assert 'alt="Cooling towers in fog"' in stored and "Before demolition." in stored
    assertNotContains(editor_client.get(change_url(image)), LOCKED)


def test_writers_still_list_and_upload_while_some_images_are_locked(
    writer, image, article_showing, png_bytes
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    article_showing(image, "published")
    writer_client = client_for(writer)
    listing = writer_client.get("/admin/articles/image/")
    assertContains(listing, change_url(image))
    response = writer_client.post(
        "/admin/articles/image/add/",
        {
            "alt_text": "A new chart",
            "caption": "",
            "credit": "",
            "licence": "",
            "upload": SimpleUploadedFile("chart.png", png_bytes),
        },
    )
    assert response.status_code == 302
    assert Image.objects.count() == 2
