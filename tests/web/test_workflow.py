import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib import admin
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects
from reversion.models import Version

from articles.admin.articles import ArticleAdmin
from articles.models import Article, Author, PreviewLink, SlugRedirect
from articles.services import (
    article_create_from_document,
    document_from_article,
    editing,
)
from articles.services.revisions import article_restore
from articles.services.workflow import article_publish
from tests.html_checks import form_data
from tests.signin import client_for

CHANGELIST = "/admin/articles/article/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def open_form(client, article):
    """The change form as a browser would submit it, untouched."""
    response = client.get(change_url(article))
    assert response.status_code == 200
    return form_data(response.content.decode(), "article_form")


def save(client, article, data):
    return client.post(change_url(article), data)


def action(client, name, articles, **extra):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [a.pk for a in articles], **extra},
        follow=True,
    )


@pytest.fixture
def article(make_full_article):
    return make_full_article(title="The Story", slug="the-story")


# Roles, created by a data migration.


def test_roles_exist_with_their_permissions(db):
    from django.contrib.auth.models import Group

    writers = set(
        Group.objects.get(name="Writers").permissions.values_list("codename", flat=True)
    )
    editors = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert {"add_article", "change_article", "add_section"} <= writers
    assert "publish_article" not in writers and "delete_article" not in writers
    assert writers < editors and "publish_article" in editors


def test_writer_creates_edits_and_submits_their_own_draft(writer, make_article):
    client = client_for(writer)
    draft = make_article(status=Article.Status.DRAFT, created_by=writer, title="Mine")

    data = open_form(client, draft)
    data["title"] = "Mine, improved"
    assert save(client, draft, data).status_code == 302

    action(client, "submit_for_review", [draft])
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Mine, improved", Article.Status.REVIEW)


def test_writer_cannot_publish_by_form_or_action(writer, make_article):
    client = client_for(writer)
    draft = make_article(
        status=Article.Status.DRAFT, publish_at=None, created_by=writer
    )

    data = open_form(client, draft)
    assert 'value="published"' not in client.get(change_url(draft)).content.decode()
    data["status"] = "published"
    response = save(client, draft, data)
    assertContains(response, "Select a valid choice")

    response = action(client, "publish_now", [draft])
    assertContains(response, "No action selected")
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


@pytest.mark.parametrize(
    "overrides",
    [
        {"status": Article.Status.PUBLISHED},
        {"status": Article.Status.DRAFT, "created_by": None},
    ],
    ids=["own-published", "someone-elses-draft"],
)
def test_writer_cannot_change_published_or_others_articles(
    writer, make_article, overrides
):
    client = client_for(writer)
    fields = {"created_by": writer} | overrides
    article = make_article(title="Hands off", **fields)
    data = form_data(client.get(change_url(article)).content.decode(), "article_form")
    data["title"] = "Changed"

    assert save(client, article, data).status_code == 403
    response = action(client, "submit_for_review", [article])
    assertContains(response, "skipped")
    share = client.post(f"/admin/articles/article/{article.pk}/share/")
    assert share.status_code == 403
    article.refresh_from_db()
    assert article.title == "Hands off"
    assert article.status == overrides["status"]


def test_writer_cannot_restore_a_published_version(writer, make_full_article):
    article = make_full_article(status=Article.Status.DRAFT, created_by=writer)
    article_publish(article, by=None)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    version = Version.objects.get_for_object(article).first()
    response = client_for(writer).post(
        f"/admin/articles/article/{article.pk}/history/{version.pk}/restore/"
    )
    assert response.status_code == 403


def test_anonymous_and_non_staff_get_no_admin_path(client, article, django_user_model):
    paths = [
        change_url(article),
        f"/admin/articles/article/{article.pk}/history/",
        f"/admin/articles/article/{article.pk}/history/compare/",
        f"/admin/articles/article/{article.pk}/preview/",
        f"/admin/articles/article/{article.pk}/share/",
        f"/admin/articles/article/{article.pk}/presence/",
        "/admin/articles/article/import/",
    ]
    for path in paths:
        assert client.post(path).status_code == 302, path
    reader = django_user_model.objects.create_user("reader")
    client.force_login(reader)
    for path in paths:
        response = client.post(path)
        assert response.status_code == 302 and "login" in response["Location"], path


def test_editor_publishes_schedules_unpublishes_and_sends_back(
    desk_editor, make_full_article
):
    client = client_for(desk_editor)
    article = make_full_article(status=Article.Status.REVIEW, publish_at=None)

    action(client, "publish_now", [article])
    article.refresh_from_db()
    assert article.is_live()

    action(client, "unpublish", [article])
    article.refresh_from_db()
    assert article.status == Article.Status.UNPUBLISHED and not article.is_live()

    when = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    response = action(
        client,
        "schedule",
        [article],
        apply="1",
        publish_at=timezone.localtime(when).strftime("%Y-%m-%dT%H:%M"),
    )
    article.refresh_from_db()
    assert article.publish_at == when and article.is_scheduled()
    assertContains(
        response, f"Scheduled for {timezone.localtime(when):%-d %b %Y, %H:%M %Z}"
    )

    action(
        client, "send_back_to_draft", [article], apply="1", comment="Check the figures."
    )
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assertContains(client.get(change_url(article)), "Check the figures.")


def test_schedule_asks_for_a_future_time(desk_editor, article):
    response = action(
        client_for(desk_editor),
        "schedule",
        [article],
        apply="1",
        publish_at="2000-01-01T10:00",
    )
    assertContains(response, "Choose a time in the future")


# Scheduling without cron.


def test_scheduled_article_appears_and_leaves_on_time(client, make_full_article):
    start = timezone.now()
    article = make_full_article(
        publish_at=start + timedelta(hours=1), unpublish_at=start + timedelta(hours=5)
    )
    url = article.get_absolute_url()

    with time_machine.travel(start, tick=False):
        assert client.get(url).status_code == 404
        assert article.title not in client.get("/").content.decode()
    with time_machine.travel(start + timedelta(hours=1, seconds=1), tick=False):
        assert client.get(url).status_code == 200
        assertContains(client.get("/"), article.title)
    with time_machine.travel(start + timedelta(hours=5, seconds=1), tick=False):
        assert client.get(url).status_code == 404
        assertNotContains(client.get("/"), article.title)


def test_list_shows_state_in_words(editor_client, make_article):
    when = timezone.now() + timedelta(days=3)
    make_article(title="Later", publish_at=when)
    response = editor_client.get(CHANGELIST)
    assertContains(
        response, f"Scheduled for {timezone.localtime(when):%-d %b %Y, %H:%M %Z}"
    )


# Revisions.


def test_every_save_records_a_revision_with_the_whole_article(editor_client, article):
    data = open_form(editor_client, article)
    data["sections-0-bullets-0-text"] = "A changed bullet."
    assert save(editor_client, article, data).status_code == 302

    versions = Version.objects.get_for_object(article)
    latest = versions.first().revision
    models = {v.content_type.model for v in latest.version_set.all()}
    assert models == {"article", "section", "bullet", "faq"}
    assert latest.user.username == "editor"
    assert "A changed bullet." in str(
        [v.serialized_data for v in latest.version_set.all()]
    )


def test_restore_brings_back_sections_bullets_and_faq_exactly(
    editor, article, make_full_article
):
    bystander = make_full_article(title="Bystander", slug="bystander")
    before = document_from_article(Article.objects.with_content().get(pk=article.pk))
    article_publish(article, by=editor)  # records the version to go back to
    version = Version.objects.get_for_object(article).first()
    bystander_before = document_from_article(
        Article.objects.with_content().get(pk=bystander.pk)
    )

    client = client_for(editor)
    data = open_form(client, article)
    data["title"] = "Rewritten"
    data["sections-0-DELETE"] = "on"
    data["sections-1-bullets-0-text"] = "Different."
    data["faqs-1-position"], data["faqs-0-position"] = "0", "1"
    assert save(client, article, data).status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Rewritten"

    response = client.post(
        f"/admin/articles/article/{article.pk}/history/{version.pk}/restore/"
    )
    assertRedirects(response, change_url(article))

    restored = document_from_article(Article.objects.with_content().get(pk=article.pk))
    assert restored.sections == before.sections
    assert restored.faqs == before.faqs
    assert restored.title == before.title
    assert (
        "Restored"
        in Version.objects.get_for_object(article).first().revision.get_comment()
    )
    assert (
        document_from_article(Article.objects.with_content().get(pk=bystander.pk))
        == bystander_before
    )
    assert "Different." not in Article.objects.get(pk=article.pk).body_html


def test_history_lists_revisions_and_compares_them_by_structure(editor_client, article):
    baseline = Version.objects.get_for_object(article).first()
    data = open_form(editor_client, article)
    data["sections-0-heading"], data["sections-1-heading"] = (
        "Renamed first",
        data["sections-1-heading"],
    )
    data["sections-0-position"], data["sections-1-position"] = "2", "1"
    data["title"] = "The Story, revised"
    save(editor_client, article, data)
    article_publish(article, by=None)

    history = editor_client.get(f"/admin/articles/article/{article.pk}/history/")
    assertContains(history, "Compare the chosen versions")
    compare = editor_client.get(
        f"/admin/articles/article/{article.pk}/history/compare/",
        {"a": baseline.pk, "b": "current"},
    )
    assertContains(compare, "The <del>Story</del><ins>Story, revised</ins>", html=False)
    assertNotContains(compare, "Publish at")
    assertContains(compare, "moved from position")


# No lost edits.


def test_second_save_is_refused_and_keeps_the_second_editors_input(
    editor, desk_editor, article
):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)

    first_form["title"] = "Title from the first editor"
    assert save(first, article, first_form).status_code == 302

    second_form["lead"] = "The second editor's careful new lead."
    response = save(second, article, second_form)

    assert response.status_code == 200
    assertContains(response, "Eddie Editor saved this article at")
    assertContains(response, "Title changed")
    assertContains(response, "The second editor&#x27;s careful new lead.")
    article.refresh_from_db()
    assert article.title == "Title from the first editor"
    assert article.lead != "The second editor's careful new lead."

    # Having read the other changes, saving again is a deliberate choice.
    again = form_data(response.content.decode(), "article_form")
    assert again["title"] == "Title from the first editor"  # theirs, kept
    assert save(second, article, again).status_code == 302
    article.refresh_from_db()
    assert article.lead == "The second editor's careful new lead."
    assert article.title == "Title from the first editor"


@pytest.mark.parametrize("stale", [False, True], ids=["current", "stale"])
def test_checking_the_change_form_writes_nothing(editor, article, stale):
    """The form compares its token by reading; the save takes the lock."""
    data = open_form(client_for(editor), article)
    if stale:
        article_publish(article, by=editor)
    request = RequestFactory().post(change_url(article), data)
    request.user = editor
    form_class = ArticleAdmin(Article, admin.site).get_form(request, article)
    form = form_class(data, instance=article)

    with CaptureQueriesContext(connection) as validating:
        valid = form.is_valid()

    assert valid is not stale
    assert (form.conflict is not None) is stale
    writes = [
        query["sql"]
        for query in validating.captured_queries
        if query["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")
    ]
    assert writes == []


def test_a_save_committed_between_check_and_save_is_still_a_conflict(
    editor, desk_editor, article, monkeypatch
):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)
    before_first_save = editing.saved_edit_counter(article)
    first_form["title"] = "Title from the first editor"
    assert save(first, article, first_form).status_code == 302
    revisions = Version.objects.get_for_object(article).count()
    # The second editor's form was checked before the first save committed,
    # and is saved after it: its check read the counter as it was then.
    as_checked = [before_first_save]
    read_now = editing.saved_edit_counter
    monkeypatch.setattr(
        editing,
        "saved_edit_counter",
        lambda article: as_checked.pop() if as_checked else read_now(article),
    )

    second_form["lead"] = "The second editor's careful new lead."
    response = save(second, article, second_form)

    assert not as_checked  # the second form's check did read the old counter
    assert response.status_code == 200
    assertContains(response, "Eddie Editor saved this article at")
    assertContains(response, "Title changed")
    assertContains(response, "The second editor&#x27;s careful new lead.")
    article.refresh_from_db()
    assert article.title == "Title from the first editor"
    assert article.lead != "The second editor's careful new lead."
    assert Version.objects.get_for_object(article).count() == revisions


def test_list_actions_and_restore_move_the_edit_counter_on(
    editor_client, editor, article
):
    stale = open_form(editor_client, article)
    article_publish(article, by=editor)
    stale["title"] = "Stale"
    assertContains(save(editor_client, article, stale), "after you opened it")


def test_change_page_says_who_else_has_the_article_open(editor, desk_editor, article):
    client_for(desk_editor).get(change_url(article))
    response = client_for(editor).get(change_url(article))
    assertContains(response, "Eddie Editor")
    assertContains(response, "has this article open")


# Previews.


def test_preview_shows_unsaved_changes_and_saves_nothing(editor_client, article):
    data = open_form(editor_client, article)
    data["title"] = "Unsaved headline"
    data["sections-0-body"] = "Unsaved **section** text."
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/preview/", data
    )

    assertContains(response, "Unsaved headline")
    assertContains(response, "Unsaved <strong>section</strong> text.", html=False)
    assertContains(response, "Preview of unsaved changes")
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    article.refresh_from_db()
    assert article.title == "The Story"


def test_preview_shows_parts_added_deleted_and_moved_as_posted(
    editor_client, make_full_article
):
    """Read through the change form's own formsets, nested ones included."""
    article = make_full_article(sections=2, bullets=2, faqs=1, title="The Story")
    data = open_form(editor_client, article)
    first, second = (data[f"sections-{n}-heading"] for n in (0, 1))
    data["sections-0-DELETE"] = "on"
    data["faqs-0-DELETE"] = "on"
    data["sections-1-bullets-0-text"] = "An *edited* point"
    new = f"sections-{data['sections-TOTAL_FORMS']}"
    data |= {
        "sections-TOTAL_FORMS": str(int(data["sections-TOTAL_FORMS"]) + 1),
        f"{new}-id": "",
        f"{new}-position": "0",  # dragged to the top
        f"{new}-heading": "A new first section",
        f"{new}-image": "",
        f"{new}-body": "",
        f"{new}-body_after_list": "",
        f"{new}-bullets-TOTAL_FORMS": "1",
        f"{new}-bullets-INITIAL_FORMS": "0",
        f"{new}-bullets-MIN_NUM_FORMS": "0",
        f"{new}-bullets-MAX_NUM_FORMS": "1000",
        f"{new}-bullets-0-id": "",
        f"{new}-bullets-0-position": "0",
        f"{new}-bullets-0-label": "New",
        f"{new}-bullets-0-text": "A **new** point",
    }
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/preview/", data
    )

    html = response.content.decode()
    headings = re.findall(r'<h2 id="[^"]+">([^<]+)</h2>', html)
    assert headings == ["A new first section", second]
    assert first not in html and "faq-question" not in html
    assert "<strong>New:</strong> A <strong>new</strong> point" in html
    assert "An <em>edited</em> point" in html
    assert Article.objects.with_content().get(pk=article.pk).sections.count() == 2


def test_shareable_link_works_until_revoked_or_expired(
    client, editor_client, make_full_article
):
    draft = make_full_article(status=Article.Status.DRAFT, title="Embargoed")
    editor_client.post(f"/admin/articles/article/{draft.pk}/share/")
    link = PreviewLink.objects.get()
    url = link.get_absolute_url()

    response = client.get(url)
    assertContains(response, "Embargoed")
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assertContains(response, '<meta name="robots" content="noindex">', html=False)

    with time_machine.travel(timezone.now() + timedelta(days=8)):
        assert client.get(url).status_code == 410
    assert client.get(url[:-6] + "xxxxx/").status_code == 410  # tampered

    editor_client.post(f"/admin/articles/article/{draft.pk}/share/{link.pk}/revoke/")
    assertContains(client.get(url), "no longer works", status_code=410)


def test_the_change_page_states_how_long_a_shareable_link_lasts(
    editor_client, make_full_article, monkeypatch
):
    draft = make_full_article(status=Article.Status.DRAFT)
    assertContains(editor_client.get(change_url(draft)), "Valid for 7 days.")

    monkeypatch.setattr(PreviewLink, "DEFAULT_LIFETIME", timedelta(days=1))
    assertContains(editor_client.get(change_url(draft)), "Valid for 1 day.")
    editor_client.post(f"/admin/articles/article/{draft.pk}/share/")
    link = PreviewLink.objects.get()
    assert link.expires_at - link.created_at < timedelta(days=1, minutes=1)


# Slugs.


def test_renamed_article_keeps_old_addresses_with_one_hop(editor_client, article):
    for new_slug in ("second-slug", "third-slug"):
        data = open_form(editor_client, article)
        data["slug"] = new_slug
        assert save(editor_client, article, data).status_code == 302

    for old in ("the-story", "second-slug"):
        response = editor_client.get(f"/articles/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/articles/third-slug/"
        # The Content API's address too.
        response = Client().get(f"/api/v1/articles/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/api/v1/articles/third-slug/"


def test_a_new_article_cannot_take_a_slug_that_redirects(editor_client, article):
    data = open_form(editor_client, article)
    data["slug"] = "moved"
    save(editor_client, article, data)
    assert SlugRedirect.objects.filter(old_slug="the-story").exists()

    response = editor_client.get("/admin/articles/article/add/")
    add = form_data(response.content.decode(), "article_form")
    add |= {"title": "Another", "slug": "the-story"}
    assertContains(
        editor_client.post("/admin/articles/article/add/", add), "still leads to"
    )

    from articles.formats import Document

    imported = article_create_from_document(Document(title="The Story"))
    assert imported.slug == "the-story-2"


def test_draft_slug_changes_leave_no_redirect(editor_client, make_full_article):
    draft = make_full_article(
        status=Article.Status.DRAFT, publish_at=None, slug="draft-one"
    )
    data = open_form(editor_client, draft)
    data["slug"] = "draft-two"
    save(editor_client, draft, data)
    assert not SlugRedirect.objects.exists()


# Editorial checks.


def test_change_page_lists_editorial_checks(editor_client, make_full_article):
    article = make_full_article(title="T" * 80, standfirst="")
    response = editor_client.get(change_url(article))
    assertContains(response, "The title has 80 characters")
    assertContains(response, "There is no standfirst")


def test_publishing_an_empty_section_is_refused_with_the_reason(
    editor_client, make_full_article
):
    article = make_full_article(status=Article.Status.DRAFT, publish_at=None, bullets=0)
    data = open_form(editor_client, article)
    data["sections-0-body"] = ""
    data["status"] = "published"
    response = save(editor_client, article, data)
    # In the words of the editorial checks, which decide it.
    heading = article.sections.get(pk=data["sections-0-id"]).heading
    assertContains(response, f"Section 1 (“{heading}”) has no text.")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT

    # A draft with an empty section saves; publishing it from the list is refused.
    emptied = open_form(editor_client, article) | {"sections-0-body": ""}
    assert save(editor_client, article, emptied).status_code == 302
    response = action(editor_client, "publish_now", [article])
    assertContains(response, "was not published")
    assertContains(response, "has no text")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


# Bylines and corrections.


def test_byline_and_correction_notes_show_on_the_article(
    editor_client, client, article
):
    author = Author.objects.create(display_name="Ana Reporter", slug="ana")
    data = open_form(editor_client, article)
    data["authors"] = [str(author.pk)]
    data |= {
        "notes-TOTAL_FORMS": "1",
        "notes-0-text": "Corrected the figure in the second section.",
        "notes-0-noted_at_0": timezone.localtime().strftime("%Y-%m-%d"),
        "notes-0-noted_at_1": timezone.localtime().strftime("%H:%M:%S"),
    }
    assert save(editor_client, article, data).status_code == 302

    page = client.get(article.get_absolute_url())
    assertContains(
        page, 'By <a class="author" href="/authors/ana/">Ana Reporter</a>', html=False
    )
    assertContains(page, "Corrected the figure in the second section.")
    assertContains(page, "Updated")
    article.refresh_from_db()
    assert article.public_updated_at is not None


def test_a_typo_fix_leaves_the_public_updated_date_alone(
    editor_client, client, article
):
    data = open_form(editor_client, article)
    data["title"] = "The Story."
    save(editor_client, article, data)
    article.refresh_from_db()
    assert article.public_updated_at is None
    assertNotContains(client.get(article.get_absolute_url()), "Updated")

    data = open_form(editor_client, article)
    data["mark_updated"] = "on"
    save(editor_client, article, data)
    article.refresh_from_db()
    assert article.public_updated_at is not None


def test_restore_function_records_who_restored(editor, article):
    version = Version.objects.get_for_object(article).first()
    assert version is None or version
    article_publish(article, by=editor)
    version = Version.objects.get_for_object(article).first()
    article_restore(version, by=editor)
    assert Version.objects.get_for_object(article).first().revision.user == editor


def test_the_change_page_works_with_the_cache_down(
    editor_client, make_full_article, settings
):
    """Who else has the article open is kept in the cache: without it the
    page says nothing about them, and editing goes on."""
    article = make_full_article()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        },
    }
    url = f"/admin/articles/article/{article.pk}/change/"
    assert editor_client.get(url).status_code == 200
    presence = editor_client.post(f"/admin/articles/article/{article.pk}/presence/")
    assert presence.json() == {"others": []}
