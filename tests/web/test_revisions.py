"""Revisions as editors use them: history, compare, restore, save conflicts.

A revision holds the whole article, its topic, tags, authors and lead image
included; restoring one is checked as a save of the change form is.
"""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects
from reversion.models import Version

from articles.formats.diff import diff_documents
from articles.models import (
    Article,
    Author,
    EditCounter,
    Section,
    SlugRedirect,
    Tag,
    Topic,
)
from articles.services import article_saved, document_from_article
from articles.services.revisions import (
    RestoreRefused,
    article_restore,
    document_from_version,
)
from tests.html_checks import form_data
from tests.signin import client_for


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def history_url(article):
    return f"/admin/articles/article/{article.pk}/history/"


def compare_url(article):
    return f"/admin/articles/article/{article.pk}/history/compare/"


def restore_url(article, version):
    return f"/admin/articles/article/{article.pk}/history/{version.pk}/restore/"


def as_browser_sends(data):
    """Textareas come back with CRLF line ends, as every browser sends them."""
    return {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }


def open_form(client, article):
    response = client.get(change_url(article))
    assert response.status_code == 200
    return as_browser_sends(form_data(response.content.decode(), "article_form"))


def save(client, article, data):
    response = client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def changes_listed(response):
    """Where each change the page lists is, in order ("Title", "Topic"…)."""
    html = response.content.decode()
    return re.findall(r'<span class="change-where">([^<]*)</span>', html)


def latest_version(article):
    return Version.objects.get_for_object(article).first()


def current_document(article):
    return document_from_article(Article.objects.with_content().get(pk=article.pk))


def snapshot(article):
    """Everything a restore could write."""
    loaded = Article.objects.with_content().get(pk=article.pk)
    return (
        document_from_article(loaded),
        loaded.updated_at,
        Version.objects.get_for_object(article).count(),
        EditCounter.objects.get(pk=article.pk).version,
        sorted(SlugRedirect.objects.values_list("old_slug", "article_id")),
        sorted(Section.objects.values_list("pk", "article_id")),
    )


@pytest.fixture
def labels(db):
    return {
        "transport": Topic.objects.create(name="Transport", slug="transport"),
        "weather": Topic.objects.create(name="Weather", slug="weather"),
        "rail": Tag.objects.create(name="Rail", slug="rail"),
        "buses": Tag.objects.create(name="Buses", slug="buses"),
        "night": Tag.objects.create(name="Night", slug="night"),
        "ana": Author.objects.create(display_name="Ana Reporter", slug="ana"),
        "ben": Author.objects.create(display_name="Ben Writer", slug="ben"),
    }


@pytest.fixture
def make_labelled_article(make_full_article, make_image, labels):
    """A whole article with a topic, tags, authors and a lead image, its
    first revision recorded with all of them."""

    def make(**overrides):
        article = make_full_article(
            standfirst="Night buses return.\nTwo lines, as typed.", **overrides
        )
        article.topic = labels["transport"]
        article.lead_image = make_image(size=(400, 300))
        article.save()
        article.tags.set([labels["rail"], labels["buses"]])
        article.authors.set([labels["ana"], labels["ben"]])
        article_saved(article, by=None, comment="Labelled")
        return article

    return make


@pytest.fixture
def article(make_labelled_article):
    return make_labelled_article(title="The Story", slug="the-story")


# What a revision holds.


def test_a_revision_holds_the_topic_tags_authors_and_lead_image(article):
    recorded = document_from_version(latest_version(article))

    assert recorded.topic == "Transport"
    assert recorded.tags == ["Buses", "Rail"]
    assert recorded.authors == ["Ana Reporter", "Ben Writer"]
    assert recorded.lead_image == article.lead_image.key
    assert recorded == current_document(article)


def test_a_revision_is_read_in_a_fixed_number_of_queries(
    make_labelled_article, make_image, labels
):
    small = make_labelled_article(sections=1, bullets=1, faqs=1)
    large = make_labelled_article(sections=5, bullets=4, faqs=4)
    for section in large.sections.all():
        section.image = make_image(size=(400, 300))
        section.save()
    large.tags.add(labels["night"])
    article_saved(large, by=None, comment="More")

    counts = []
    for article in (small, large):
        version = latest_version(article)
        with CaptureQueriesContext(connection) as queries:
            document_from_version(version)
        counts.append(len(queries))
    assert counts[0] == counts[1]


# Compare.


def test_compare_lists_topic_tag_author_and_lead_image_changes(
    editor_client, article, labels
):
    before = latest_version(article)
    data = open_form(editor_client, article)
    data["topic"] = str(labels["weather"].pk)
    data["tags"] = [str(labels["rail"].pk), str(labels["night"].pk)]
    data["authors"] = [str(labels["ana"].pk)]
    data["lead_image"] = ""
    save(editor_client, article, data)

    response = editor_client.get(compare_url(article), {"a": before.pk, "b": "current"})
    assert changes_listed(response) == ["Authors", "Topic", "Tags", "Lead image"]
    assertContains(response, "<del>Transport</del><ins>Weather</ins>", html=False)
    assertContains(response, "<del>Buses,</del><ins>Night,</ins> Rail", html=False)

    after = latest_version(article)
    response = editor_client.get(compare_url(article), {"a": after.pk, "b": "current"})
    assertContains(response, "No differences.")


def test_compare_shows_only_the_change_made_between_two_versions(
    editor_client, article
):
    before = latest_version(article)
    data = open_form(editor_client, article)
    data["title"] = "The Story, revised"
    save(editor_client, article, data)
    after = latest_version(article)

    response = editor_client.get(compare_url(article), {"a": before.pk, "b": after.pk})
    assert changes_listed(response) == ["Title"]


def test_a_line_end_difference_is_no_change(editor_client, article):
    """A revision recorded before form input was normalised holds CRLF."""
    Article.objects.filter(pk=article.pk).update(
        standfirst="Night buses return.\r\nTwo lines, as typed."
    )
    article_saved(article, by=None, comment="Saved from a browser, long ago")
    with_crlf = latest_version(article)
    Article.objects.filter(pk=article.pk).update(
        standfirst="Night buses return.\nTwo lines, as typed."
    )
    article_saved(article, by=None, comment="Normalised")

    response = editor_client.get(
        compare_url(article), {"a": with_crlf.pk, "b": "current"}
    )
    assertContains(response, "No differences.")
    response = editor_client.get(restore_url(article, with_crlf))
    assertContains(response, "No differences.")


def test_restore_page_lists_only_what_restoring_changes(editor_client, article):
    before = latest_version(article)
    data = open_form(editor_client, article)
    data["title"] = "The Story, revised"
    save(editor_client, article, data)

    response = editor_client.get(restore_url(article, before))
    assert changes_listed(response) == ["Title"]
    assertContains(response, "Restore this version")


# Restore.


def test_restore_brings_back_the_topic_tags_authors_and_lead_image(
    editor_client, article, labels
):
    before = latest_version(article)
    recorded = current_document(article)
    data = open_form(editor_client, article)
    data["topic"] = ""
    data["tags"] = [str(labels["night"].pk)]
    # A published article keeps a byline: another author stands in.
    stand_in = Author.objects.create(display_name="Stand In", slug="stand-in")
    data["authors"] = [str(stand_in.pk)]
    data["lead_image"] = ""
    data["title"] = "Stripped"
    save(editor_client, article, data)
    assert current_document(article) != recorded

    response = editor_client.post(restore_url(article, before))

    assertRedirects(response, change_url(article))
    assert current_document(article) == recorded
    page = editor_client.get(article.get_absolute_url())
    assertContains(page, "Ana Reporter")
    assertContains(page, "Rail")


def test_restore_leaves_out_labels_deleted_since_and_says_so(
    editor_client, article, labels
):
    before = latest_version(article)
    data = open_form(editor_client, article)
    data["title"] = "Retitled"
    save(editor_client, article, data)
    for url in (
        f"/admin/articles/tag/{labels['rail'].pk}/delete/",
        f"/admin/articles/topic/{labels['transport'].pk}/delete/",
        f"/admin/articles/author/{labels['ben'].pk}/delete/",
    ):
        assert editor_client.post(url, {"post": "yes"}).status_code == 302

    page = editor_client.get(restore_url(article, before))
    notes = [
        "The topic “Transport” of that version has been deleted since",
        "The tag “Rail” of that version has been deleted since",
        "The author “Ben Writer” of that version has been deleted since",
    ]
    for note in notes:
        assertContains(page, note)
    compare = editor_client.get(compare_url(article), {"a": before.pk})
    assertContains(compare, notes[1])

    response = editor_client.post(restore_url(article, before), follow=True)
    assert response.redirect_chain[-1][0] == change_url(article)
    for note in notes:
        assertContains(response, note)
    restored = current_document(article)
    assert (restored.title, restored.topic) == ("The Story", "")
    assert (restored.tags, restored.authors) == (["Buses"], ["Ana Reporter"])
    connection.check_constraints()  # no row points at a deleted label


def test_restore_is_refused_when_another_article_took_the_slug(
    editor_client, make_labelled_article, make_article
):
    draft = make_labelled_article(
        slug="the-story", status=Article.Status.DRAFT, publish_at=None
    )
    before = latest_version(draft)
    data = open_form(editor_client, draft)
    data["slug"] = "a-new-story"
    save(editor_client, draft, data)
    make_article(title="Another story", slug="the-story")
    unchanged = snapshot(draft)

    page = editor_client.get(restore_url(draft, before))
    assertContains(page, "/articles/the-story/, is now “Another story”’s")
    assertNotContains(page, "Restore this version")

    response = editor_client.post(restore_url(draft, before))
    assertContains(response, "cannot be restored, and nothing has been changed")
    assertContains(response, "/articles/the-story/, is now “Another story”’s")
    assert snapshot(draft) == unchanged


def test_restore_is_refused_when_the_slug_still_leads_to_another_article(
    editor_client, make_labelled_article
):
    draft = make_labelled_article(
        slug="shared", status=Article.Status.DRAFT, publish_at=None
    )
    before = latest_version(draft)
    data = open_form(editor_client, draft)
    data["slug"] = "draft-two"
    save(editor_client, draft, data)
    other = make_labelled_article(title="Other", slug="shared")
    data = open_form(editor_client, other)
    data["slug"] = "other-moved"
    save(editor_client, other, data)
    assert SlugRedirect.objects.filter(old_slug="shared", article=other).exists()
    unchanged = snapshot(draft)

    response = editor_client.post(restore_url(draft, before))
    assertContains(response, "/articles/shared/, still leads to “Other”")
    assert snapshot(draft) == unchanged


def test_restoring_an_old_slug_keeps_the_newer_address_working(
    editor_client, client, article
):
    before = latest_version(article)
    data = open_form(editor_client, article)
    data["slug"] = "renamed-story"
    save(editor_client, article, data)

    editor_client.post(restore_url(article, before))

    assert client.get("/articles/the-story/").status_code == 200
    response = client.get("/articles/renamed-story/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/the-story/"


def test_restore_is_refused_when_a_part_fails_validation(editor_client, article):
    """A revision recorded before a rule existed (here: images from other
    sites, which every database stores but the model refuses)."""
    lead = "![Chart](https://elsewhere.example/chart.png)"
    Article.objects.filter(pk=article.pk).update(lead=lead)
    article_saved(article, by=None, comment="Before the image rule")
    outside = latest_version(article)
    Article.objects.filter(pk=article.pk).update(lead="The lead.")
    article_saved(article, by=None, comment="Image removed")
    unchanged = snapshot(article)

    response = editor_client.post(restore_url(article, outside))

    assertContains(response, "Readers would see a broken image")
    assert snapshot(article) == unchanged


def test_restoring_a_published_version_runs_the_publishing_checks(
    editor_client, article
):
    """A published revision with an empty section, recorded by an older rule."""
    section = article.sections.first()
    section.bullets.all().delete()
    Section.objects.filter(pk=section.pk).update(body="", body_after_list="")
    article_saved(article, by=None, comment="Emptied")
    empty = latest_version(article)
    Section.objects.filter(pk=section.pk).update(body="Written again.")
    article_saved(article, by=None, comment="Filled")
    unchanged = snapshot(article)

    response = editor_client.post(restore_url(article, empty))

    assertContains(response, f"(“{section.heading}”) has no text.")
    assert snapshot(article) == unchanged


def test_a_failure_while_restoring_leaves_everything_as_it_was(
    editor, article, monkeypatch
):
    before = latest_version(article)
    article.sections.first().delete()
    Article.objects.filter(pk=article.pk).update(title="Changed since")
    article_saved(article, by=editor, comment="Changed")
    unchanged = snapshot(article)

    def fail(*args, **kwargs):
        raise RuntimeError("the search index is down")

    monkeypatch.setattr("articles.services.revisions.article_saved", fail)
    with pytest.raises(RuntimeError):
        article_restore(before, by=editor)
    assert snapshot(article) == unchanged


def test_restore_refusal_is_raised_by_the_service_too(writer, make_labelled_article):
    draft = make_labelled_article(status=Article.Status.PUBLISHED, created_by=writer)
    published = latest_version(draft)
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.DRAFT)
    article_saved(draft, by=None, comment="Back to draft")

    with pytest.raises(RestoreRefused, match="Only editors can restore"):
        article_restore(published, by=writer)


# Roles.


def test_editor_uses_history_compare_and_restore(desk_editor, article):
    client = client_for(desk_editor)
    before = latest_version(article)
    data = open_form(client, article)
    data["title"] = "Edited"
    save(client, article, data)

    history = client.get(history_url(article))
    assertContains(history, restore_url(article, before))
    compare = client.get(compare_url(article), {"a": before.pk, "b": "current"})
    assert changes_listed(compare) == ["Title"]
    assertContains(client.get(restore_url(article, before)), "Restore this version")
    assertRedirects(client.post(restore_url(article, before)), change_url(article))
    assert Article.objects.get(pk=article.pk).title == "The Story"


def test_writer_restores_a_version_of_their_own_draft(writer, make_labelled_article):
    client = client_for(writer)
    draft = make_labelled_article(
        status=Article.Status.DRAFT, publish_at=None, created_by=writer
    )
    before = latest_version(draft)
    data = open_form(client, draft)
    data["title"] = "Mine, rewritten"
    save(client, draft, data)

    history = client.get(history_url(draft))
    assertContains(history, restore_url(draft, before))
    compare = client.get(compare_url(draft), {"a": before.pk, "b": "current"})
    assert changes_listed(compare) == ["Title"]
    page = client.get(restore_url(draft, before))
    assert changes_listed(page) == ["Title"]
    assertNotContains(page, "The publish dates stay")

    assertRedirects(client.post(restore_url(draft, before)), change_url(draft))
    assert Article.objects.get(pk=draft.pk).title != "Mine, rewritten"


def test_writer_cannot_restore_a_published_version(
    writer, desk_editor, make_labelled_article
):
    client = client_for(writer)
    article = make_labelled_article(status=Article.Status.PUBLISHED, created_by=writer)
    published = latest_version(article)
    editor = client_for(desk_editor)
    data = open_form(editor, article)
    data["status"] = "draft"
    save(editor, article, data)

    history = client.get(history_url(article))
    assert history.status_code == 200
    assertNotContains(history, restore_url(article, published))
    assert client.get(restore_url(article, published)).status_code == 403
    unchanged = snapshot(article)
    assert client.post(restore_url(article, published)).status_code == 403
    assert snapshot(article) == unchanged


def test_writer_cannot_restore_onto_an_article_they_cannot_edit(
    writer, make_labelled_article
):
    client = client_for(writer)
    someone_elses = make_labelled_article(status=Article.Status.DRAFT, publish_at=None)
    own_published = make_labelled_article(created_by=writer)
    for article in (someone_elses, own_published):
        version = latest_version(article)
        assertNotContains(
            client.get(history_url(article)), restore_url(article, version)
        )
        assert client.get(restore_url(article, version)).status_code == 403
        unchanged = snapshot(article)
        assert client.post(restore_url(article, version)).status_code == 403
        assert snapshot(article) == unchanged


def test_a_writers_restore_keeps_the_publish_dates(
    writer, desk_editor, make_labelled_article
):
    """Read-only in their form: a Writer's restore leaves them as they are."""
    client = client_for(writer)
    draft = make_labelled_article(
        status=Article.Status.DRAFT, publish_at=None, created_by=writer
    )
    unscheduled = latest_version(draft)
    when = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    Article.objects.filter(pk=draft.pk).update(publish_at=when)
    article_saved(draft, by=desk_editor, comment="Date planned")

    page = client.get(restore_url(draft, unscheduled))
    assertContains(page, "The publish dates stay as they are")
    assert changes_listed(page) == []
    client.post(restore_url(draft, unscheduled))
    assert Article.objects.get(pk=draft.pk).publish_at == when


# Save conflicts.


def test_a_conflict_names_only_what_the_other_editor_changed(
    editor, desk_editor, article
):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)

    first_form["title"] = "Title from the first editor"
    save(first, article, first_form)
    second_form["lead"] = "The second editor's new lead."
    response = second.post(change_url(article), second_form)

    assert response.status_code == 200
    assertContains(response, "Their changes: Title changed. Nothing was saved")
    shown_again = form_data(response.content.decode(), "article_form")
    assert shown_again["title"] == "Title from the first editor"
    assert shown_again["lead"] == "The second editor's new lead."
    assert shown_again["standfirst"].replace("\r\n", "\n") == (
        "Night buses return.\nTwo lines, as typed."
    )


def test_a_conflict_after_a_label_change_names_it(editor, desk_editor, article, labels):
    first, second = client_for(desk_editor), client_for(editor)
    first_form, second_form = open_form(first, article), open_form(second, article)

    first_form["tags"] = [str(labels["night"].pk)]
    save(first, article, first_form)
    response = second.post(change_url(article), second_form)

    assertContains(response, "Their changes: Tags changed. Nothing was saved")


def test_diff_ignores_line_ends_everywhere():
    from articles.formats.document import Bullet, Document, FAQEntry
    from articles.formats.document import Section as SectionData

    def document(newline):
        return Document(
            title="T",
            standfirst=f"One.{newline}Two.",
            lead=f"A.{newline}{newline}B.",
            sections=[
                SectionData(
                    heading="H",
                    body=f"C.{newline}D.",
                    bullets=[Bullet(text=f"E{newline}F", label="L")],
                    body_after_list=f"G{newline}H",
                )
            ],
            faqs=[FAQEntry(question="Q?", answer=f"I.{newline}J.")],
            closing=f"K.{newline}L.",
        )

    assert diff_documents(document("\r\n"), document("\n")) == []
    assert diff_documents(document("\r"), document("\n")) == []
    assert len(diff_documents(document("\n"), document(" "))) == 7
