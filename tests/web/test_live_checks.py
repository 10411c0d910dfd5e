"""The editorial checks panel, refreshed from the unsaved change form: each
role posts the real form to the checks URL and reads the problems it lists,
each linked to its field."""

import html
import re

import pytest
from django.urls import reverse

from articles.models import Article, Image
from tests.html_checks import form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<a class="check-link" href="#([^"]+)" data-field="\1">(.*?)</a>')


def posted_form(client, article=None):
    page = (
        reverse("admin:articles_article_change", args=[article.pk])
        if article
        else reverse("admin:articles_article_add")
    )
    return form_data(client.get(page).content.decode(), "article_form")


def problems(response):
    """The linked problems of the panel: {field id: message}."""
    assert response.status_code == 200, response.status_code
    text = response.content.decode()
    return {field: html.unescape(message) for field, message in LINK.findall(text)}


def checks_url(article):
    return reverse("admin:articles_article_checks", args=[article.pk])


@pytest.fixture
def own_draft(make_article, make_section, writer):
    draft = make_article(
        status=Article.Status.DRAFT,
        publish_at=None,
        created_by=writer,
        standfirst="A standfirst long enough to read well as the meta description.",
    )
    make_section(draft, heading="First")
    make_section(draft, heading="Second")
    return draft


def test_a_writer_sees_the_problems_of_what_they_typed_linked_to_fields(
    writer, own_draft
):
    client = client_for(writer)
    data = posted_form(client, own_draft)
    assert "id_standfirst" not in problems(client.post(checks_url(own_draft), data))

    data |= {
        "standfirst": "",
        "slug": "a-very-long-address-that-nobody-will-read-aloud-or-share-easily",
        "seo_title": "An SEO title much longer than what search results show at all",
        "meta_description": "Long. " * 30,
        "authors": [],
        "sections-1-body": "",
    }
    found = problems(client.post(checks_url(own_draft), data))

    assert found["id_standfirst"].startswith("There is no standfirst")
    assert found["id_slug"].startswith("The slug has 63 characters")
    assert found["id_seo_title"].startswith("The SEO title has 61 characters")
    assert found["id_meta_description"].startswith("The meta description has 179")
    assert found["id_authors"].startswith("There is no author")
    assert found["sections-1"] == "Section 2 (“Second”) has no text."
    assert found["id_lead_image"].startswith("There is no lead image")
    own_draft.refresh_from_db()
    assert own_draft.standfirst  # nothing was saved


def test_an_editor_checks_a_published_article_and_its_reordered_sections(
    desk_editor, own_draft
):
    own_draft.status = Article.Status.PUBLISHED
    own_draft.save()
    client = client_for(desk_editor)
    data = posted_form(client, own_draft)
    # The second form moved first; its heading now repeats the other one.
    data |= {
        "sections-1-position": "0",
        "sections-1-heading": "First",
        "sections-0-body": "",
    }
    text = client.post(checks_url(own_draft), data).content.decode()
    found = problems(client.post(checks_url(own_draft), data))

    assert found["sections-0"] == "Section 2 (“First”) has no text."
    assert "Blocks publishing:" in text
    assert found["id_sections-0-heading"].startswith("Section 2 (“First”) has the same")


def test_a_chosen_image_without_alt_text_links_to_its_field(
    writer, own_draft, make_image
):
    image = make_image()
    Image.objects.filter(pk=image.pk).update(alt_text="")
    client = client_for(writer)
    data = posted_form(client, own_draft) | {"lead_image": str(image.pk)}

    found = problems(client.post(checks_url(own_draft), data))

    assert found["id_lead_image"].startswith("The lead image has no alt text")


def test_the_page_says_when_a_saved_image_has_lost_its_alt_text(
    writer, own_draft, make_image
):
    """Alt text cleared in the media library after the article was saved."""
    image = make_image()
    Article.objects.filter(pk=own_draft.pk).update(lead_image=image)
    Image.objects.filter(pk=image.pk).update(alt_text="")

    page = client_for(writer).get(
        reverse("admin:articles_article_change", args=[own_draft.pk])
    )

    found = problems(page)
    assert found["id_lead_image"].startswith("The lead image has no alt text")


def test_the_add_page_is_checked_before_the_first_save(writer):
    client = client_for(writer)
    data = posted_form(client) | {"title": "New", "slug": "new", "standfirst": ""}

    found = problems(client.post(reverse("admin:articles_article_add_checks"), data))

    assert found["id_standfirst"].startswith("There is no standfirst")
    assert "id_authors" not in found  # the first save signs it
    assert not Article.objects.filter(slug="new").exists()


def test_a_writer_cannot_check_another_writers_article(writer, make_user, own_draft):
    other = make_user("otto", "Writers")
    client = client_for(other)
    data = posted_form(client, own_draft)

    assert client.post(checks_url(own_draft), data).status_code == 403
    assert client_for(writer).get(checks_url(own_draft)).status_code == 405


def test_the_change_page_links_saved_problems_and_names_the_checks_url(
    writer, own_draft
):
    own_draft.standfirst = ""
    own_draft.save()
    page = client_for(writer).get(
        reverse("admin:articles_article_change", args=[own_draft.pk])
    )
    text = page.content.decode()

    assert f'data-checks-url="{checks_url(own_draft)}"' in text
    assert 'class="editorial-checks-list" aria-live="polite"' in text
    assert problems(page)["id_standfirst"].startswith("There is no standfirst")
    assert "articles/admin/bundles/change-page-deferred.js" in text
