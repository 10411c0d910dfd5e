"""Embeds as an Editor makes them in the real admin form and as readers get
them: a click-to-load facade, a Content-Security-Policy that lets exactly
its players in (cached pages included), and a warning and a plain link when
the provider cannot be reached."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Author
from articles.services import article_saved
from tests.html_checks import form_data
from tests.oembed import OEmbedProvider
from tests.signin import client_for

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
TOOT = "https://mastodon.social/@citydesk/112233445566778899"


@pytest.fixture
def provider(settings):
    with OEmbedProvider() as provider:
        provider.point_at(settings)
        yield provider


def csp(response):
    return dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )


@pytest.fixture
def signed_article(make_article):
    """A published article with a byline, as publishing requires."""
    article = make_article(slug="trams", lead="Old lead.")
    article.authors.add(Author.objects.create(display_name="Ana", slug="ana"))
    return article


def save_lead(client, article, lead):
    """Post the article's real change form with its lead changed."""
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(client.get(url).content.decode(), "article_form")
    data["lead"] = lead
    return client.post(url, data)


def test_an_editor_s_address_line_becomes_an_embed_on_the_reader_page(
    desk_editor, signed_article, provider, client
):
    article = signed_article
    editor = client_for(desk_editor)

    response = save_lead(editor, article, f"The trams are back.\r\n\r\n{VIDEO}\r\n")

    assert response.status_code == 302, response.context["adminform"].form.errors
    levels = [m.level_tag for m in get_messages(response.wsgi_request)]
    assert "warning" not in levels
    page = client.get(article.get_absolute_url())
    html = page.content.decode()
    assert 'class="embed embed-video"' in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' in html
    # The button is the script's; without the script, the facade is a link.
    assert "Load YouTube content" not in html
    assert f'<a class="embed-facade" href="{VIDEO}"' in html
    assert "articles/embeds.js" in html
    assert "<iframe" not in html
    assert csp(page)["frame-src"] == "https://www.youtube-nocookie.com"
    assert csp(page)["default-src"] == "'none'"


def test_an_editor_is_warned_when_the_provider_is_down(
    desk_editor, signed_article, settings, client
):
    with OEmbedProvider() as down:
        pass  # stopped: its port refuses connections
    down.point_at(settings)
    article = signed_article

    response = save_lead(client_for(desk_editor), article, f"Intro.\r\n\r\n{VIDEO}")

    assert response.status_code == 302  # the save went through
    warnings = [
        m.message
        for m in get_messages(response.wsgi_request)
        if m.level_tag == "warning"
    ]
    assert warnings == [
        f"The YouTube address “{VIDEO}” in the lead is shown as a plain link: "
        "The provider could not be reached. Saving again tries again."
    ]
    page = client.get(article.get_absolute_url())
    assert f"<p>{VIDEO}</p>" in page.content.decode()
    assert "frame-src" not in csp(page)
    assert Article.objects.get(pk=article.pk).lead == f"Intro.\n\n{VIDEO}"


def test_frame_src_names_exactly_the_players_of_the_page(
    make_article, provider, client
):
    provider.answers[TOOT] = provider.video(type="rich")
    both = make_article(slug="both", lead=f"{VIDEO}\n\n{TOOT}")
    article_saved(both, by=None, comment="Saved")
    plain = make_article(slug="plain", lead="No embeds here.")
    article_saved(plain, by=None, comment="Saved")

    sources = csp(client.get(both.get_absolute_url()))["frame-src"].split()
    assert sorted(sources) == [
        "https://mastodon.social",
        "https://www.youtube-nocookie.com",
    ]
    assert "frame-src" not in csp(client.get(plain.get_absolute_url()))


def test_a_cached_page_keeps_its_frame_src(
    make_article, provider, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(slug="trams", lead=VIDEO)
        article_saved(article, by=None, comment="Saved")
    first = client.get(article.get_absolute_url())
    second = client.get(article.get_absolute_url())
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert csp(second)["frame-src"] == "https://www.youtube-nocookie.com"


def test_the_article_page_with_embeds_stays_within_three_queries(
    make_article, provider, client
):
    article = make_article(slug="trams", lead=f"{VIDEO}\n\n{TOOT}")
    provider.answers[TOOT] = provider.video(type="rich")
    article_saved(article, by=None, comment="Saved")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count("embed-facade") == 2
    assert len(captured) <= 3


def test_the_editor_s_preview_lets_the_saved_players_in(
    desk_editor, make_article, provider
):
    article = make_article(slug="trams", status=Article.Status.DRAFT, lead=VIDEO)
    article_saved(article, by=None, comment="Saved")
    editor = client_for(desk_editor)
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(editor.get(url).content.decode(), "article_form")

    preview = editor.post(f"/admin/articles/article/{article.pk}/preview/", data)

    assert preview.status_code == 200
    assert "embed-facade" in preview.content.decode()
    assert csp(preview)["frame-src"] == "https://www.youtube-nocookie.com"
