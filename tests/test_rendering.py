from datetime import timedelta

import pytest

from articles.models import Article, Author, CorrectionNote, Tag, Topic
from articles.rendering import (
    STORED_FIELDS,
    render_article,
    render_markdown,
    render_markdown_inline,
    section_anchors,
)
from articles.services import article_saved, document_from_article
from tests.html_checks import elements, inert_problems

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" OnError="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;&#x61;&#x76;&#x61;script:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">'
    "x</a>",
    '<a href="java\tscript:alert(1)">tab</a>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<style>body { display: none }</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><input name="password"></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:/">',
    "<details open ontoggle=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<link rel="stylesheet" href="https://evil.example/evil.css">',
    '**bold** <a href="#" onclick="alert(1)">mixed</a> *and* `code`',
]


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


# One renderer for saved articles and documents alike.


def stored(article):
    return {name: getattr(article, name) for name in STORED_FIELDS}


def test_a_document_renders_as_its_saved_article(make_full_article, make_image):
    """A preview shows what a save stores: every part, labels, images and
    correction notes included."""
    topic = Topic.objects.create(name="Transport", slug="transport")
    article = make_full_article(topic=topic, lead_image=make_image(), faqs=3)
    article.tags.set(
        [
            Tag.objects.create(name=name, slug=name.lower())
            for name in ("Trams", "Buses")
        ]
    )
    article.authors.add(Author.objects.create(display_name="Ana", slug="ana"))
    section = article.sections.first()
    section.image = make_image("PNG", (700, 500), caption="A chart")
    section.save()
    note = CorrectionNote.objects.create(
        article=article, text="Fixed.", noted_at=article.publish_at + timedelta(days=2)
    )
    Article.objects.filter(pk=article.pk).update(public_updated_at=note.noted_at)
    article_saved(article, by=None, comment="Saved")
    saved = Article.objects.for_rendering().get(pk=article.pk)

    preview = render_article(document_from_article(saved), saved=saved)

    assert preview.pk is None  # nothing saved
    assert stored(preview) == stored(saved)
    assert stored(render_article(saved)) == stored(saved)
    assert "A chart" in preview.body_html and "Fixed." in preview.byline_html
    assert preview.page_data["topic"]["name"] == "Transport"
    assert preview.page_data["keywords"] == ["Buses", "Trams"]


def test_a_document_with_labels_not_made_yet_shows_them_as_a_save_would(db):
    from articles.formats.document import Document

    preview = render_article(
        Document(title="New", slug="new", authors=["Zoe Writer"], tags=["Ferries"])
    )
    assert '<a class="author" href="/authors/zoe-writer/">Zoe Writer</a>' in (
        preview.byline_html
    )
    assert '<a href="/tags/ferries/" rel="tag">Ferries</a>' in preview.body_html
    assert not Author.objects.exists() and not Tag.objects.exists()
