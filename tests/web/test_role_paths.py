"""Each role's everyday path through the admin's real forms (issue 13)."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.utils import timezone
from pytest_django.asserts import assertContains
from reversion.models import Version

from articles.models import Article, Author, SlugRedirect
from tests.html_checks import form_data
from tests.signin import client_for

ADD_URL = "/admin/articles/article/add/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def as_browser_sends(data):
    """Textareas arrive with CRLF line ends."""
    return {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def new_article_post(page_html, **fields):
    """The add form as a browser posts it after the writer has typed a title,
    a lead, one section with a bullet point, and one FAQ entry (the rows
    nested-admin's "Add another" buttons create)."""
    data = form_data(page_html, "article_form")
    data |= {
        "title": "Ferry timetable changes",
        "slug": "ferry-timetable-changes",
        "standfirst": "Winter sailings move by an hour from Monday.",
        "lead": "The first ferry leaves later.\n\nThe last one leaves earlier.",
    } | fields
    data |= management("sections", 1)
    data |= {
        "sections-0-position": "0",
        "sections-0-heading": "What changes",
        "sections-0-body": "Two sailings move.",
        "sections-0-body_after_list": "",
        "sections-0-image": "",
    }
    data |= management("sections-0-bullets", 1)
    data |= {
        "sections-0-bullets-0-position": "0",
        "sections-0-bullets-0-label": "Mornings",
        "sections-0-bullets-0-text": "The 6:00 leaves at 7:00.",
    }
    data |= management("faqs", 1)
    data |= {
        "faqs-0-position": "0",
        "faqs-0-question": "Are fares changing?",
        "faqs-0-answer": "No.",
    }
    return as_browser_sends(data)


def test_a_writer_creates_an_article_from_the_add_page(writer):
    client = client_for(writer)
    page = client.get(ADD_URL)
    assert page.status_code == 200
    response = client.post(ADD_URL, new_article_post(page.content.decode()))
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.with_content().get(slug="ferry-timetable-changes")
    assert article.status == Article.Status.DRAFT
    assert article.created_by == writer
    # The writer signs it: an author profile made from their name.
    assert [a.display_name for a in article.authors.all()] == ["Wendy Writer"]
    assert Author.objects.get(user=writer).slug == "wendy-writer"
    (section,) = article.sections.all()
    assert [b.label for b in section.bullets.all()] == ["Mornings"]
    assert [f.question for f in article.faqs.all()] == ["Are fares changing?"]
    assert (
        article.lead == "The first ferry leaves later.\n\nThe last one leaves earlier."
    )
    assert "Wendy Writer" in article.byline_html
    # And it is theirs to open again.
    assert client.get(change_url(article)).status_code == 200


def test_a_writer_previews_the_add_page(writer):
    client = client_for(writer)
    page = client.get(ADD_URL)
    data = new_article_post(page.content.decode())
    response = client.post("/admin/articles/article/preview/", data)
    assert response.status_code == 200
    assertContains(response, "Ferry timetable changes")
    assertContains(response, "The 6:00 leaves at 7:00.")
    assertContains(response, "Wendy Writer")  # as the first save will sign it
    assert not Article.objects.exists()
    assert not Author.objects.exists()


def test_named_authors_are_kept_on_the_add_page(desk_editor):
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
    client = client_for(desk_editor)
    page = client.get(ADD_URL)
    data = new_article_post(page.content.decode()) | {"authors": [str(ana.pk)]}
    assert client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get(slug="ferry-timetable-changes")
    assert list(article.authors.all()) == [ana]


def test_an_unchanged_save_from_a_browser_changes_and_logs_nothing(
    desk_editor, make_full_article
):
    article = make_full_article(
        lead="First paragraph.\n\nSecond paragraph.",
        closing="One.\n\nTwo.",
        status=Article.Status.DRAFT,
    )
    client = client_for(desk_editor)
    url = change_url(article)
    # Once as the admin numbers positions (fixtures count from 1).
    data = form_data(client.get(url).content.decode(), "article_form")
    assert client.post(url, as_browser_sends(data)).status_code == 302
    stored = Article.objects.filter(pk=article.pk).values().get()
    logged, versions = LogEntry.objects.count(), Version.objects.count()

    data = form_data(client.get(url).content.decode(), "article_form")
    response = client.post(url, as_browser_sends(data))

    assert response.status_code == 302
    assert Article.objects.filter(pk=article.pk).values().get() == stored
    assert LogEntry.objects.count() == logged
    assert Version.objects.count() == versions


def test_a_changed_paragraph_is_logged_once_by_its_name(desk_editor, make_full_article):
    article = make_full_article(lead="First.\n\nSecond.", status=Article.Status.DRAFT)
    client = client_for(desk_editor)
    url = change_url(article)
    data = form_data(client.get(url).content.decode(), "article_form")
    client.post(url, as_browser_sends(data))
    data = form_data(client.get(url).content.decode(), "article_form")
    data["closing"] = "A new closing line."
    assert client.post(url, as_browser_sends(data)).status_code == 302
    entry = LogEntry.objects.filter(object_id=str(article.pk)).first()
    assert entry.get_change_message() == "Changed Closing."


def test_publishing_without_an_author_is_refused(desk_editor, make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    client = client_for(desk_editor)
    url = change_url(article)
    data = form_data(client.get(url).content.decode(), "article_form")
    data["status"] = "published"
    response = client.post(url, data)
    assert response.status_code == 200
    assertContains(response, "Add an author before publishing")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT

    response = client.post(
        "/admin/articles/article/",
        {"action": "publish_now", "_selected_action": [article.pk]},
        follow=True,
    )
    assertContains(response, "There is no author")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


@pytest.mark.parametrize(
    ("status", "publish_in", "redirected"),
    [
        ("draft", None, False),
        ("draft", timedelta(days=-3), False),  # a date, but never public
        ("review", timedelta(days=2), False),
        ("published", timedelta(days=2), False),  # scheduled, not yet seen
        ("published", timedelta(days=-1), True),
        ("unpublished", timedelta(days=-1), True),
    ],
)
def test_a_new_slug_redirects_only_from_an_address_readers_saw(
    desk_editor, make_full_article, status, publish_in, redirected
):
    publish_at = timezone.now() + publish_in if publish_in else None
    article = make_full_article(
        slug="election-results-2027", status=status, publish_at=publish_at
    )
    client = client_for(desk_editor)
    url = change_url(article)
    data = form_data(client.get(url).content.decode(), "article_form")
    data["slug"] = "council-results"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SlugRedirect.objects.filter(old_slug="election-results-2027").exists() == (
        redirected
    )


def test_a_writer_renaming_a_draft_claims_no_address(
    writer, desk_editor, make_full_article
):
    draft = make_full_article(
        slug="election-results-2027",
        status=Article.Status.DRAFT,
        publish_at=timezone.now() + timedelta(days=1),
        created_by=writer,
    )
    client = client_for(writer)
    url = change_url(draft)
    data = form_data(client.get(url).content.decode(), "article_form")
    data["slug"] = "my-draft"
    assert client.post(url, data).status_code == 302
    assert not SlugRedirect.objects.exists()
    # An editor can use the address for the real story.
    editor = client_for(desk_editor)
    page = editor.get(ADD_URL)
    data = new_article_post(page.content.decode(), slug="election-results-2027")
    assert editor.post(ADD_URL, data).status_code == 302
    assert Article.objects.filter(slug="election-results-2027").exists()
    # Readers are not sent from it to the renamed draft.
    reader = Client()
    assert reader.get("/articles/election-results-2027/").status_code == 404


def test_a_user_put_in_a_role_can_sign_in(editor_client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "nina", password="a long password here", first_name="Nina"
    )
    assert not user.is_staff
    url = f"/admin/auth/user/{user.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "user_form")
    data["groups"] = [str(Group.objects.get(name="Writers").pk)]
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert user.is_staff
    client = client_for(user)
    assert client.get("/admin/").status_code == 200
    assert client.get(ADD_URL).status_code == 200


def test_an_account_without_a_role_is_told_so_not_blamed_for_its_password(
    client, django_user_model
):
    django_user_model.objects.create_user("rita", password="a long password here")
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "rita", "password": "a long password here"},
    )
    assert response.status_code == 200
    assertContains(response, "no access to the newsroom yet")
    assert "correct username and password" not in response.content.decode()
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "rita", "password": "wrong"}
    )
    assertContains(response, "correct username and password")


def test_adding_members_to_a_role_from_the_group_side(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("otto")
    Group.objects.get(name="Editors").user_set.add(user)
    user.refresh_from_db()
    assert user.is_staff


def test_the_roles_are_defined_in_one_place(db):
    from django.contrib.auth.models import Group

    from articles.roles import ROLES

    for name, grants in ROLES.items():
        held = set(
            Group.objects.get(name=name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        )
        assert held == {(app, code) for app, codes in grants.items() for code in codes}
