"""The large article's change page stays small enough to open on a desk
editor's connection (issue 15): at most 800,000 bytes of HTML, whatever
compression the server adds, in a fixed number of queries, and what the
page leaves out to get there it does not need to save the form."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.management.commands.bench_data import LARGE_SLUG
from articles.models import Article
from tests.html_checks import form_data

MAX_BYTES = 800_000


@pytest.fixture
def bench_large(db):
    """The benchmark's large article (``make bench``): 50 sections of
    paragraphs and six bullet points, 30 FAQ entries."""
    call_command("bench_data", articles=0, stdout=io.StringIO())
    return Article.objects.get(slug=LARGE_SLUG)


def test_the_large_articles_change_page_is_at_most_800_kb(editor_client, bench_large):
    url = f"/admin/articles/article/{bench_large.pk}/change/"
    with CaptureQueriesContext(connection) as page:
        response = editor_client.get(url, HTTP_ACCEPT_ENCODING="identity")
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert len(response.content) <= MAX_BYTES, len(response.content)
    assert len(page) <= 25, [q["sql"][:120] for q in page.captured_queries]
    html = response.content.decode()
    assert html.count('class="djn-tbody djn-item') == 300  # every bullet point
    assert html.count("markdownx-editor") >= 50 * 3 + 300 + 30


def test_the_page_as_rendered_saves_and_changes_nothing(editor_client, bench_large):
    url = f"/admin/articles/article/{bench_large.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    data = {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }
    data["_continue"] = "Save"
    before = Article.objects.with_content().get(pk=bench_large.pk)

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    after = Article.objects.with_content().get(pk=bench_large.pk)
    assert [s.heading for s in after.sections.all()] == [
        s.heading for s in before.sections.all()
    ]
    assert [b.text for s in after.sections.all() for b in s.bullets.all()] == [
        b.text for s in before.sections.all() for b in s.bullets.all()
    ]
    assert after.body_html == before.body_html


def test_section_help_is_shown_once_and_describes_every_section(
    editor_client, bench_large
):
    url = f"/admin/articles/article/{bench_large.pk}/change/"
    html = editor_client.get(url).content.decode()

    assert html.count('id="sections-body-help"') == 1
    help_line = re.search(
        r'<p class="help inline-help" id="sections-body-help">(.*?)</p>', html
    )
    assert "before the bullet list" in help_line.group(1)
    bodies = re.findall(
        r'<textarea name="sections-(?:\d+|__prefix__)-body"[^>]*>', html
    )
    assert len(bodies) == 51  # and the empty form's
    assert all('aria-describedby="sections-body-help"' in body for body in bodies)
    # Bullet fields point at no help element that is not there.
    assert "bullets-0-label_helptext" not in html
