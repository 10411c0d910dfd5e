"""docs/markdown-format.md says what the importer and exporter really do."""

import re
from datetime import UTC, datetime

from articles.formats import (
    Bullet,
    Document,
    FAQEntry,
    Section,
    decode,
    parse,
    write_markdown,
)
from articles.formats.frontmatter import FRONT_MATTER_KEYS, STATUSES
from articles.models import Article
from articles.services import article_create_from_document, document_from_article
from tests.paths import PROJECT

DOC = PROJECT / "docs" / "markdown-format.md"

LEAD_IMAGE_KEY, SECTION_IMAGE_KEY = "3f2a9c1b7e4d5a60", "8c1d0e7f2b3a4c59"

# What the example says, part by part, as the page describes it.
EXAMPLE_DOCUMENT = Document(
    title="Night Buses Return to the Harbour Line",
    slug="night-buses-harbour-line",
    standfirst="From 1 December the N4 runs every half hour, all night.",
    status="draft",
    publish_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
    authors=["Ana Reporter", "Ben Writer"],
    topic="Transport",
    tags=["Buses", "Harbour"],
    lead_image=LEAD_IMAGE_KEY,
    lead=(
        "The night bus on the harbour line, cut in 2020, comes back next month."
        "\n\nThe council expects the *N4* to carry about 900 people a night."
    ),
    sections=[
        Section(
            heading="Where It Runs",
            image=SECTION_IMAGE_KEY,
            body="The route follows the old N4, with two new stops.",
            bullets=[
                Bullet(label="From", text="Central Station, stand F."),
                Bullet(
                    label="To",
                    text="Harbour Gate, by way of the\nhospital and the ferry "
                    "terminal.",
                ),
                Bullet(text="Every stop is step-free."),
            ],
            body_after_list="Buses leave every 30 minutes from midnight to 5am.",
        ),
        Section(
            heading="Fares",
            body="Night fares are the same as day fares.",
            body_after_list="Day passes bought after 6pm are valid until 5am.",
        ),
    ],
    faq_heading="Frequently Asked Questions",
    faqs=[
        FAQEntry(question="Do I need to book?", answer="No: turn up and tap in."),
        FAQEntry(
            question="Can I take a bike?",
            answer="Folding bikes only, and only when they are folded.",
        ),
    ],
    closing=(
        "The timetable is on the [council's website](https://example.org/n4) from"
        "\n20 November."
    ),
)


def documented_example():
    """The page's one ```markdown block: the complete example."""
    examples = re.findall(r"```markdown\n(.*?)```", DOC.read_text("utf-8"), re.DOTALL)
    assert len(examples) == 1
    return examples[0]


def test_example_imports_as_the_page_describes_it():
    example = documented_example()
    assert parse(decode(example.encode("utf-8")), "example.md") == EXAMPLE_DOCUMENT


def test_example_is_what_the_export_writes():
    assert write_markdown(EXAMPLE_DOCUMENT) == documented_example()


def test_front_matter_table_lists_every_key_and_status():
    text = DOC.read_text("utf-8")
    table = text[text.index("## Front matter") : text.index("## Body")]
    keys = re.findall(r"^\| `(\w+)` +\|", table, re.MULTILINE)
    assert tuple(keys) == FRONT_MATTER_KEYS
    status_row = next(line for line in table.splitlines() if "| `status`" in line)
    assert re.findall(r"`(\w+)`", status_row)[1:] == [*STATUSES, "draft"]


def test_example_imported_into_newsroom_exports_the_same_bytes(db, make_image):
    """Through the database: the example's images exist in the library."""
    lead_image, section_image = make_image(), make_image()
    text = (
        documented_example()
        .replace(LEAD_IMAGE_KEY, lead_image.key)
        .replace(SECTION_IMAGE_KEY, section_image.key)
    )

    created = article_create_from_document(parse(text, "example.md"))
    article = Article.objects.with_content().get(pk=created.pk)

    assert article.lead_image == lead_image
    assert [section.image for section in article.sections.all()] == [
        section_image,
        None,
    ]
    assert write_markdown(document_from_article(article)) == text
