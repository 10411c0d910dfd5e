import io
import subprocess
import sys
import zipfile
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_django.asserts import assertContains, assertRedirects

from articles.formats import (
    Bullet,
    Document,
    FAQEntry,
    Section,
    parse_markdown,
    parse_plaintext,
    write_markdown,
)
from articles.models import Article, Author, Tag, Topic
from articles.services import (
    article_create_from_document,
    author_for_user,
    document_from_article,
)
from tests.paths import FIXTURE_FILES, PROJECT

FIXTURES = FIXTURE_FILES / "import"
IMPORT_URL = "/admin/articles/article/import/"
CHANGELIST_URL = "/admin/articles/article/"


def run_import(*args):
    out = io.StringIO()
    call_command("import_article", *map(str, args), stdout=out)
    return out.getvalue()


def export(slug, fmt="md"):
    out = io.StringIO()
    call_command("export_article", slug, f"--format={fmt}", stdout=out)
    return out.getvalue()


def test_import_plain_text_creates_a_structured_draft(db):
    output = run_import(FIXTURES / "allotments.txt")

    assert output == (
        "allotments-the-long-wait-for-a-plot: "
        "2 sections, 5 bullet items, 2 FAQ entries\n"
    )
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.title == "Allotments: The Long Wait for a Plot"
    assert article.lead.count("\n\n") == 1
    first, second = article.sections.all()
    assert first.body.endswith("expect:")
    assert [b.label for b in first.bullets.all()] == ["Residency", "Half plots", ""]
    assert first.bullets.all()[2].text.startswith("Some sites keep")
    assert (
        first.body_after_list == "Ask for the rules in writing before you join a list."
    )
    assert second.body == ""
    assert article.faq_heading == "FAQs"
    assert [f.question for f in article.faqs.all()] == [
        "Can I share a plot?",
        "What happens if I neglect it?",
    ]
    assert article.closing.count("\n\n") == 1
    assert "<em>notice to quit</em>" in article.body_html


def test_import_options_set_status_date_and_owner(db, django_user_model):
    owner = django_user_model.objects.create_user("reporter")
    run_import(
        FIXTURES / "allotments.txt",
        "--status=published",
        "--publish-at=2026-12-03T09:00:00+00:00",
        "--author=reporter",
    )
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.publish_at == datetime(2026, 12, 3, 9, tzinfo=UTC)
    assert article.created_by == owner


def test_import_never_overwrites_an_existing_slug(db, make_article):
    existing = make_article(slug="allotments-the-long-wait-for-a-plot", title="Old")
    output = run_import(FIXTURES / "allotments.txt", FIXTURES / "allotments.txt")
    assert output.splitlines()[0].startswith("allotments-the-long-wait-for-a-plot-2:")
    assert output.splitlines()[1].startswith("allotments-the-long-wait-for-a-plot-3:")
    existing.refresh_from_db()
    assert existing.title == "Old"


def test_new_topics_tags_and_authors_get_free_slugs_within_their_columns(
    db, django_user_model
):
    """One rule for every slug: free as it is, else numbered, never too long."""
    Topic.objects.create(name="Buses and trams", slug="buses-trams")
    Tag.objects.create(name="Night-buses", slug="night-buses")
    Author.objects.create(display_name="Ana Reporter (old)", slug="ana-reporter")
    long_name = "Harbour " * 10  # 79 characters, the most a name holds
    article = article_create_from_document(
        Document(
            title="Night buses",
            lead="A lead.",
            topic="Buses & trams",
            tags=["Night buses", long_name.strip()],
            authors=["Ana Reporter"],
        )
    )
    writer = django_user_model.objects.create_user(
        "ana", first_name="Ana", last_name="Reporter"
    )

    assert article.topic.slug == "buses-trams-2"
    tag_slugs = [tag.slug for tag in article.tags.order_by("pk")]
    assert tag_slugs[0] == "night-buses-2"
    assert len(tag_slugs[1]) <= Tag._meta.get_field("slug").max_length - 6
    assert tag_slugs[1].startswith("harbour-harbour") and tag_slugs[1][-1] != "-"
    assert [author.slug for author in article.authors.all()] == ["ana-reporter-2"]
    assert author_for_user(writer).slug == "ana-reporter-3"


def test_import_reads_standard_input(db, monkeypatch):
    stdin = __import__("io").TextIOWrapper(
        __import__("io").BytesIO(b"Piped In\nA lead.\n")
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run_import("-") == "piped-in: 0 sections, 0 bullet items, 0 FAQ entries\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The text is empty"),
        (b"Title\nFAQ\nQ: Where is the answer?\nA closing line.\n", "Line 3"),
        (b"Title\nFAQ\nA: No question\n", "Line 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary"),
        ("Titre\nCafé\n".encode("latin-1"), "UTF-8"),
        (b"Title\n" + b"x" * 1_000_001, "larger than 1 MB"),
        (b"Title\n" + ("word " * 60).encode() + b"\n", None),
    ],
    ids=["empty", "q-without-a", "a-without-q", "binary", "latin-1", "huge", "good"],
)
def test_bad_input_is_refused_whole(db, tmp_path, content, message):
    """One bad file among good ones: a clear message and nothing created.

    The last case is a good file, so the test shows both files do import.
    """
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    if message is None:
        run_import(FIXTURES / "allotments.txt", bad)
        assert Article.objects.count() == 2
        return
    with pytest.raises(CommandError, match=message):
        run_import(FIXTURES / "allotments.txt", bad)
    assert not Article.objects.exists()


def test_import_refuses_parts_too_long_for_the_database(db, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Title\nLead.\n" + "Heading " * 14 + "x" * 200 + "\n")
    with pytest.raises(CommandError, match=r"Section 1 .*at most 200 characters"):
        run_import(path)
    assert not Article.objects.exists()


def test_failed_import_exits_with_status_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_article", str(empty)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=False,
    )
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert "The text is empty" in result.stderr


def test_export_unknown_slug_fails_clearly(db):
    with pytest.raises(CommandError, match="no article with the slug 'nope'"):
        export("nope")


def test_exported_markdown_imports_into_an_empty_database_exactly(db):
    run_import(FIXTURES / "allotments.txt", "--status=published")
    first = export("allotments-the-long-wait-for-a-plot")
    original = document_from_article(Article.objects.with_content().get())

    Article.objects.all().delete()
    article = article_create_from_document(parse_markdown(first))

    assert document_from_article(Article.objects.with_content().get()) == original
    assert export(article.slug) == first


def test_exported_plain_text_imports_back_to_the_same_structure(db):
    run_import(FIXTURES / "allotments.txt")
    text = export("allotments-the-long-wait-for-a-plot", "txt")
    assert parse_plaintext(text) == parse_plaintext(
        (FIXTURES / "allotments.txt").read_text()
    )


# Property: any article the models can hold survives export, import, export.

line = (
    st.text(
        st.characters(
            codec="utf-8",
            categories=("L", "N", "Zs", "P", "S"),
            exclude_characters="\r\n\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\xa0",
        ),
        min_size=1,
        max_size=60,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(
        lambda text: (
            text and text[0].isalnum() and not text.lower().startswith(("q:", "a:"))
        )
    )
)
paragraphs = st.lists(line, min_size=0, max_size=3).map("\n\n".join)
bullets = st.builds(
    Bullet,
    text=line,
    label=st.one_of(st.just(""), line.map(lambda t: t[:30].strip(" :") or "x")),
)
sections = st.builds(
    Section,
    heading=line,
    body=paragraphs,
    bullets=st.lists(bullets, max_size=4),
    body_after_list=paragraphs,
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.just(UTC),
)
documents = st.builds(
    Document,
    title=line,
    slug=st.from_regex(r"[a-z0-9]{1,20}(-[a-z0-9]{1,10}){0,3}", fullmatch=True),
    standfirst=line | st.just(""),
    lead=paragraphs,
    sections=st.lists(sections, max_size=4),
    faq_heading=st.sampled_from(
        ["Frequently Asked Questions", "FAQ", "Your questions"]
    ),
    faqs=st.lists(st.builds(FAQEntry, question=line, answer=line), max_size=3),
    closing=paragraphs,
    status=st.sampled_from(Article.Status.values),
    publish_at=st.none() | moments,
    unpublish_at=st.none() | moments,
    authors=st.lists(line.map(lambda name: name[:40].strip()), max_size=3, unique=True),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents)
def test_markdown_round_trip_through_the_database_is_exact(db, document):
    Article.objects.all().delete()
    created = article_create_from_document(document)
    exported = write_markdown(
        document_from_article(Article.objects.with_content().get(pk=created.pk))
    )

    Article.objects.all().delete()
    again = article_create_from_document(parse_markdown(exported))
    loaded = Article.objects.with_content().get(pk=again.pk)

    assert write_markdown(document_from_article(loaded)) == exported
    expected = parse_markdown(exported)
    assert document_from_article(loaded) == expected


# The admin's import page and export action.


def test_import_page_previews_then_creates_a_draft(editor_client, editor):
    text = (FIXTURES / "allotments.txt").read_text()

    preview = editor_client.post(IMPORT_URL, {"text": text, "preview": "1"})

    assertContains(preview, "Nothing has been saved yet")
    assertContains(preview, "2 sections, 5 bullet items, 2 FAQ entries")
    assertContains(preview, "How the Lists Work")
    assertContains(preview, "3 bullet items")
    assert not Article.objects.exists()

    created = editor_client.post(IMPORT_URL, {"text": text, "confirm": "1"})

    article = Article.objects.get()
    assertRedirects(created, f"/admin/articles/article/{article.pk}/change/")
    assert article.status == Article.Status.DRAFT
    assert article.created_by == editor
    assert article.sections.count() == 2


def test_import_page_accepts_an_uploaded_markdown_file(editor_client, tmp_path):
    document = Document(title="Uploaded", slug="uploaded", lead="Lead.")
    upload = tmp_path / "uploaded.md"
    upload.write_text(write_markdown(document))
    with upload.open("rb") as file:
        preview = editor_client.post(IMPORT_URL, {"file": file, "preview": "1"})
    assertContains(preview, "/articles/uploaded/")
    assertContains(preview, 'name="filename" value="uploaded.md"', html=False)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "Paste the article’s text or choose a file."),
        ({"text": "Title\nQ: Orphan?\n"}, "Line 2"),
        ({"text": "Title\n" + "x" * 1_000_001}, "larger than 1 MB"),
    ],
)
def test_import_page_shows_errors_and_keeps_the_text(editor_client, data, message):
    response = editor_client.post(IMPORT_URL, data | {"preview": "1"})
    assert response.status_code == 200
    assertContains(response, "errornote")
    assertContains(response, message.replace("’", "&#x27;").replace("'", "&#x27;"))
    if data["text"] and len(data["text"]) < 1000:
        assertContains(response, "Q: Orphan?")
    assert not Article.objects.exists()


def test_import_page_needs_the_add_permission(client, django_user_model):
    staff = django_user_model.objects.create_user("intern", is_staff=True)
    client.force_login(staff)
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"text": "T\n", "confirm": "1"}).status_code == 403
    assert not Article.objects.exists()


def test_changelist_links_to_the_import_page(editor_client):
    assertContains(editor_client.get(CHANGELIST_URL), IMPORT_URL)


def test_export_action_downloads_markdown(editor_client, make_full_article):
    article = make_full_article(title="Exported", slug="exported")
    response = editor_client.post(
        CHANGELIST_URL, {"action": "export_markdown", "_selected_action": [article.pk]}
    )
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert 'filename="exported.md"' in response["Content-Disposition"]
    text = response.content.decode()
    assert text == write_markdown(
        document_from_article(Article.objects.with_content().get())
    )
    assert parse_markdown(text).sections[0].bullets[0].label == "Label 1"


def test_export_action_zips_several_articles(editor_client, make_full_article):
    ids = [make_full_article(slug=f"piece-{n}").pk for n in range(3)]
    response = editor_client.post(
        CHANGELIST_URL, {"action": "export_markdown", "_selected_action": ids}
    )
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert sorted(names) == ["piece-0.md", "piece-1.md", "piece-2.md"]
