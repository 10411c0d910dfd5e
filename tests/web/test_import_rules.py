"""Issue 13, the editors' side: what an import may create, who signs it, which
format it is read in, the junk it refuses, and images from other sites, which
no write path accepts (readers' browsers would block them)."""

import copy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from articles.models import FAQ, Article, Author, Bullet, Section, Tag, Topic
from tests.html_checks import form_data
from tests.signin import client_for

IMPORT_URL = "/admin/articles/article/import/"
EXTERNAL_IMAGE = "![x](https://evil.example/p.png)"
LIBRARY_MESSAGE = "Images must come from the media library"

LABELLED = (
    "---\n"
    'title: "Heat in the City"\n'
    'topic: "Climate"\n'
    'tags: ["Heat", "Trees"]\n'
    'authors: ["Ana Reporter"]\n'
    "---\n"
    "Cities are getting hotter.\n"
)


def crlf(text):
    """As a browser posts a textarea."""
    return text.replace("\n", "\r\n")


def paste(client, text):
    """Paste ``text`` into the import page's form and ask for the structure."""
    data = form_data(client.get(IMPORT_URL).content.decode(), "import_form")
    return client.post(IMPORT_URL, data | {"text": crlf(text), "preview": "1"})


def upload(client, name, content):
    data = form_data(client.get(IMPORT_URL).content.decode(), "import_form")
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(IMPORT_URL, data | {"file": file, "preview": "1"})


def confirm(client, preview):
    """Press "Create draft" on the confirmation step."""
    assertContains(preview, "Nothing has been saved yet")
    data = form_data(preview.content.decode(), "import_confirm_form")
    return client.post(IMPORT_URL, data | {"confirm": "Create draft"})


def nothing_created():
    return not any(
        model.objects.exists()
        for model in (Article, Section, Bullet, FAQ, Topic, Tag, Author)
    )


# 1. New topics, tags and authors need the permission to add them.


def test_writer_cannot_create_labels_and_is_told_which(writer):
    client = client_for(writer)

    response = paste(client, LABELLED)

    assert response.status_code == 200
    assertContains(response, "errornote", count=1)
    assertContains(
        response, "Not in Newsroom yet: topic “Climate”, tag “Heat”, tag “Trees”, "
    )
    assertContains(response, "author “Ana Reporter”. Only editors can add")
    assertNotContains(response, "Nothing has been saved yet")
    assert nothing_created()


def test_writer_cannot_create_labels_by_confirming_directly(writer):
    """The confirmation step checks again: skipping the preview gains nothing."""
    client = client_for(writer)
    data = form_data(client.get(IMPORT_URL).content.decode(), "import_form")

    response = client.post(IMPORT_URL, data | {"text": LABELLED, "confirm": "1"})

    assertContains(response, "Not in Newsroom yet")
    assert nothing_created()


def test_writer_import_attaches_existing_labels(writer):
    topic = Topic.objects.create(name="Climate", slug="climate")
    tags = [Tag.objects.create(name=n, slug=n.lower()) for n in ("Heat", "Trees")]
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
    client = client_for(writer)

    preview = paste(client, LABELLED)
    assertNotContains(preview, "New, each with a public page")
    created = confirm(client, preview)

    article = Article.objects.get()
    assertRedirects(created, f"/admin/articles/article/{article.pk}/change/")
    assert article.topic == topic
    assert list(article.tags.all()) == tags
    assert list(article.authors.all()) == [ana]
    assert (Topic.objects.count(), Tag.objects.count(), Author.objects.count()) == (
        1,
        2,
        1,
    )


@pytest.mark.parametrize("role", ["desk_editor", "editor"])
def test_editors_create_new_labels_and_see_them_first(db, request, role):
    client = client_for(request.getfixturevalue(role))

    preview = paste(client, LABELLED)

    assertContains(
        preview,
        "New, each with a public page: topic “Climate”, tag “Heat”, tag “Trees”, "
        "author “Ana Reporter”.",
    )
    confirm(client, preview)
    article = Article.objects.get()
    assert article.topic.name == "Climate"
    assert [tag.name for tag in article.tags.all()] == ["Heat", "Trees"]
    assert [author.display_name for author in article.authors.all()] == ["Ana Reporter"]


# 2. Byline: the importer signs an article that names nobody.


def test_importer_signs_an_article_without_authors(writer):
    client = client_for(writer)

    preview = paste(client, "A Title\nThe lead.\n")
    assertContains(preview, "<dt>Byline</dt>", html=False)
    assertContains(preview, "Wendy Writer")
    confirm(client, preview)

    article = Article.objects.get()
    assert [(a.display_name, a.user) for a in article.authors.all()] == [
        ("Wendy Writer", writer)
    ]
    assert "Wendy Writer" in article.byline_html


def test_importer_signs_with_their_existing_profile(writer):
    profile = Author.objects.create(user=writer, display_name="W. Writer", slug="ww")
    client = client_for(writer)

    preview = paste(client, "A Title\nThe lead.\n")
    assertContains(preview, "W. Writer")
    confirm(client, preview)

    assert list(Article.objects.get().authors.all()) == [profile]
    assert Author.objects.count() == 1


def test_named_authors_are_kept(writer):
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
    client = client_for(writer)

    preview = paste(client, '---\ntitle: "T"\nauthors: ["Ana Reporter"]\n---\nLead.\n')
    confirm(client, preview)

    assert list(Article.objects.get().authors.all()) == [ana]
    assert not Author.objects.filter(user=writer).exists()


# 3. Pasted Markdown is read as Markdown, and the page says so.

PASTED_MARKDOWN = """# Cooling Centres

Where to go when it is hot.

## Opening Hours

- **Weekdays:** 9 to 5
- Weekends: 10 to 4

## Frequently Asked Questions

### Can I bring my dog?

Yes, on a lead.
"""


def test_pasted_markdown_is_read_as_markdown(writer):
    client = client_for(writer)

    preview = paste(client, PASTED_MARKDOWN)

    assertContains(preview, "Read as Markdown.")
    assertContains(preview, "<h2>Cooling Centres</h2>", html=True)
    assertContains(preview, "Can I bring my dog?")
    confirm(client, preview)
    article = Article.objects.get()
    assert article.title == "Cooling Centres"
    assert article.slug == "cooling-centres"
    assert [s.heading for s in article.sections.all()] == ["Opening Hours"]
    assert [b.label for b in article.sections.get().bullets.all()] == [
        "Weekdays",
        "Weekends",
    ]
    assert [(f.question, f.answer) for f in article.faqs.all()] == [
        ("Can I bring my dog?", "Yes, on a lead.")
    ]


def test_pasted_markdown_with_front_matter_is_read_as_markdown(writer):
    text = '---\ntitle: "Cooling Centres"\n---\n' + PASTED_MARKDOWN.split("\n", 2)[2]
    preview = paste(client_for(writer), text)
    assertContains(preview, "Read as Markdown.")
    assertContains(preview, "<h2>Cooling Centres</h2>", html=True)
    assertContains(preview, "1 section, 2 bullet items, 1 FAQ entry")


def test_pasted_plain_text_says_so(writer):
    preview = paste(client_for(writer), "Cooling Centres\nWhere to go when hot.\n")
    assertContains(preview, "Read as plain text.")


def test_uploaded_markdown_says_so_and_keeps_its_format(writer):
    client = client_for(writer)
    preview = upload(client, "centres.md", PASTED_MARKDOWN.encode())
    assertContains(preview, "Read as Markdown.")
    confirm(client, preview)
    assert Article.objects.get().title == "Cooling Centres"


def test_markdown_headings_under_a_plain_title_are_not_read_as_text(writer):
    """ "## Heading" is never a plain-text heading: ask for a "# " title."""
    response = paste(client_for(writer), "Cooling Centres\n\n## Opening Hours\n")
    assertContains(response, "Line 1: a Markdown file needs front matter")
    assert nothing_created()


# 4. Junk is refused with one clear message.


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Cooling Centres</h1>\n<p>Where to go.</p>\n",
        "<!DOCTYPE html><html><body><h1>Cooling</h1></body></html>",
        "\n\n  <div class='post'>\nCooling Centres\nWhere to go.\n</div>\n",
    ],
    ids=["fragment", "page", "indented-div"],
)
def test_pasted_html_is_refused(writer, text):
    response = paste(client_for(writer), text)
    assertContains(response, "errornote", count=1)
    assertContains(
        response,
        "this is HTML, which cannot be imported: paste the article as plain "
        "text (its title on the first line) or as Markdown",
    )
    assert nothing_created()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (None, "Cooling Centres\n"),
        (None, "# Cooling Centres\n\n"),
        ("title.txt", "Cooling Centres\n"),
        ("title.md", '---\ntitle: "Cooling Centres"\n---\n'),
    ],
)
def test_a_title_without_text_is_refused(writer, name, content):
    client = client_for(writer)
    if name:
        response = upload(client, name, content.encode())
    else:
        response = paste(client, content)
    assertContains(response, "errornote", count=1)
    assertContains(response, "“Cooling Centres” has a title but no text")
    assert nothing_created()


def test_an_empty_upload_gets_one_error(writer):
    response = upload(client_for(writer), "empty.txt", b"")
    assertContains(response, "The file is empty", count=1)
    assertNotContains(response, "Paste the article&#x27;s text or choose a file")
    assertNotContains(response, "errornote")
    assert nothing_created()


def test_nothing_pasted_nor_chosen_gets_one_error(writer):
    response = paste(client_for(writer), "")
    assertContains(response, "Paste the article&#x27;s text or choose a file", count=1)
    assertContains(response, "errornote", count=1)
    assertNotContains(response, "errorlist")


# 5. Images from other sites, which readers' browsers would not show.


@pytest.fixture
def draft(writer, make_full_article):
    return make_full_article(
        status=Article.Status.DRAFT,
        created_by=writer,
        title="Draft",
        slug="draft",
        sections=1,
        bullets=1,
        faqs=1,
    )


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


MARKDOWN_FIELDS = [
    "lead",
    "closing",
    "sections-0-body",
    "sections-0-body_after_list",
    "sections-0-bullets-0-text",
    "faqs-0-answer",
]


def stored_markdown(article):
    section = article.sections.get()
    return [
        article.lead,
        article.closing,
        section.body,
        section.body_after_list,
        section.bullets.get().text,
        article.faqs.get().answer,
    ]


@pytest.mark.parametrize("field", MARKDOWN_FIELDS)
def test_admin_form_refuses_an_external_image_next_to_the_field(writer, draft, field):
    client = client_for(writer)
    before = stored_markdown(draft)
    data = form_data(client.get(change_url(draft)).content.decode(), "article_form")
    data[field] = crlf(f"Look:\n\n{EXTERNAL_IMAGE}")

    response = client.post(change_url(draft), data)

    assert response.status_code == 200
    html = response.content.decode()
    message = "Readers would see a broken image: “https://evil.example/p.png” is on"
    assert html.count(message) == 1
    assert html.count(LIBRARY_MESSAGE) == 1
    # Shown in the field's own row: no other field between it and the field.
    field_tag = html.rindex("<", 0, html.index(f'name="{field}"'))
    between = html[html.index(message) : field_tag]
    assert "<textarea" not in between and "<input" not in between
    draft.refresh_from_db()
    assert stored_markdown(draft) == before
    assert EXTERNAL_IMAGE not in draft.body_html


def test_admin_form_saves_images_the_policy_allows(writer, draft, settings):
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"].append("https://media.example.com")
    settings.CONTENT_SECURITY_POLICY = policy
    client = client_for(writer)
    data = form_data(client.get(change_url(draft)).content.decode(), "article_form")
    data["sections-0-bullets-0-text"] = "![x](https://media.example.com/p.png)"
    data["faqs-0-answer"] = "![y](/media/images/p.png)"

    assert client.post(change_url(draft), data).status_code == 302

    draft.refresh_from_db()
    assert 'src="https://media.example.com/p.png"' in draft.body_html
    assert 'src="/media/images/p.png"' in draft.body_html


@pytest.mark.parametrize(
    ("place", "where"),
    [
        ("Lead.\n\n{image}\n", "Article, lead"),
        ("Lead.\n\n## Heading\n\n- A bullet {image}\n", "bullet 1, text"),
        (
            "Lead.\n\n## FAQ\n\n### Why?\n\n{image}\n",
            "FAQ question 1, answer",
        ),
    ],
    ids=["lead", "bullet", "faq-answer"],
)
def test_import_refuses_an_external_image(writer, place, where):
    text = "# Cooling Centres\n\n" + place.format(image=EXTERNAL_IMAGE)

    response = paste(client_for(writer), text)

    assertContains(response, "errornote", count=1)
    assertContains(response, where)
    assertContains(response, LIBRARY_MESSAGE)
    assert nothing_created()
