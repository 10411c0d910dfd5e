"""The Markdown editors of the change page: their first previews are the HTML
stored at save, so opening an article asks the server for none."""

import re

from articles.formats.document import Bullet, Document, Section
from articles.services import article_create_from_document
from tests.html_checks import form_data


def article_with_markdown():
    return article_create_from_document(
        Document(
            title="Night buses",
            slug="night-buses",
            standfirst="Where they run.",
            lead="They carry **40,000** people a week.",
            sections=[
                Section(
                    heading="Fares",
                    body="Prices *changed* in May.",
                    bullets=[Bullet(label="Single", text="Two [pounds](/fares/).")],
                )
            ],
            authors=["Ana Reporter"],
        )
    )


def preview_of(html, field_name):
    match = re.search(
        rf'name="{field_name}"[^>]*>[^<]*</textarea>\s*'
        r'<div class="markdownx-preview">(.*?)</div></(div|td)>',
        html,
        re.S,
    )
    assert match, f"no editor {field_name}"
    return match.group(1)


def test_the_editors_show_the_stored_html_and_sleep(editor_client):
    article = article_with_markdown()
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/").content
    html = html.decode()

    assert preview_of(html, "lead") == article.lead_html
    assert "<strong>40,000</strong>" in preview_of(html, "lead")
    assert "<em>changed</em>" in preview_of(html, "sections-0-body")
    assert '<a href="/fares/" rel="noopener noreferrer">pounds</a>' in preview_of(
        html, "sections-0-bullets-0-text"
    )
    # Asleep: markdownx's "set up" marker is there, so it asks for nothing at
    # load; its settings are named once for the page, not once per editor.
    editors = re.findall(r"<textarea[^>]*markdownx-editor[^>]*>", html)
    # Lead, closing, the section's two, its bullet; the empty forms' five.
    assert len(editors) == 10
    assert all("data-markdownx-init" in editor for editor in editors)
    assert html.count("data-markdownx-urls-path") == 1


def test_a_form_shown_again_previews_the_text_as_posted_sanitised(editor_client):
    article = article_with_markdown()
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    data["title"] = ""  # the form comes back with an error
    data["sections-0-bullets-0-text"] = "Now **three** <script>alert(1)</script>"

    html = editor_client.post(url, data).content.decode()

    assert "This field is required" in html
    preview = preview_of(html, "sections-0-bullets-0-text")
    assert "<strong>three</strong>" in preview
    assert "<script" not in preview
    # Fields left alone keep their stored preview.
    assert preview_of(html, "lead") == article.lead_html


def test_a_bullet_preview_that_would_repeat_its_text_is_left_out(editor_client):
    """markdown-editors.js shows the text there as it is (the browser test of
    the large article sees it)."""
    article = article_create_from_document(
        Document(
            title="Night fares",
            slug="night-fares",
            sections=[
                Section(
                    heading="Fares",
                    bullets=[
                        Bullet(label="Single", text="Two pounds & fifty."),
                        Bullet(label="Return", text="Three *pounds*."),
                    ],
                )
            ],
            authors=["Ana Reporter"],
        )
    )
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    html = html.content.decode()

    assert preview_of(html, "sections-0-bullets-0-text") == ""
    assert "<em>pounds</em>" in preview_of(html, "sections-0-bullets-1-text")
    assert "Two pounds &amp; fifty.</textarea>" in html
