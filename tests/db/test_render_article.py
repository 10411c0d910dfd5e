"""One renderer for saved articles and documents alike: a preview shows what a
save stores."""

from datetime import timedelta

from articles.models import Article, Author, CorrectionNote, Tag, Topic
from articles.rendering import STORED_FIELDS, render_article
from articles.services import article_saved, document_from_article


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
    assert "A chart" in preview.body_html
    assert "Fixed." in preview.page_data["corrections"]
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
