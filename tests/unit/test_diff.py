"""The structural diff of two article revisions: pure Python, no Django."""

import copy
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.formats.diff import Change, diff_documents
from articles.formats.document import Bullet, Document, FAQEntry, Section
from articles.formats.summary import summarise
from articles.formats.words import Piece, word_diff
from tests.paths import PROJECT


def old_text(pieces):
    return "".join(p.text for p in pieces if p.op in ("equal", "delete"))


def new_text(pieces):
    return "".join(p.text for p in pieces if p.op in ("equal", "insert"))


def section(heading, body="", bullets=(), after=""):
    return Section(heading, body, list(bullets), after)


FARES = section(
    "Fares and Passes",
    "Prices change on 1 March.",
    [
        Bullet("£4.50, valid until the last bus.", "Day pass"),
        Bullet("£3, from 7pm.", "Night pass"),
        Bullet("Children under five travel free."),
    ],
    "Passes are sold on board.",
)
ROUTES = section("New Routes", "Three routes are added.")
TIMETABLE = section("Timetable", "Buses run every ten minutes at peak times.")
ACCESS = section("Accessibility", "Every bus has a ramp and a wheelchair space.")

ARTICLE = Document(
    title="Bus Fares Rise in March",
    slug="bus-fares-rise",
    standfirst="The first rise in four years.",
    lead="The council has approved new fares.\n\nHere is what changes.",
    sections=[FARES, ROUTES, TIMETABLE, ACCESS],
    faqs=[
        FAQEntry("Can I bring a bike?", "Only folding bikes, outside peak hours."),
        FAQEntry("Do old tickets still work?", "Yes, until the end of April."),
        FAQEntry("Where can I buy a pass?", "On board or in the app."),
    ],
    closing="Tell us what you think.",
    status="draft",
    publish_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
)


def revise(**changes):
    return replace(copy.deepcopy(ARTICLE), **changes)


def with_sections(*sections):
    return revise(sections=[copy.deepcopy(s) for s in sections])


def only(changes, **attributes):
    """The one change with these attributes."""
    found = [
        c
        for c in changes
        if all(getattr(c, name) == value for name, value in attributes.items())
    ]
    assert len(found) == 1, changes
    return found[0]


# Word diff ------------------------------------------------------------------


def test_word_diff_of_equal_text_is_one_equal_piece():
    assert word_diff("same words", "same words") == [Piece("equal", "same words")]
    assert word_diff("", "") == []


def test_word_diff_marks_changed_words_and_keeps_the_rest():
    pieces = word_diff("The quick brown fox", "The slow brown dog jumps")
    assert pieces == [
        Piece("equal", "The "),
        Piece("delete", "quick"),
        Piece("insert", "slow"),
        Piece("equal", " brown "),
        Piece("delete", "fox"),
        Piece("insert", "dog jumps"),
    ]


def test_word_diff_folds_single_spaces_between_changes_into_the_change():
    assert word_diff("a b c d", "a x y d") == [
        Piece("equal", "a "),
        Piece("delete", "b c"),
        Piece("insert", "x y"),
        Piece("equal", " d"),
    ]


def test_word_diff_shows_whitespace_changes():
    pieces = word_diff("One paragraph.\nSame.", "One paragraph.\n\nSame.")
    assert old_text(pieces) == "One paragraph.\nSame."
    assert new_text(pieces) == "One paragraph.\n\nSame."
    assert any(p.op != "equal" for p in pieces)


def test_word_diff_never_has_two_neighbouring_pieces_with_the_same_op():
    pieces = word_diff("a b c d e f g", "a B C d E f G h")
    assert all(a.op != b.op for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(p.text for p in pieces)


# Whole documents ------------------------------------------------------------


def test_equal_documents_have_no_changes():
    assert diff_documents(ARTICLE, copy.deepcopy(ARTICLE)) == []
    assert diff_documents(Document(title=""), Document(title="")) == []


def test_title_change_is_a_word_diff():
    new = revise(title="Bus Fares Rise Again in April")
    [change] = diff_documents(ARTICLE, new)
    assert (change.kind, change.where, change.detail) == ("changed", "Title", "")
    assert old_text(change.words) == ARTICLE.title
    assert new_text(change.words) == new.title
    assert Piece("equal", "Bus Fares Rise ") in change.words
    assert Piece("delete", "March") in change.words


def test_metadata_changes():
    new = revise(
        slug="fares",
        standfirst="",
        status="published",
        publish_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    )
    changes = diff_documents(ARTICLE, new)
    assert [(c.kind, c.where) for c in changes] == [
        ("changed", "Slug"),
        ("removed", "Standfirst"),
        ("changed", "Status"),
        ("changed", "Publish at"),
    ]
    assert changes[1].words == [Piece("delete", ARTICLE.standfirst)]
    assert changes[2].words == [Piece("delete", "draft"), Piece("insert", "published")]
    assert old_text(changes[3].words) == "2026-03-01T09:00:00+00:00"
    assert new_text(changes[3].words) == "2026-03-02T09:00:00+00:00"


def test_publish_at_set_and_cleared():
    unset = revise(publish_at=None)
    [change] = diff_documents(unset, ARTICLE)
    assert (change.kind, change.where) == ("added", "Publish at")
    assert change.words == [Piece("insert", "2026-03-01T09:00:00+00:00")]
    [change] = diff_documents(ARTICLE, unset)
    assert (change.kind, change.where) == ("removed", "Publish at")


@pytest.mark.parametrize(("field", "where"), [("lead", "Lead"), ("closing", "Closing")])
def test_lead_and_closing_added_removed_and_changed(field, where):
    text = getattr(ARTICLE, field)
    empty = revise(**{field: ""})
    assert diff_documents(empty, ARTICLE) == [
        Change("added", where, [Piece("insert", text)])
    ]
    assert diff_documents(ARTICLE, empty) == [
        Change("removed", where, [Piece("delete", text)])
    ]
    edited = revise(**{field: text + "\n\nOne more paragraph."})
    [change] = diff_documents(ARTICLE, edited)
    assert (change.kind, change.where) == ("changed", where)
    assert change.words[-1] == Piece("insert", "\n\nOne more paragraph.")


def test_changes_come_in_reading_order():
    new = Document(
        title="New title",
        slug="new-slug",
        standfirst="New standfirst.",
        lead="New lead.",
        sections=[
            replace(FARES, body="Prices change on 2 March."),
            ROUTES,
            TIMETABLE,
            replace(ACCESS, body="Every bus has a ramp."),
        ],
        faq_heading="Questions",
        faqs=[*ARTICLE.faqs[:2], FAQEntry("Where can I buy a pass?", "In the app.")],
        closing="Write to us.",
        status="review",
        publish_at=None,
    )
    assert [c.where for c in diff_documents(ARTICLE, new)] == [
        "Title",
        "Slug",
        "Standfirst",
        "Status",
        "Publish at",
        "Lead",
        "Section “Fares and Passes”, paragraphs before the list",
        "Section “Accessibility”, paragraphs before the list",
        "FAQ heading",
        "FAQ “Where can I buy a pass?”, answer",
        "Closing",
    ]


# Sections -------------------------------------------------------------------


def test_section_added():
    extra = section("Night Buses", "Two night routes.", [Bullet("N1 to the airport")])
    new = with_sections(FARES, ROUTES, extra, TIMETABLE, ACCESS)
    [change] = diff_documents(ARTICLE, new)
    assert (change.kind, change.where) == ("added", "Section “Night Buses”")
    assert change.words == [Piece("insert", "Two night routes.\n\n- N1 to the airport")]


def test_section_removed_is_listed_where_it_was():
    new = with_sections(
        replace(FARES, heading="Fares"), TIMETABLE, replace(ACCESS, body="Ramps.")
    )
    changes = diff_documents(ARTICLE, new)
    assert [(c.kind, c.where) for c in changes] == [
        ("changed", "Section “Fares”, heading"),
        ("removed", "Section “New Routes”"),
        ("changed", "Section “Accessibility”, paragraphs before the list"),
    ]
    assert changes[1].words == [Piece("delete", "Three routes are added.")]


def test_first_section_removed_comes_first():
    new = with_sections(ROUTES, TIMETABLE, ACCESS)
    assert [(c.kind, c.where) for c in diff_documents(ARTICLE, new)] == [
        ("removed", "Section “Fares and Passes”")
    ]


def test_moving_one_of_four_sections_is_one_move():
    new = with_sections(TIMETABLE, FARES, ROUTES, ACCESS)
    assert diff_documents(ARTICLE, new) == [
        Change("moved", "Section “Timetable”", detail="moved from position 3 to 1")
    ]
    new = with_sections(ROUTES, TIMETABLE, ACCESS, FARES)
    assert diff_documents(ARTICLE, new) == [
        Change(
            "moved", "Section “Fares and Passes”", detail="moved from position 1 to 4"
        )
    ]


@pytest.mark.parametrize("source", range(4))
@pytest.mark.parametrize("target", range(4))
def test_every_single_move_is_exactly_one_move(source, target):
    order = list(ARTICLE.sections)
    order.insert(target, order.pop(source))
    changes = diff_documents(ARTICLE, with_sections(*order))
    if source == target:
        assert changes == []
        return
    [change] = changes
    assert change.kind == "moved"
    if abs(source - target) > 1:  # a swap of neighbours could be either one
        heading = ARTICLE.sections[source].heading
        assert change.where == f"Section “{heading}”"
        assert change.detail == f"moved from position {source + 1} to {target + 1}"


def test_section_moved_and_edited_gives_both():
    new = with_sections(replace(ACCESS, body="Ramps."), FARES, ROUTES, TIMETABLE)
    assert [(c.kind, c.where) for c in diff_documents(ARTICLE, new)] == [
        ("moved", "Section “Accessibility”"),
        ("changed", "Section “Accessibility”, paragraphs before the list"),
    ]


def test_renamed_section_with_the_same_content_is_matched():
    renamed = replace(TIMETABLE, heading="When the Buses Run")
    [change] = diff_documents(ARTICLE, with_sections(FARES, ROUTES, renamed, ACCESS))
    assert (change.kind, change.where) == (
        "changed",
        "Section “When the Buses Run”, heading",
    )
    assert old_text(change.words) == "Timetable"
    assert new_text(change.words) == "When the Buses Run"


def test_renamed_and_moved_section_is_still_matched():
    renamed = replace(FARES, heading="Prices")
    changes = diff_documents(ARTICLE, with_sections(ROUTES, TIMETABLE, ACCESS, renamed))
    assert [(c.kind, c.where, c.detail) for c in changes] == [
        ("moved", "Section “Prices”", "moved from position 1 to 4"),
        ("changed", "Section “Prices”, heading", ""),
    ]


def test_heading_case_change_is_matched_by_heading():
    recased = replace(ROUTES, heading="New routes", body="Four routes are added.")
    changes = diff_documents(ARTICLE, with_sections(FARES, recased, TIMETABLE, ACCESS))
    assert [(c.kind, c.where) for c in changes] == [
        ("changed", "Section “New routes”, heading"),
        ("changed", "Section “New routes”, paragraphs before the list"),
    ]


def test_different_section_in_place_of_another_is_removed_and_added():
    other = section("Parking", "Car parks close at midnight from next week.")
    changes = diff_documents(ARTICLE, with_sections(FARES, ROUTES, other, ACCESS))
    assert [(c.kind, c.where) for c in changes] == [
        ("removed", "Section “Timetable”"),
        ("added", "Section “Parking”"),
    ]


def test_text_after_the_list_added_and_removed():
    new = with_sections(replace(FARES, body_after_list=""), ROUTES, TIMETABLE, ACCESS)
    [change] = diff_documents(ARTICLE, new)
    assert change.kind == "removed"
    assert change.where == "Section “Fares and Passes”, paragraphs after the list"
    [change] = diff_documents(new, ARTICLE)
    assert change.kind == "added"


def test_section_without_heading_is_named_by_position():
    old = Document(title="T", sections=[section("", "Intro."), section("B", "b")])
    new = Document(title="T", sections=[section("", "Intro, edited."), section("B")])
    assert [c.where for c in diff_documents(old, new)] == [
        "Section 1, paragraphs before the list",
        "Section “B”, paragraphs before the list",
    ]


# Bullets --------------------------------------------------------------------


def bullets_of(*bullets):
    return with_sections(
        replace(FARES, bullets=list(bullets)), ROUTES, TIMETABLE, ACCESS
    )


DAY, NIGHT, CHILDREN = FARES.bullets


def test_bullet_added():
    week = Bullet("£20, seven days.", "Week pass")
    [change] = diff_documents(ARTICLE, bullets_of(DAY, week, NIGHT, CHILDREN))
    assert change == Change(
        "added",
        "Section “Fares and Passes”, bullet “Week pass”",
        [Piece("insert", "£20, seven days.")],
    )


def test_bullet_removed_is_listed_where_it_was():
    changes = diff_documents(
        ARTICLE, bullets_of(replace(DAY, text="£5, valid all day."), CHILDREN)
    )
    assert [(c.kind, c.where) for c in changes] == [
        ("changed", "Section “Fares and Passes”, bullet “Day pass”"),
        ("removed", "Section “Fares and Passes”, bullet “Night pass”"),
    ]


def test_unlabelled_bullet_is_named_by_its_first_words():
    [change] = diff_documents(ARTICLE, bullets_of(DAY, NIGHT))
    assert change.where == (
        "Section “Fares and Passes”, bullet “Children under five travel free.”"
    )
    long = Bullet("Children under five travel free with a paying adult.")
    [change] = diff_documents(ARTICLE, bullets_of(DAY, NIGHT, CHILDREN, long))
    assert change.where == (
        "Section “Fares and Passes”, bullet “Children under five travel free…”"
    )


def test_bullet_moved():
    [change] = diff_documents(ARTICLE, bullets_of(NIGHT, CHILDREN, DAY))
    assert change == Change(
        "moved",
        "Section “Fares and Passes”, bullet “Day pass”",
        detail="moved from position 1 to 3",
    )


def test_bullet_label_changed():
    [change] = diff_documents(
        ARTICLE, bullets_of(DAY, replace(NIGHT, label="Late pass"), CHILDREN)
    )
    assert change.kind == "changed"
    assert change.where == "Section “Fares and Passes”, bullet “Late pass”, label"
    assert change.words == [
        Piece("delete", "Night"),
        Piece("insert", "Late"),
        Piece("equal", " pass"),
    ]


def test_bullet_label_added():
    labelled = replace(CHILDREN, label="Children")
    [change] = diff_documents(ARTICLE, bullets_of(DAY, NIGHT, labelled))
    assert change == Change(
        "added",
        "Section “Fares and Passes”, bullet “Children”, label",
        [Piece("insert", "Children")],
    )


def test_bullet_with_same_label_and_new_text_is_changed_not_replaced():
    rewritten = replace(NIGHT, text="Free after midnight.")
    [change] = diff_documents(ARTICLE, bullets_of(DAY, rewritten, CHILDREN))
    assert (change.kind, change.where) == (
        "changed",
        "Section “Fares and Passes”, bullet “Night pass”",
    )
    assert old_text(change.words) == NIGHT.text
    assert new_text(change.words) == rewritten.text


def test_unlabelled_bullet_edited_is_matched_by_similarity():
    edited = Bullet("Children under six travel free.")
    [change] = diff_documents(ARTICLE, bullets_of(DAY, NIGHT, edited))
    assert change.kind == "changed"
    assert change.words == [
        Piece("equal", "Children under "),
        Piece("delete", "five"),
        Piece("insert", "six"),
        Piece("equal", " travel free."),
    ]


def test_bullet_label_and_text_changed_together():
    both = Bullet("£3.50, from 8pm.", "Evening pass")
    changes = diff_documents(ARTICLE, bullets_of(DAY, both, CHILDREN))
    kinds = sorted((c.kind, c.where) for c in changes)
    assert kinds in (
        # matched by similarity of "label: text"...
        [
            ("changed", "Section “Fares and Passes”, bullet “Evening pass”"),
            ("changed", "Section “Fares and Passes”, bullet “Evening pass”, label"),
        ],
        # ... or too different: the old one removed, the new one added
        [
            ("added", "Section “Fares and Passes”, bullet “Evening pass”"),
            ("removed", "Section “Fares and Passes”, bullet “Night pass”"),
        ],
    )


# FAQ ------------------------------------------------------------------------


BIKE, TICKETS, BUY = ARTICLE.faqs


def test_faq_moved_and_answer_changed():
    edited = replace(BIKE, answer="Only folding bikes, at any time.")
    changes = diff_documents(ARTICLE, revise(faqs=[TICKETS, BUY, edited]))
    assert [(c.kind, c.where, c.detail) for c in changes] == [
        ("moved", "FAQ “Can I bring a bike?”", "moved from position 1 to 3"),
        ("changed", "FAQ “Can I bring a bike?”, answer", ""),
    ]
    assert old_text(changes[1].words) == BIKE.answer
    assert new_text(changes[1].words) == edited.answer


def test_faq_added_and_removed():
    lost = FAQEntry("What if I lose my pass?", "Ask at the travel centre.")
    changes = diff_documents(ARTICLE, revise(faqs=[BIKE, lost, BUY]))
    assert changes == [
        Change(
            "removed",
            "FAQ “Do old tickets still work?”",
            [Piece("delete", "Yes, until the end of April.")],
        ),
        Change(
            "added",
            "FAQ “What if I lose my pass?”",
            [Piece("insert", "Ask at the travel centre.")],
        ),
    ]


def test_faq_question_reworded_is_matched():
    reworded = replace(BIKE, question="Can I bring my bike?")
    [change] = diff_documents(ARTICLE, revise(faqs=[reworded, TICKETS, BUY]))
    assert (change.kind, change.where) == (
        "changed",
        "FAQ “Can I bring my bike?”, question",
    )
    assert change.words == [
        Piece("equal", "Can I bring "),
        Piece("delete", "a"),
        Piece("insert", "my"),
        Piece("equal", " bike?"),
    ]


def test_faq_heading_changed():
    [change] = diff_documents(ARTICLE, revise(faq_heading="Your Questions"))
    assert (change.kind, change.where) == ("changed", "FAQ heading")


# Reordering is never silent ------------------------------------------------


def test_every_reordering_is_reported():
    from itertools import permutations

    for order in permutations(ARTICLE.sections):
        changes = diff_documents(ARTICLE, with_sections(*order))
        assert (changes == []) == (list(order) == ARTICLE.sections)
        assert all(c.kind == "moved" for c in changes)
    for order in permutations(FARES.bullets):
        changes = diff_documents(ARTICLE, bullets_of(*order))
        assert (changes == []) == (list(order) == FARES.bullets)
    for order in permutations(ARTICLE.faqs):
        changes = diff_documents(ARTICLE, revise(faqs=list(order)))
        assert (changes == []) == (list(order) == ARTICLE.faqs)


def test_duplicate_sections_swapped_with_others_are_reported():
    a, b = section("Same", "one"), section("Same", "two")
    old = Document(title="T", sections=[a, b])
    new = Document(title="T", sections=[b, a])
    assert diff_documents(old, new) != []


# Summary --------------------------------------------------------------------


def test_summary_of_no_changes():
    assert summarise([]) == "No changes"


def test_summary_names_the_changes():
    new = revise(
        title="Bus Fares Rise Again",
        sections=[
            copy.deepcopy(TIMETABLE),
            replace(FARES, bullets=[*FARES.bullets, Bullet("£20", "Week pass")]),
            copy.deepcopy(ROUTES),
            copy.deepcopy(ACCESS),
        ],
        faqs=[BIKE, TICKETS, replace(BUY, answer="In the app.")],
    )
    assert summarise(diff_documents(ARTICLE, new)) == (
        "Title changed; section “Timetable” moved; 1 bullet added; FAQ answer changed"
    )


def test_summary_counts_similar_changes():
    new = revise(
        lead="",
        sections=[replace(FARES, heading="Prices", bullets=[DAY]), ROUTES, TIMETABLE],
        faqs=[replace(BIKE, answer="No."), replace(TICKETS, answer="No.")],
    )
    assert summarise(diff_documents(ARTICLE, new)) == (
        "Lead removed; section “Prices” renamed; 2 bullets removed; "
        "section “Accessibility” removed; 2 FAQ answers changed; FAQ entry removed"
    )


def test_summary_stops_after_six_items():
    new = Document(
        title="Other",
        slug="other",
        standfirst="Other.",
        lead="Other.",
        faq_heading="Other",
        closing="Other.",
        status="published",
        publish_at=None,
    )
    summary = summarise(diff_documents(ARTICLE, new))
    assert summary.startswith(
        "Title changed; slug changed; standfirst changed; status changed; "
        "publish date removed; lead changed; and "
    )
    assert summary.endswith(" more changes")
    assert summarise([Change("changed", "Title")] * 7) == "Title changed"
    many = [Change("changed", "Title", part="title")] + [
        Change("added", f"Section “{n}”", part="section") for n in range(7)
    ]
    assert summarise(many).endswith("; and 2 more changes")
    assert summarise(many[:6]).endswith("section “4” added")
    assert summarise(many[:7]).endswith("section “4” added; and 1 more change")


def test_summary_of_section_text_changes():
    new = with_sections(replace(FARES, body="New prices."), ROUTES, TIMETABLE, ACCESS)
    assert summarise(diff_documents(ARTICLE, new)) == (
        "Section “Fares and Passes” text changed"
    )


# Purity ---------------------------------------------------------------------


def test_formats_modules_do_not_import_django():
    """The diff, and every other module of the formats package, is plain Python."""
    modules = sorted(
        f"articles.formats.{path.stem}"
        for path in (PROJECT / "articles" / "formats").glob("*.py")
        if path.stem != "__init__"
    )
    assert {"articles.formats.diff", "articles.formats.matching"} <= set(modules)
    code = f"import sys, {', '.join(modules)}; assert 'django' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT, check=True)


# Properties -----------------------------------------------------------------

# A small vocabulary so that random revisions share words, headings and labels.
words = st.sampled_from(["bus", "Bus", "fare", "pass", "£3", "a", "the", "night"])
spaces = st.sampled_from([" ", " ", " ", "\n", "\n\n", "  ", "\t", "\u00a0"])
texts = st.lists(st.tuples(words, spaces), max_size=6).map(
    lambda pairs: "".join(w + s for w, s in pairs).rstrip(" ")
)
short = st.sampled_from(["", "Fares", "fares", "Night pass", "Routes", "FAQ"])
bullets = st.builds(Bullet, text=texts, label=short)
sections = st.builds(
    Section,
    heading=short,
    body=texts,
    bullets=st.lists(bullets, max_size=4),
    body_after_list=texts,
)
faqs = st.builds(FAQEntry, question=short | texts, answer=texts)
documents = st.builds(
    Document,
    title=texts,
    slug=short,
    standfirst=texts,
    lead=texts,
    sections=st.lists(sections, max_size=4),
    faq_heading=short,
    faqs=st.lists(faqs, max_size=3),
    closing=texts,
    status=st.sampled_from(["draft", "published"]),
    publish_at=st.sampled_from([None, datetime(2026, 3, 1), datetime(2026, 3, 2)]),
)


@st.composite
def revisions(draw, doc):
    """A revision of ``doc``: items reordered, dropped, edited or added."""

    def revise_list(items, make, edit):
        items = [edit(item) if draw(st.booleans()) else item for item in items]
        items = [item for item in items if draw(st.integers(0, 4))]
        items = draw(st.permutations(items))
        for _ in range(draw(st.integers(0, 1))):
            items.insert(draw(st.integers(0, len(items))), draw(make))
        return items

    def edit_bullet(bullet):
        return replace(bullet, text=bullet.text + draw(texts))

    def edit_section(s):
        return replace(
            s,
            body=draw(st.sampled_from([s.body, s.body + " bus", ""])),
            bullets=revise_list(s.bullets, bullets, edit_bullet),
        )

    def edit_faq(faq):
        return replace(faq, answer=draw(st.sampled_from([faq.answer + " a", ""])))

    return replace(
        copy.deepcopy(doc),
        title=draw(st.sampled_from([doc.title, doc.title + " fare"])),
        sections=revise_list(doc.sections, sections, edit_section),
        faqs=revise_list(doc.faqs, faqs, edit_faq),
    )


pairs = st.tuples(documents, documents) | documents.flatmap(
    lambda doc: st.tuples(st.just(doc), revisions(doc))
)


def all_texts(doc):
    """Every text a change can be about."""
    found = {
        doc.title,
        doc.slug,
        doc.standfirst,
        doc.lead,
        doc.faq_heading,
        doc.closing,
        doc.status,
        doc.publish_at.isoformat() if doc.publish_at else "",
    }
    for s in doc.sections:
        found |= {s.heading, s.body, s.body_after_list}
        found |= {b.text for b in s.bullets} | {b.label for b in s.bullets}
    for f in doc.faqs:
        found |= {f.question, f.answer}
    return found


@settings(max_examples=300, deadline=None)
@given(pairs)
def test_word_pieces_rebuild_both_texts(pair):
    old, new = pair
    changes = diff_documents(old, new)
    assert (changes == []) == (old == new)  # nothing is ever silent
    for change in changes:
        assert change.kind in ("added", "removed", "changed", "moved")
        assert all(piece.text for piece in change.words)
        ops = [piece.op for piece in change.words]
        assert all(a != b for a, b in zip(ops, ops[1:], strict=False))
        if change.kind == "changed":
            assert old_text(change.words) in all_texts(old)
            assert new_text(change.words) in all_texts(new)
            assert old_text(change.words) != new_text(change.words)
        elif change.kind == "added":
            assert set(ops) <= {"insert"}
        elif change.kind == "removed":
            assert set(ops) <= {"delete"}
        else:
            assert change.words == []
            assert change.detail.startswith("moved from position ")
    assert summarise(changes)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_a_document_equals_itself(doc):
    assert diff_documents(doc, doc) == []
    assert diff_documents(doc, copy.deepcopy(doc)) == []


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text())
def test_word_diff_rebuilds_any_texts(old, new):
    pieces = word_diff(old, new)
    assert old_text(pieces) == old
    assert new_text(pieces) == new
    assert all(piece.text for piece in pieces)
