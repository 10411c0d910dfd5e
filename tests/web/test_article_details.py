"""The article page's details (issue 16): a meta line that joins only the
parts present, the share row and the corrections block."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import quote

from django.utils import timezone
from django.utils.formats import date_format

from articles.models import Article, CorrectionNote
from tests.content import rendered
from tests.html_checks import elements, form_data


def text(html):
    """The text a reader sees in ``html``, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def meta_line(html):
    return text(re.search(r'<p class="meta">(.*?)</p>', html, re.S)[1])


def day(moment):
    return date_format(timezone.localtime(moment), "j F Y")


def block(html, start, end):
    """The markup from the first ``start`` to the next ``end``."""
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


def draft_without_author_or_date(make_article, **fields):
    """A draft once updated in public, then taken back: no author, no
    publication date, an "Updated" date and a reading time."""
    article = make_article(
        status=Article.Status.DRAFT, publish_at=None, slug="draft", **fields
    )
    Article.objects.filter(pk=article.pk).update(
        public_updated_at=timezone.now() - timedelta(days=3)
    )
    return rendered(Article.objects.get(pk=article.pk))


# The meta line.


def test_a_draft_without_author_or_date_shows_its_meta_without_stray_separator(
    editor_client, make_article
):
    article = draft_without_author_or_date(make_article)
    expected = f"Updated {day(article.public_updated_at)} · 1 min read"
    assert meta_line(article.byline_html) == expected
    assert "By " not in text(article.byline_html)

    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert meta_line(page) == expected

    change_url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(editor_client.get(change_url).content.decode(), "article_form")
    preview = editor_client.post(f"/admin/articles/article/{article.pk}/preview/", data)
    assert "Preview of unsaved changes" in preview.content.decode()
    assert meta_line(preview.content.decode()) == expected


def test_a_draft_with_nothing_but_its_reading_time_shows_that_alone(
    editor_client, make_article
):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert meta_line(page) == "1 min read"


def test_a_published_article_joins_published_updated_and_reading_time(
    client, make_full_article
):
    article = make_full_article()
    updated = article.publish_at + timedelta(days=2)
    Article.objects.filter(pk=article.pk).update(public_updated_at=updated)
    article = rendered(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert meta_line(page) == (
        f"Published {day(article.publish_at)} · Updated {day(updated)} · "
        f"{article.reading_minutes} min read"
    )
    # No notes, so nothing to link to.
    assert 'href="#corrections"' not in page and 'id="corrections"' not in page


# The share row.


def test_share_row_links_to_the_networks_with_the_encoded_canonical_url(
    client, make_full_article
):
    article = make_full_article(title="Fares & passes: what’s new?", slug="fares")
    page = client.get(article.get_absolute_url()).content.decode()
    url = "http://testserver/articles/fares/"
    link, title = quote(url, safe=""), quote(article.title, safe="")
    assert link == "http%3A%2F%2Ftestserver%2Farticles%2Ffares%2F"

    row = block(page, '<section class="share"', "</section>")
    anchors = [attrs for tag, attrs in elements(row) if tag == "a"]
    assert [a["href"] for a in anchors] == [
        url,
        f"mailto:?subject={title}&body={link}",
        f"https://x.com/intent/tweet?url={link}&text={title}",
        f"https://www.facebook.com/sharer/sharer.php?u={link}",
        f"https://www.linkedin.com/sharing/share-offsite/?url={link}",
        f"https://bsky.app/intent/compose?text={title}%20{link}",
        f"https://wa.me/?text={title}%20{link}",
    ]
    assert text(row) == (
        "Share this article Copy link Share by Email Share on X Share on Facebook "
        "Share on LinkedIn Share on Bluesky Share on WhatsApp"
    )
    networks = anchors[2:]
    assert {a["rel"] for a in networks} == {"noopener noreferrer"}
    assert {a["target"] for a in networks} == {"_blank"}
    assert anchors[0]["data-copy-url"] == url
    # Nothing from the networks loads with the page.
    assert not any(
        "x.com" in attrs.get("src", "") or "facebook" in attrs.get("src", "")
        for _, attrs in elements(page)
    )


def test_previews_offer_nothing_to_share(editor_client, make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert "Preview: readers cannot see this article" in page
    assert "Share this article" not in page and "share.js" not in page


# Corrections.


def test_corrections_block_lists_the_notes_and_the_updated_date_links_to_it(
    client, make_full_article
):
    article = make_full_article()
    first = CorrectionNote.objects.create(
        article=article,
        text="Corrected the fare in the second section.",
        noted_at=article.publish_at + timedelta(days=1),
    )
    latest = CorrectionNote.objects.create(
        article=article,
        text="Added the council’s answer.",
        noted_at=article.publish_at + timedelta(days=2),
    )
    Article.objects.filter(pk=article.pk).update(public_updated_at=latest.noted_at)
    page = client.get(rendered(article).get_absolute_url()).content.decode()

    corrections = block(page, '<section class="corrections"', "</section>")
    assert 'id="corrections"' in corrections
    assert text(corrections) == (
        "Corrections and updates "
        f"{day(latest.noted_at)}: Added the council’s answer. "
        f"{day(first.noted_at)}: Corrected the fare in the second section."
    )
    byline = block(page, '<div class="byline">', "</div>")
    assert 'Updated <a href="#corrections"><time datetime="' in byline
    assert f"{day(latest.noted_at)}</time></a>" in byline
    assert "Corrected the fare" not in byline  # said once, in its own block
    # After the article's text, before the share row.
    assert page.index('class="article-body"') < page.index('id="corrections"')
    assert page.index('id="corrections"') < page.index('class="share"')


def test_a_section_called_corrections_keeps_its_anchor_and_the_link_its_block(
    client, make_full_article
):
    article = make_full_article()
    article.sections.filter(pk=article.sections.first().pk).update(
        heading="Corrections"
    )
    CorrectionNote.objects.create(article=article, text="Fixed a name.")
    Article.objects.filter(pk=article.pk).update(
        public_updated_at=article.publish_at + timedelta(days=1)
    )
    page = client.get(rendered(article).get_absolute_url()).content.decode()
    ids = [attrs["id"] for _, attrs in elements(page) if "id" in attrs]
    assert len(ids) == len(set(ids))
    assert 'id="corrections"' in page  # the section's, as before
    corrections = block(page, '<section class="corrections"', "</section>")
    assert 'id="corrections-2"' in corrections
    assert 'href="#corrections-2"' in page
