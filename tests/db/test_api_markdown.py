"""The Content API's article is the article the Markdown export writes (same
structure, same text), for the demo articles and a large one; and what the
migration stored for older articles is what rendering stores now."""

import importlib
import io

import pytest
from django.core.management import call_command
from django.test import Client

from articles.formats import parse_markdown
from articles.formats.document import Bullet, Document, FAQEntry, Section
from articles.formats.markdown import write_markdown
from articles.models import Article
from articles.services import article_create_from_document, article_saved
from articles.services.documents import document_from_article


def exported(article):
    """The article as the Markdown export writes it, read back."""
    article = Article.objects.with_content().get(pk=article.pk)
    return parse_markdown(write_markdown(document_from_article(article)))


def structure(document):
    """What both must agree on: the text and its structure, and the labels."""
    return {
        "title": document.title,
        "slug": document.slug,
        "standfirst": document.standfirst,
        "lead": document.lead,
        "lead_image": document.lead_image,
        "sections": document.sections,
        "faq_heading": document.faq_heading if document.faqs else "",
        "faqs": document.faqs,
        "closing": document.closing,
        "authors": document.authors,
        "topic": document.topic,
        "tags": document.tags,
    }


def from_api(data):
    """A ``Document`` of what the API answered."""
    return Document(
        title=data["title"],
        slug=data["slug"],
        standfirst=data["standfirst"],
        lead=data["lead"]["markdown"],
        lead_image=(data["lead_image"] or {}).get("key", ""),
        sections=[
            Section(
                heading=section["heading"],
                body=section["body"]["markdown"],
                bullets=[
                    Bullet(label=bullet["label"], text=bullet["text"]["markdown"])
                    for bullet in section["bullets"]
                ],
                body_after_list=section["body_after_list"]["markdown"],
                image=(section["image"] or {}).get("key", ""),
            )
            for section in data["sections"]
        ],
        faq_heading=data["faq"]["heading"],
        faqs=[
            FAQEntry(question=entry["question"], answer=entry["answer"]["markdown"])
            for entry in data["faq"]["entries"]
        ],
        closing=data["closing"]["markdown"],
        authors=[author["name"] for author in data["authors"]],
        topic=(data["topic"] or {}).get("name", ""),
        tags=[tag["name"] for tag in data["tags"]],
    )


def large_document():
    return Document(
        title="The large guide",
        slug="large-guide",
        standfirst="All of it.",
        lead="Everything about the city.\n\nAnd *more*.",
        sections=[
            Section(
                heading=f"Chapter {n % 7}",  # repeated headings: numbered anchors
                body="First paragraph.\n\nSecond with a [link](/about/).",
                bullets=[
                    Bullet(label=f"Point {m}" if m % 2 else "", text=f"Detail {m}.")
                    for m in range(6)
                ],
                body_after_list="After the list." if n % 3 else "",
            )
            for n in range(50)
        ],
        faqs=[
            FAQEntry(question=f"Question {n}?", answer="An answer.") for n in range(30)
        ],
        closing="The end.",
        status="published",
        authors=["Ana Reporter", "Ben Writer"],
        topic="Guides",
        tags=["City", "Maps"],
    )


@pytest.fixture
def imported(db):
    """The demo articles and a large one, imported as the site imports them."""
    call_command("seed_demo", stdout=io.StringIO())
    article_create_from_document(large_document())
    articles = list(Article.objects.published())
    assert len(articles) >= 4
    return articles


def test_the_api_article_is_the_markdown_export(imported):
    client = Client()
    for article in imported:
        data = client.get(f"/api/v1/articles/{article.slug}/").json()
        assert structure(from_api(data)) == structure(exported(article)), article.slug


def test_each_html_part_is_the_one_the_page_shows(imported):
    client = Client()
    for article in imported:
        page = client.get(article.get_absolute_url()).content.decode()
        data = client.get(f"/api/v1/articles/{article.slug}/").json()
        for section in data["sections"]:
            assert f'id="{section["anchor"]}"' in page
            for part in (section["body"], section["body_after_list"]):
                assert part["html"] in page
            for bullet in section["bullets"]:
                assert bullet["text"]["html"] in page
        for entry in data["faq"]["entries"]:
            assert entry["answer"]["html"] in page


def test_the_migration_stored_what_rendering_stores(imported, make_image):
    migration = importlib.import_module("articles.migrations.0026_article_api_data")
    lean = importlib.import_module("articles.migrations.0034_lead_stored_once")
    article = Article.objects.get(slug="large-guide")
    article.notes.create(text="Corrected a figure.")
    article.lead_image = make_image()
    article.save()
    article_saved(article, by=None, comment="Edited")
    for article in Article.objects.for_rendering():
        # As 0026 stored it, less what 0030_lean_stored_data and
        # 0034_lead_stored_once drop again.
        migrated = migration.api_data(article)
        del migrated["lead"], migrated["closing"]
        assert lean.lean_api_data(migrated) == article.api_data, article.slug
