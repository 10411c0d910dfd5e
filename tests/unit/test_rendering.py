import pytest

from articles.rendering import (
    render_markdown,
    render_markdown_inline,
    section_anchors,
)
from tests.html_checks import XSS_PAYLOADS, elements, inert_problems


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_renderer_makes_every_payload_inert(payload):
    assert inert_problems(render_markdown(payload)) == []
    assert inert_problems(render_markdown_inline(payload)) == []


def test_the_checker_itself_sees_the_danger():
    """Raw HTML payloads are flagged before sanitising, so the test above can fail.

    The <noscript> one is a parser-differential trick that only a browser with
    scripting on reads as an <img>, so a plain parser rightly sees no danger.
    """
    raw_html = [p for p in XSS_PAYLOADS if p.startswith("<") and "noscript" not in p]
    assert all(inert_problems(p) for p in raw_html)


def test_markdown_renders_prose():
    html = render_markdown(
        "A **bold** and *italic* [link](https://example.org/a?b=1&c=2).\n\n"
        "Second paragraph."
    )
    assert html == (
        '<p>A <strong>bold</strong> and <em>italic</em> <a href="https://example.org/'
        'a?b=1&amp;c=2" rel="noopener noreferrer">link</a>.</p>\n'
        "<p>Second paragraph.</p>"
    )


def test_relative_and_mail_links_are_kept():
    html = render_markdown("[about](/about/) and [mail](mailto:desk@example.org)")
    hrefs = [attrs["href"] for tag, attrs in elements(html) if tag == "a"]
    assert hrefs == ["/about/", "mailto:desk@example.org"]


def test_inline_render_drops_the_paragraph_only_for_one_paragraph():
    assert render_markdown_inline("**Bold** text") == "<strong>Bold</strong> text"
    assert render_markdown_inline("One.\n\nTwo.") == "<p>One.</p>\n<p>Two.</p>"


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


def test_section_anchors_are_stable_and_unique():
    assert section_anchors(["Why It Matters", "Why it matters", "¿Qué?", ""]) == [
        "why-it-matters",
        "why-it-matters-2",
        "que",
        "section",
    ]
