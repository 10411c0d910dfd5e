import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from articles.services import article_saved
from tests.html_checks import XSS_PAYLOADS, inert_problems

ADD_URL = "/admin/articles/article/add/"


def formset(prefix, forms):
    """POST data of one inline formset: ``forms`` is a list of field dicts."""
    initial = sum(1 for form in forms if form.get("id"))
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(forms)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, form in enumerate(forms):
        for name, value in form.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


def article_post_data(sections=(), faqs=(), notes=(), **fields):
    """``sections``: dicts with heading, body… and a ``bullets`` list of dicts."""
    data = {
        "title": "A new article",
        "slug": "a-new-article",
        "standfirst": "",
        "lead": "",
        "status": "draft",
        "publish_at_0": "",
        "publish_at_1": "",
        "faq_heading": "Frequently Asked Questions",
        "closing": "",
    } | fields
    section_forms = []
    for index, section in enumerate(sections):
        section = dict(section)
        bullets = section.pop("bullets", [])
        data |= formset(f"sections-{index}-bullets", bullets)
        section_forms.append({"body": "", "body_after_list": ""} | section)
    data |= formset("sections", section_forms)
    data |= formset("faqs", list(faqs))
    data |= formset("notes", list(notes))
    return data


def test_changelist_shows_title_status_and_update_time(editor_client, make_article):
    make_article(title="Findable piece")
    make_article(title="Another one", status=Article.Status.DRAFT)
    response = editor_client.get("/admin/articles/article/")
    assertContains(response, "Findable piece")
    assertContains(response, "column-state")
    assertContains(response, "column-updated_at")


def test_changelist_searches_titles_and_filters_by_status(editor_client, make_article):
    for article in (
        make_article(title="Findable piece"),
        make_article(title="Hidden draft", status=Article.Status.DRAFT),
    ):  # saved as the admin saves: in the search index on PostgreSQL too
        article_saved(article, by=None, comment="Filed")
    found = editor_client.get("/admin/articles/article/", {"q": "findable"})
    assertContains(found, "Findable piece")
    assertNotContains(found, "Hidden draft")
    drafts = editor_client.get("/admin/articles/article/", {"status__exact": "draft"})
    assertContains(drafts, "Hidden draft")
    assertNotContains(drafts, "Findable piece")


def test_add_page_has_markdown_editors_and_nested_inlines(editor_client):
    response = editor_client.get(ADD_URL)
    assertContains(response, "markdownx-preview")
    assertContains(response, 'name="sections-empty-bullets-TOTAL_FORMS"', html=False)
    # markdownx's script, run again by markdown-editors.js (in the bundle).
    assertContains(response, "markdownx/js/markdownx.min.js")
    assertContains(response, "articles/admin/bundles/change-page.js")


def test_saving_a_whole_article_from_one_page(editor_client):
    data = article_post_data(
        title="From the admin",
        slug="from-the-admin",
        lead="The **lead**.",
        status="published",
        sections=[
            {
                "heading": "Second",
                "position": "2",
                "bullets": [{"label": "", "text": "Plain", "position": "0"}],
            },
            {
                "heading": "First",
                "position": "1",
                "body": "Intro:",
                "bullets": [
                    {"label": "B", "text": "Two", "position": "1"},
                    {"label": "A", "text": "One", "position": "0"},
                ],
                "body_after_list": "After.",
            },
        ],
        faqs=[{"question": "Why?", "answer": "Because.", "position": "0"}],
    )
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 302, response.context["errors"]

    article = Article.objects.get(slug="from-the-admin")
    assert [s.heading for s in article.sections.all()] == ["First", "Second"]
    first = article.sections.get(heading="First")
    assert [(b.label, b.text) for b in first.bullets.all()] == [
        ("A", "One"),
        ("B", "Two"),
    ]
    assert article.is_live()
    assert article.body_html.index("First") < article.body_html.index("Second")

    page = editor_client.get(article.get_absolute_url())
    assertContains(page, "<strong>A:</strong> One", html=False)


def test_reordering_and_removing_children_keeps_the_rest(
    editor_client, make_full_article
):
    article = make_full_article(sections=3, bullets=2, faqs=0)
    sections = list(article.sections.all())
    data = article_post_data(
        title=article.title,
        slug=article.slug,
        status="published",
        authors=[str(author.pk) for author in article.authors.all()],
        publish_at_0=article.publish_at.strftime("%Y-%m-%d"),
        publish_at_1=article.publish_at.strftime("%H:%M:%S"),
        sections=[
            {
                "id": str(section.pk),
                "article": str(article.pk),
                "heading": section.heading,
                "body": section.body,
                "position": str(new_position),
                "bullets": [
                    {
                        "id": str(b.pk),
                        "section": str(section.pk),
                        "label": b.label,
                        "text": b.text,
                        "position": str(b.position),
                    }
                    for b in section.bullets.all()
                ],
            }
            | ({"DELETE": "on"} if index == 1 else {})
            for index, (section, new_position) in enumerate(
                zip(sections, [3, 2, 1], strict=True)
            )
        ],
    )
    url = f"/admin/articles/article/{article.pk}/change/"
    data["edit_token"] = (
        editor_client.get(url).context["adminform"].form["edit_token"].value()
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]

    article.refresh_from_db()
    assert [s.heading for s in article.sections.all()] == [
        sections[2].heading,
        sections[0].heading,
    ]
    assert all(s.bullets.count() == 2 for s in article.sections.all())
    assert article.body_html.index(sections[2].heading) < article.body_html.index(
        sections[0].heading
    )
    assert sections[1].heading not in article.body_html


def test_invalid_form_keeps_the_editors_input(editor_client):
    data = article_post_data(
        title="",
        lead="Typed with care.",
        sections=[{"heading": "Kept heading", "position": "0"}],
    )
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assertContains(response, "This field is required")
    assertContains(response, "Typed with care.")
    assertContains(response, "Kept heading")
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", ["/admin/articles/article/", ADD_URL])
def test_admin_pages_need_a_staff_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_markdown_preview_uses_the_sanitising_renderer(editor_client):
    response = editor_client.post(
        "/markdownx/markdownify/", {"content": "**Bold** <script>alert(1)</script>"}
    )
    assert response.status_code == 200
    assert response.content.decode() == "<p><strong>Bold</strong> </p>"


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markdown_preview_makes_every_payload_inert(editor_client, payload):
    response = editor_client.post("/markdownx/markdownify/", {"content": payload})
    assert inert_problems(response.content.decode()) == []


def test_markdown_preview_without_content_is_empty(editor_client):
    response = editor_client.post("/markdownx/markdownify/", {})
    assert response.status_code == 200
    assert response.content == b""


def test_markdown_preview_refuses_anonymous_users(client):
    response = client.post("/markdownx/markdownify/", {"content": "**x**"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_markdown_preview_refuses_logged_in_non_staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    assert (
        client.post("/markdownx/markdownify/", {"content": "**x**"}).status_code == 302
    )


def test_markdownx_upload_is_refused_to_everyone(client, editor_client, png_bytes):
    """Images go through the media library's checks, never markdownx's upload."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    for http in (client, editor_client):
        upload = SimpleUploadedFile("x.png", png_bytes, content_type="image/png")
        response = http.post("/markdownx/upload/", {"image": upload})
        assert response.status_code == 403
        assert "media library" in response.json()["image"][0]


def test_a_bullet_dragged_to_another_section_is_saved_there(
    editor_client, make_full_article
):
    """nested-admin posts a moved bullet in its new section's formset, with
    its id: it must move, keep its text, and leave the old section."""
    from articles.models import Bullet
    from tests.html_checks import form_data

    article = make_full_article(sections=2, bullets=2)
    first, second = article.sections.all()
    moved = first.bullets.first()
    url = f"/admin/articles/article/{article.pk}/change/"
    # Saved once as the admin numbers positions, so the move is the only change.
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    assert editor_client.post(url, data).status_code == 302
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    old, new = "sections-0-bullets-0-", "sections-1-bullets-2-"
    for key in [k for k in data if k.startswith(old)]:
        data[new + key[len(old) :]] = data.pop(key)
    data[new + "section"] = str(second.pk)
    # What remains in the first section is renumbered from 0.
    old, new = "sections-0-bullets-1-", "sections-0-bullets-0-"
    for key in [k for k in data if k.startswith(old)]:
        data[new + key[len(old) :]] = data.pop(key)
    for prefix, total in (("sections-0-bullets", 1), ("sections-1-bullets", 3)):
        data[f"{prefix}-TOTAL_FORMS"] = str(total)
        data[f"{prefix}-INITIAL_FORMS"] = str(total)
    response = editor_client.post(url, data | {"_continue": "Save"})
    assert response.status_code == 302, response.content.decode()[:3000]
    moved = Bullet.objects.get(pk=moved.pk)
    assert moved.section == second
    assert first.bullets.count() == 1 and second.bullets.count() == 3
