"""Two editors and the "Search and sharing" fields: when a save collides,
the SEO title and meta description the other editor wrote come back into
the form unless this editor changed them too, like every other text field."""

import pytest
from pytest_django.asserts import assertContains

from articles.models import Article, Author
from articles.services import article_saved
from tests.html_checks import form_data
from tests.signin import client_for

pytestmark = pytest.mark.django_db


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def open_form(client, article):
    response = client.get(change_url(article))
    assert response.status_code == 200
    # Textareas come back with CRLF line ends, as every browser sends them.
    return {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in form_data(response.content.decode(), "article_form").items()
    }


@pytest.fixture
def article(make_full_article):
    article = make_full_article(
        title="Night buses return",
        seo_title="Night buses: the N4 is back",
        meta_description="The N4 runs all night again.\nEvery half hour.",
    )
    article.authors.set([Author.objects.create(display_name="Ana", slug="ana")])
    article_saved(article, by=None, comment="Filed")
    return article


def test_the_other_editors_seo_text_is_carried_into_the_form(
    editor, desk_editor, article
):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)

    first_form["seo_title"] = "N4 night bus: times and stops"
    first_form["meta_description"] = "Where the N4 stops, all night."
    assert first.post(change_url(article), first_form).status_code == 302
    second_form["lead"] = "The second editor's new lead."
    response = second.post(change_url(article), second_form)

    assertContains(response, "Nothing was saved")
    shown_again = form_data(response.content.decode(), "article_form")
    assert shown_again["seo_title"] == "N4 night bus: times and stops"
    assert shown_again["meta_description"] == "Where the N4 stops, all night."
    assert shown_again["lead"] == "The second editor's new lead."

    assert second.post(change_url(article), shown_again).status_code == 302
    article.refresh_from_db()
    assert article.seo_title == "N4 night bus: times and stops"
    assert article.meta_description == "Where the N4 stops, all night."
    assert article.lead == "The second editor's new lead."


def test_seo_text_both_editors_changed_keeps_this_editors(editor, desk_editor, article):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)

    first_form["seo_title"] = "N4 night bus: times and stops"
    assert first.post(change_url(article), first_form).status_code == 302
    second_form["seo_title"] = "The N4 is back, all night"
    second_form["meta_description"] = ""
    response = second.post(change_url(article), second_form)

    shown_again = form_data(response.content.decode(), "article_form")
    assert shown_again["seo_title"] == "The N4 is back, all night"
    assert shown_again["meta_description"] == ""
    assert Article.objects.get(pk=article.pk).seo_title == (
        "N4 night bus: times and stops"
    )
