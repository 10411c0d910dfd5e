"""The plain-text and Markdown formats: pure Python, no Django or database."""

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.formats import (
    DEFAULT_FAQ_HEADING,
    MAX_BYTES,
    Bullet,
    Document,
    FAQEntry,
    FormatError,
    Section,
    decode,
    parse,
    parse_markdown,
    parse_plaintext,
    write_markdown,
    write_plaintext,
)
from tests.paths import FIXTURE_FILES

FIXTURES = FIXTURE_FILES / "formats"


def read_fixture(name):
    return decode((FIXTURES / name).read_bytes())


CYCLING = Document(
    title="Ten Kilometres of New Bike Lanes: What Changes on Your Street",
    lead=(
        "By next spring the city will have added ten kilometres of protected cycle "
        "lanes, most of them on roads that children use to get to school.\n\n"
        "The plan, approved by the transport committee on Tuesday, is the largest "
        "change to the city’s streets since the trams returned in 2009 — and it has "
        "not been without argument.\n\n"
        "Here is what is being built, where, and what it means if you drive, cycle "
        "or walk."
    ),
    sections=[
        Section(
            heading="The Routes Being Built",
            bullets=[
                Bullet(
                    label="Riverside Link",
                    text="a two-way track from the railway station to the "
                    "university, opening in March.",
                ),
                Bullet(
                    label="Northgate Corridor",
                    text="lanes on both sides of Northgate Road, replacing one "
                    "lane of parking.",
                ),
                Bullet(
                    text="School streets around Elm Park, closed to through "
                    "traffic at drop-off and pick-up times"
                ),
                Bullet(
                    text="The eastern route will follow the old canal towpath for "
                    "most of its length: a detour around the marina is still being "
                    "designed."
                ),
            ],
            body_after_list="Work on all three starts in January, weather permitting.",
        ),
        Section(
            heading="Step One: Measure",
            body=(
                "Before any paint goes down, council engineers count who uses each "
                "street and when.\n\nNote the following:"
            ),
            bullets=[
                Bullet(text="Counts run for two full weeks"),
                Bullet(
                    text="Results are published on the [open data portal]"
                    "(https://example.org/data) within a month."
                ),
            ],
            body_after_list=(
                "Residents can ask for a count on their own street by writing to "
                "the transport team.\n\n"
                "If a count finds fewer than 200 cyclists a day, the council says "
                "it will look at the design again."
            ),
        ),
        Section(
            heading="“Who Pays?” — The Budget in Brief",
            body=(
                "The scheme costs £14.2 million, of which **£9 million** comes from "
                "a national active-travel grant.\n\n"
                "The rest is borrowed against future parking income, a choice the "
                "opposition calls *“a gamble”*."
            ),
        ),
    ],
    faq_heading="Frequently Asked Questions",
    faqs=[
        FAQEntry(
            question="Will I still be able to park outside my house?",
            answer="On most streets, yes. Northgate Road loses 140 of its 310 "
            "spaces; the council has published a [street-by-street list]"
            "(https://example.org/parking).",
        ),
        FAQEntry(
            question="When will the work finish?",
            answer="All three routes should open by the end of June, though the "
            "canal section may slip to the autumn.",
        ),
    ],
    closing=(
        "The transport committee will review the first six months of counts next "
        "December.\n\n"
        "Questions about a particular street can go to the council’s transport team."
    ),
)

CYCLING_METADATA = {
    "slug": "bike-lanes-what-changes",
    "standfirst": "Ten kilometres of protected lanes, three routes and a £14.2 "
    "million budget: the plan explained.",
    "status": "review",
    "publish_at": datetime(2026, 12, 1, 7, 30, tzinfo=UTC),
}


# Plain text: reading


def test_plaintext_fixture_is_read_exactly():
    assert parse_plaintext(read_fixture("cycling-network.txt")) == CYCLING


def test_plaintext_with_bom_and_crlf():
    data = (FIXTURES / "home-energy-bom-crlf.txt").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data

    expected = Document(
        title="Cutting Your Heating Bill This Winter",
        lead=(
            "Most homes lose a quarter of their heat through the roof.\n\n"
            "A few cheap changes, made before the cold sets in, pay for themselves "
            "within two winters."
        ),
        sections=[
            Section(
                heading="Start With the Loft",
                bullets=[
                    Bullet(
                        label="Insulation depth",
                        text="at least 270 mm of mineral wool.",
                    ),
                    Bullet(
                        label="Typical cost",
                        text="around £400 for a semi-detached house.",
                    ),
                    Bullet(text="Keep the loft hatch draught-stripped too"),
                ],
            )
        ],
        faq_heading="faqs",
        faqs=[
            FAQEntry(
                question="Do I need a survey first?",
                answer="No, but a free home energy check from the council shows "
                "where heat escapes.",
            ),
            FAQEntry(
                question="Can renters do any of this?",
                answer="Draught-proofing, yes; insulation needs the landlord’s "
                "consent.",
            ),
        ],
        # After the FAQ every other line is closing, even one shaped like a heading.
        closing="More Advice Online\n\n"
        "The energy advice service checked the figures in this guide.",
    )
    assert parse_plaintext(decode(data)) == expected
    assert parse_plaintext(data.decode("utf-8")) == expected


@pytest.mark.parametrize(
    "heading",
    [
        "Frequently Asked Questions",
        "frequently asked questions",
        "FREQUENTLY ASKED QUESTIONS",
        "FAQ",
        "faq",
        "FAQs",
        "faqs",
        "FAQS",
    ],
)
def test_every_faq_heading_variant_starts_the_faq(heading):
    text = f"Title\nRoutes\nA paragraph.\n{heading}\nQ: Why?\nA: Because.\nBye."
    doc = parse_plaintext(text)
    assert doc.faq_heading == heading
    assert doc.faqs == [FAQEntry(question="Why?", answer="Because.")]
    assert doc.closing == "Bye."
    assert [section.heading for section in doc.sections] == ["Routes"]


@pytest.mark.parametrize(
    ("line", "is_heading"),
    [
        ("Step One: Measure", True),
        ("Costs (2026 Figures)", True),
        ("“Who Pays?” — The Budget", True),
        ("fifteen " * 14 + "words", True),
        ("sixteen " * 15 + "words", False),
        ("Note the following:", False),
        ("What happens next?", False),
        ("Stop!", False),
        ("And so on…", False),
        ("Two parts; one line;", False),
        ("He called it “a gamble.”", False),
        ("(See the map.)", False),
        ("It was, she said, 'over.'", False),
        ("The list [in full.]", False),
        ("The end.»", False),
    ],
)
def test_heading_rule(line, is_heading):
    doc = parse_plaintext(f"Title\n{line}")
    if is_heading:
        assert (doc.lead, doc.sections) == ("", [Section(heading=line)])
    else:
        assert (doc.lead, doc.sections) == (line, [])


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("- Cost: £400", Bullet(label="Cost", text="£400")),
        ("- No colon at all", Bullet(text="No colon at all")),
        ("- See https://example.org/map", Bullet(text="See https://example.org/map")),
        ("- Time:10am", Bullet(text="Time:10am")),
        (
            "- **Bold**: kept as written",
            Bullet(label="**Bold**", text="kept as written"),
        ),
        ("- **Bold:** no label", Bullet(text="**Bold:** no label")),
        ("-   Extra spaces: trimmed  ", Bullet(label="Extra spaces", text="trimmed")),
    ],
)
def test_bullet_labels(line, bullet):
    doc = parse_plaintext(f"Title\nHeading\n{line}")
    assert doc.sections[0].bullets == [bullet]


def test_eight_word_label_limit():
    eight = "One two three four five six seven eight"
    doc = parse_plaintext(f"T\nH\n- {eight}: x\n- {eight} nine: x")
    assert doc.sections[0].bullets == [
        Bullet(label=eight, text="x"),
        Bullet(text=f"{eight} nine: x"),
    ]


def test_text_after_last_heading_without_faq_stays_in_that_section():
    doc = parse_plaintext("Title\nHeading\nOne.\nTwo.")
    assert doc.closing == ""
    assert doc.sections == [Section(heading="Heading", body="One.\n\nTwo.")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", None, "The text is empty: the first line must be the article's title"),
        (" \n\n\t \n", None, "The text is empty"),
        ("Title\nFAQ\nQ: Why?\nNot an answer.", 3, "'Q:' has no answer"),
        ("Title\nFAQ\n\nQ: Why?\n\n", 4, "the next line must start with 'A:'"),
        ("Title\nFAQ\nA: Because.", 3, "'A:' has no question"),
        ("Title\nFAQ\nQ: a?\nA: b.\nA: c.", 5, "'A:' has no question"),
        ("Title\nRoutes\nQ: Why?\nA: Because.", 3, "'Q:' lines belong in the FAQ"),
        ("Title\nLead.\nA: Because.", 3, "'A:' lines belong in the FAQ"),
        ("Title\n\nLead.\n\n- A bullet", 5, "must come after a section heading"),
        ("Title\n- A bullet", 2, "must come after a section heading"),
        ("Title\nH\n- a\nMore.\n- b", 5, "a section can hold one bullet list"),
        ("Title\nH\n-", 3, "the bullet is empty"),
        ("Title\nFAQ\nQ:\nA: x.", 3, "the question is empty"),
        ("Title\nFAQ\nQ: Why?\nA:", 4, "the answer is empty"),
        ("Title\nFAQ\nQ: a?\nA: b.\nBye.\nQ: c?\nA: d.", 6, "questions must come"),
        ("Title\nFAQ\nJust text.", 2, "'FAQ' starts the questions"),
        ("Title\nLead.\nFAQs", 3, "'FAQs' starts the questions"),
    ],
)
def test_plaintext_errors(text, line, message):
    with pytest.raises(FormatError) as caught:
        parse_plaintext(text)
    assert caught.value.line == line
    assert message in caught.value.message


def test_plaintext_error_message_names_the_line():
    with pytest.raises(FormatError) as caught:
        parse_plaintext("Title\nFAQ\nQ: Why?\n\nNo answer here.")
    assert str(caught.value) == (
        "Line 3: 'Q:' has no answer: the next line must start with 'A:'"
    )


# Plain text: writing


def test_write_plaintext():
    assert write_plaintext(CYCLING) == (
        "Ten Kilometres of New Bike Lanes: What Changes on Your Street\n\n"
        "By next spring the city will have added ten kilometres of protected cycle "
        "lanes, most of them on roads that children use to get to school.\n"
        "The plan, approved by the transport committee on Tuesday, is the largest "
        "change to the city’s streets since the trams returned in 2009 — and it has "
        "not been without argument.\n"
        "Here is what is being built, where, and what it means if you drive, cycle "
        "or walk.\n\n"
        "The Routes Being Built\n"
        "- Riverside Link: a two-way track from the railway station to the "
        "university, opening in March.\n"
        "- Northgate Corridor: lanes on both sides of Northgate Road, replacing one "
        "lane of parking.\n"
        "- School streets around Elm Park, closed to through traffic at drop-off and "
        "pick-up times\n"
        "- The eastern route will follow the old canal towpath for most of its "
        "length: a detour around the marina is still being designed.\n"
        "Work on all three starts in January, weather permitting.\n\n"
        "Step One: Measure\n"
        "Before any paint goes down, council engineers count who uses each street "
        "and when.\n"
        "Note the following:\n"
        "- Counts run for two full weeks\n"
        "- Results are published on the [open data portal](https://example.org/data) "
        "within a month.\n"
        "Residents can ask for a count on their own street by writing to the "
        "transport team.\n"
        "If a count finds fewer than 200 cyclists a day, the council says it will "
        "look at the design again.\n\n"
        "“Who Pays?” — The Budget in Brief\n"
        "The scheme costs £14.2 million, of which **£9 million** comes from a "
        "national active-travel grant.\n"
        "The rest is borrowed against future parking income, a choice the "
        "opposition calls *“a gamble”*.\n\n"
        "Frequently Asked Questions\n\n"
        "Q: Will I still be able to park outside my house?\n"
        "A: On most streets, yes. Northgate Road loses 140 of its 310 spaces; the "
        "council has published a [street-by-street list](https://example.org/parking)."
        "\n\n"
        "Q: When will the work finish?\n"
        "A: All three routes should open by the end of June, though the canal "
        "section may slip to the autumn.\n\n"
        "The transport committee will review the first six months of counts next "
        "December.\n"
        "Questions about a particular street can go to the council’s transport team.\n"
    )
    assert parse_plaintext(write_plaintext(CYCLING)) == CYCLING


def test_write_plaintext_puts_each_paragraph_on_one_line():
    doc = Document(
        title="T",
        lead="Line one\nline two.",
        sections=[Section(heading="H", bullets=[Bullet(text="a\n  b", label="L")])],
        faqs=[FAQEntry(question="Q?", answer="First.\n\nSecond\nthird.")],
    )
    assert write_plaintext(doc) == (
        "T\n\nLine one line two.\n\nH\n- L: a b\n\n"
        "Frequently Asked Questions\n\nQ: Q?\nA: First. Second third.\n"
    )


def test_write_plaintext_without_faq_closing_rejoins_last_section():
    """A known limit: without an FAQ the closing cannot be told apart."""
    doc = Document(title="T", sections=[Section(heading="H", body="Body.")])
    written = write_plaintext(replace(doc, closing="Closing."))
    assert parse_plaintext(written).sections == [
        Section(heading="H", body="Body.\n\nClosing.")
    ]


def test_write_plaintext_uses_a_recognised_faq_heading():
    doc = Document(
        title="T", faq_heading="Your Questions", faqs=[FAQEntry("Why?", "So.")]
    )
    assert parse_plaintext(write_plaintext(doc)).faq_heading == DEFAULT_FAQ_HEADING


# decode() and parse()


def test_decode_accepts_bom_and_any_line_ending():
    assert decode(b"\xef\xbb\xbfA\r\nB\rC\nD") == "A\nB\nC\nD"


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00", 1, "binary data"),
        (b"Title\nLead.\n\x00\x01", 3, "binary data"),
        (b"Title\nCaf\xe9 au lait.", 2, "byte 0xE9 at offset 9"),
        (b"\xef\xbb\xbfTitle\n\nCaf\xe9", 3, "byte 0xE9 at offset 13"),
        (b"\xff\xfeT\x00i\x00", None, "UTF-16"),
        (b"a" * (MAX_BYTES + 1), None, "The file is larger than 1 MB"),
    ],
)
def test_decode_errors(data, line, message):
    with pytest.raises(FormatError) as caught:
        decode(data)
    assert caught.value.line == line
    assert message in caught.value.message


def test_decode_accepts_exactly_1_mb():
    assert len(decode(b"a" * MAX_BYTES)) == MAX_BYTES


@pytest.mark.parametrize(
    ("filename", "expected_title"),
    [
        ("article.md", "From Markdown"),
        ("ARTICLE.MARKDOWN", "From Markdown"),
        ("article.txt", "# From Markdown"),
        (None, "From Markdown"),  # no extension: a "# " heading means Markdown
        ("article", "From Markdown"),
    ],
)
def test_parse_chooses_format_by_extension(filename, expected_title):
    assert parse("# From Markdown\n", filename).title == expected_title


def test_parse_chooses_format_by_content():
    assert parse('---\ntitle: "Front matter"\n---\n').title == "Front matter"
    assert parse('\ufeff---\r\ntitle: "BOM"\r\n---\r\n', "upload").title == "BOM"
    assert parse("Plain title\nLead.").lead == "Lead."


# Markdown: the canonical form


def test_markdown_fixture_is_read_exactly_and_written_back_byte_for_byte():
    text = read_fixture("cycling-network.md")
    assert parse_markdown(text) == replace(CYCLING, **CYCLING_METADATA)
    assert write_markdown(parse_markdown(text)) == text


def test_markdown_after_list_marker_custom_faq_heading_and_continued_bullet():
    text = read_fixture("home-batteries.md")
    assert parse_markdown(text) == Document(
        title="Home Batteries: Worth It Yet?",
        slug="home-batteries",
        status="published",
        publish_at=datetime(2026, 10, 5, 17, 0, tzinfo=UTC),
        sections=[
            Section(
                heading="How a Home Battery Works",
                body="A battery stores electricity when it is cheap or when your "
                "panels make more than you use.",
                body_after_list="It then runs the house in the evening, when "
                "prices peak.",
            ),
            Section(
                heading="What to Compare",
                bullets=[
                    Bullet(
                        label="Capacity",
                        text="how many kilowatt-hours it holds; 5 kWh covers a "
                        "typical evening.",
                    ),
                    Bullet(
                        label="Warranty",
                        text="ten years is normal,\nbut read the small print on "
                        "cycles.",
                    ),
                ],
            ),
        ],
        faq_heading="Your Questions Answered",
        faqs=[
            FAQEntry(
                question="Can a battery keep the lights on in a power cut?",
                answer="Only if it has a backup circuit, which costs extra.\n\n"
                "Ask the installer before you buy.",
            )
        ],
    )
    assert write_markdown(parse_markdown(text)) == text


def test_write_markdown_minimal_document():
    assert write_markdown(Document(title="Just a Title")) == (
        '---\ntitle: "Just a Title"\nslug: ""\nstandfirst: ""\nstatus: draft\n'
        "publish_at: null\n---\n"
    )
    assert parse_markdown(write_markdown(Document(title="Just a Title"))) == (
        Document(title="Just a Title")
    )


def test_faq_heading_without_questions_is_kept_in_front_matter():
    doc = Document(title="T", faq_heading="Ask Us")
    written = write_markdown(doc)
    assert 'faq_heading: "Ask Us"\n---\n' in written
    assert parse_markdown(written) == doc


def test_closing_without_faq_or_sections():
    doc = Document(title="T", lead="Lead.", closing="Closing.")
    written = write_markdown(doc)
    assert written.endswith("\nLead.\n\n<!-- closing -->\n\nClosing.\n")
    assert parse_markdown(written) == doc


def test_front_matter_accepts_yaml_timestamps_and_matching_faq_heading():
    text = (
        "---\ntitle: Plain YAML title\nstatus: 'published'\n"
        "publish_at: 2026-11-28T09:00:00Z\nfaq_heading: FAQ\n---\n\n"
        "<!-- faq -->\n## FAQ\n\n### Why?\n\nBecause.\n"
    )
    doc = parse_markdown(text)
    assert (doc.title, doc.status, doc.faq_heading) == (
        "Plain YAML title",
        "published",
        "FAQ",
    )
    assert doc.publish_at == datetime(2026, 11, 28, 9, tzinfo=UTC)
    assert doc.publish_at.utcoffset() == timedelta(0)


# Markdown: hand-written files


def test_hand_written_markdown_is_read_leniently():
    assert parse_markdown(read_fixture("heat-pumps-hand-written.md")) == Document(
        title="Is a Heat Pump Right for Your Home?",
        lead=(
            "Heat pumps are now cheaper to run than gas boilers in most "
            "well-insulated homes, but *not* in every one.\n\n"
            "This guide, written with the [regional energy agency]"
            "(https://example.org/agency), walks through the questions to ask first."
        ),
        sections=[
            Section(
                heading="Check Your Insulation",
                bullets=[
                    Bullet(label="Loft", text="at least 270 mm of insulation."),
                    Bullet(
                        label="Walls", text="cavity walls filled, or solid walls lined."
                    ),
                    Bullet(
                        label="Windows",
                        text="double glazing in the rooms you heat most",
                    ),
                    Bullet(
                        text="A heat pump runs at lower temperatures than a boiler, "
                        "so every draughty room costs more: fix those first."
                    ),
                ],
                body_after_list="An installer will measure heat loss room by room "
                "before quoting.",
            )
        ],
        faq_heading="FAQ",
        faqs=[
            FAQEntry(
                question="How loud is a heat pump?",
                answer="About as loud as a fridge at one metre; most councils set a "
                "limit at the neighbour’s window.",
            ),
            FAQEntry(
                question="Will my radiators need replacing?",
                answer="Some will. Larger radiators give the same warmth at a lower "
                "water temperature.",
            ),
        ],
        closing="Prices in this guide were checked in October.",
    )


def test_plain_colon_labels_only_without_front_matter():
    body = "## H\n\n- Cost: £400\n"
    assert parse_markdown(f"# T\n\n{body}").sections[0].bullets == [
        Bullet(label="Cost", text="£400")
    ]
    canonical = f'---\ntitle: "T"\n---\n\n{body}'
    assert parse_markdown(canonical).sections[0].bullets == [Bullet("Cost: £400")]


def test_section_named_faq_without_questions_stays_a_section():
    doc = Document(title="T", sections=[Section(heading="FAQ", body="Not a question.")])
    assert parse_markdown(write_markdown(doc)) == doc


def test_demo_article_style_with_repeated_faq_heading():
    text = (
        '---\ntitle: "T"\nstatus: "draft"\nfaq_heading: "Frequently Asked Questions"'
        "\n---\n\n<!-- faq -->\n## Frequently Asked Questions\n\n### Q?\n\nA.\n"
    )
    assert parse_markdown(text).faqs == [FAQEntry("Q?", "A.")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", None, "The text is empty"),
        ("\n  \n", None, "The text is empty"),
        ("Just a line\n", 1, "needs front matter ('---') or a first line '# Title'"),
        ("\n\nNo title\n", 3, "a first line '# Title'"),
        ("# \n", 1, "the title is empty"),
        ('---\ntitle: "T"\n', 1, "no closing '---' line"),
        ('---\nslug: "s"\n---\n', 1, "the front matter has no title"),
        ('---\ntitle: ""\n---\n', 2, "the title is empty"),
        ('---\ntitle: "T"\n---\n# T again\n', 4, "the title is set twice"),
        (
            '---\ntitle: "T"\nauthor: "A"\nlabels: []\n---\n',
            3,
            "keys 'author', 'labels'",
        ),
        ('---\ntitle: "T"\ntitle: "U"\n---\n', 3, "'title' is set twice"),
        ("---\ntitle: 2026\n---\n", 2, "'title' must be text"),
        ('---\ntitle: "T\n---\n', 2, "the front matter cannot be read"),
        ("---\n- a list\n---\n", 2, "must be 'key: value' lines"),
        ('---\ntitle: "T"\nstatus: live\n---\n', 3, "'status' must be one of draft"),
        ('---\ntitle: "T"\npublish_at: "soon"\n---\n', 3, "is not a date and time"),
        ('---\ntitle: "T"\npublish_at: 2026-11-28\n---\n', 3, "needs a date, a time"),
        (
            '---\ntitle: "T"\npublish_at: "2026-11-28T09:00:00"\n---\n',
            3,
            "and a timezone",
        ),
        ('---\ntitle: "T"\n---\n\n<!-- faq -->\n\nText\n', 5, "must be followed by"),
        ('---\ntitle: "T"\n---\n\n<!-- faq -->\n', 5, "must be followed by"),
        ('---\ntitle: "T"\n---\n<!-- faq -->\n## FAQ\nText\n', 6, "each question"),
        ('---\ntitle: "T"\n---\n<!-- faq -->\n## FAQ\n', 5, "the FAQ has no questions"),
        ('---\ntitle: "T"\n---\n<!-- faq -->\n## F\n### Q?\n', 6, "has no answer"),
        ('---\ntitle: "T"\n---\n<!-- faq -->\n## F\n###\nA.\n', 6, "question is empty"),
        ("# T\n## FAQ\n### Q?\nA.\n## More\n", 5, "comes after the FAQ"),
        ("# T\n## FAQ\n### Q?\nA.\n<!-- faq -->\n", 5, "already has an FAQ"),
        ("# T\n##\n", 2, "the heading is empty"),
        ("# T\n## H\n- a\n\nText.\n\n- b\n", 7, "one bullet list"),
        ("# T\n## H\n<!-- after-list -->\n- b\n", 4, "one bullet list"),
        ("# T\nLead.\n<!-- after-list -->\n", 3, "belongs in a section"),
        ("# T\n<!-- closing -->\nBye.\n<!-- faq -->\n", 4, "cannot come after"),
        (
            '---\ntitle: "T"\nfaq_heading: "FAQ"\n---\n<!-- faq -->\n## Questions\n'
            "### Q?\nA.\n",
            6,
            "differs from faq_heading 'FAQ'",
        ),
    ],
)
def test_markdown_errors(text, line, message):
    with pytest.raises(FormatError) as caught:
        parse_markdown(text)
    assert caught.value.line == line
    assert message in caught.value.message


def test_markdown_error_message_for_unknown_key():
    with pytest.raises(FormatError) as caught:
        parse_markdown('---\ntitle: "T"\nauthor: "Ana"\n---\n')
    assert str(caught.value) == (
        "Line 3: unknown front matter key 'author': the keys are title, slug, "
        "standfirst, status, publish_at, unpublish_at, authors, topic, tags, "
        "lead_image, seo_title, meta_description, social_image and faq_heading"
    )


# Property-based round trips

FAQ_NAMES = ("frequently asked questions", "faq", "faqs")
SENTENCE_ENDINGS = (".", "!", "?", ":", ";", "…")
CLOSERS = "\"'”’»)]}"

characters = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs"), blacklist_characters="\ufeff"
)
words = st.one_of(
    st.text(characters, min_size=1, max_size=8),
    st.sampled_from(
        [
            "**bold**",
            "*italic*",
            "[a link](https://example.org/a?b=c)",
            "“quoted”",
            "—",
            "it’s",
            "café",
            "naïve",
            "50%",
            "£9",
            "日本語",
        ]
    ),
)


def texts(min_words=1, max_words=12):
    return st.lists(words, min_size=min_words, max_size=max_words).map(" ".join)


def starts_like_markdown_structure(text):
    return text.startswith(
        ("-", "#", "<!--", ">", "* ", "+ ", "Q:", "A:", "**Q:", "**A:")
    ) or bool(re.match(r"\d+[.)]", text))


markdown_paragraphs = texts().filter(
    lambda text: not starts_like_markdown_structure(text)
)


def prose(paragraphs, min_size=0, max_size=3):
    return st.lists(paragraphs, min_size=min_size, max_size=max_size).map("\n\n".join)


one_line = texts(max_words=8)
markdown_bullets = st.one_of(
    st.builds(
        Bullet,
        text=st.lists(texts(), min_size=1, max_size=2).map("\n".join),
        label=texts(max_words=4).filter(lambda label: "*" not in label),
    ),
    st.builds(
        Bullet,
        text=st.lists(texts(), min_size=1, max_size=2)
        .map("\n".join)
        .filter(lambda text: not text.startswith("**")),
    ),
)
markdown_sections = st.builds(
    Section,
    heading=one_line,
    body=prose(markdown_paragraphs),
    bullets=st.lists(markdown_bullets, max_size=4),
    body_after_list=prose(markdown_paragraphs),
)
timezones = st.integers(-23 * 60, 23 * 60).map(lambda m: timezone(timedelta(minutes=m)))
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)

markdown_documents = st.builds(
    Document,
    title=one_line,
    slug=any_text,
    standfirst=any_text,
    lead=prose(markdown_paragraphs),
    sections=st.lists(markdown_sections, max_size=4),
    faq_heading=one_line,
    faqs=st.lists(
        st.builds(FAQEntry, question=one_line, answer=prose(markdown_paragraphs, 1)),
        max_size=3,
    ),
    closing=prose(markdown_paragraphs),
    status=st.sampled_from(["draft", "review", "published", "unpublished"]),
    publish_at=st.none()
    | st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=timezones,
    ),
)


@settings(max_examples=200, deadline=None)
@given(markdown_documents)
def test_markdown_round_trip(doc):
    written = write_markdown(doc)
    parsed = parse_markdown(written)
    assert parsed == doc
    assert write_markdown(parsed) == written


def looks_like_heading(line):
    return len(line.split()) <= 15 and not line.rstrip(CLOSERS).endswith(
        SENTENCE_ENDINGS
    )


def starts_like_plaintext_structure(line):
    return line == "-" or line.startswith(("- ", "Q:", "A:"))


# Plain-text documents are also written as Markdown, so keep to both formats.
plain_lines = texts().filter(lambda line: not starts_like_markdown_structure(line))
plain_paragraphs = st.builds(
    lambda text, ending, closer: text + ending + closer,
    plain_lines,
    st.sampled_from(SENTENCE_ENDINGS),
    st.sampled_from(["", *CLOSERS]),
)
plain_headings = texts(max_words=15).filter(
    lambda line: (
        looks_like_heading(line)
        and not starts_like_plaintext_structure(line)
        and line.casefold() not in FAQ_NAMES
    )
)
label_characters = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs"), blacklist_characters="\ufeff*:"
)
labels = st.lists(
    st.text(label_characters, min_size=1, max_size=8), min_size=1, max_size=8
).map(" ".join)
plain_bullets = st.one_of(
    st.builds(Bullet, text=texts(), label=labels),
    st.builds(Bullet, text=texts()).filter(
        lambda bullet: (
            (": " not in bullet.text or len(bullet.text.split(": ")[0].split()) > 8)
            and not bullet.text.startswith("**")
        )
    ),
)


@st.composite
def plain_sections(draw):
    bullets = draw(st.lists(plain_bullets, max_size=4))
    return Section(
        heading=draw(plain_headings),
        body=draw(prose(plain_paragraphs)),
        bullets=bullets,
        # Without a list every paragraph of a section is read as its body.
        body_after_list=draw(prose(plain_paragraphs)) if bullets else "",
    )


@st.composite
def plain_documents(draw):
    faqs = draw(
        st.lists(st.builds(FAQEntry, question=one_line, answer=plain_lines), max_size=3)
    )
    name = draw(st.sampled_from(["Frequently Asked Questions", "FAQ", "FAQs"]))
    faq_heading = draw(st.sampled_from([name, name.lower(), name.upper()]))
    return Document(
        title=draw(texts()),
        lead=draw(prose(plain_paragraphs)),
        sections=draw(st.lists(plain_sections(), max_size=4)),
        faq_heading=faq_heading if faqs else DEFAULT_FAQ_HEADING,
        faqs=faqs,
        closing=draw(prose(plain_lines)) if faqs else "",
    )


@settings(max_examples=200, deadline=None)
@given(plain_documents())
def test_plaintext_round_trip(doc):
    assert parse_plaintext(write_plaintext(doc)) == doc


@settings(max_examples=100, deadline=None)
@given(plain_documents())
def test_plaintext_documents_survive_markdown(doc):
    assert parse_markdown(write_markdown(doc)) == doc


structural_lines = st.sampled_from(
    [
        "---",
        'title: "T',
        "status: live",
        "# T",
        "## H",
        "## FAQ",
        "##",
        "### Q?",
        "Q: q",
        "**A:** a",
        "A:",
        "- x",
        "-",
        "- **L:** t",
        "  more",
        "<!-- faq -->",
        "<!-- closing -->",
        "<!-- after-list -->",
        "Heading",
        "Text.",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(structural_lines | texts(), max_size=20).map("\n".join))
def test_parsers_fail_only_with_format_error(text):
    for parse_text in (parse_plaintext, parse_markdown):
        try:
            parse_text(text)
        except FormatError as error:
            assert error.line is None or error.line >= 1
