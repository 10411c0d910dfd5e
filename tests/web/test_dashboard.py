"""The admin's home is the editor's desk (issue 15): each role signed in sees
its lists, with counts, in a fixed number of queries; the admin carries the
publication's name; the sign-in lockouts and old addresses sit under "Site"."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
import time_machine
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, CorrectionNote, EditorialComment
from tests.html_checks import form_data
from tests.signin import client_for

DESK = "/admin/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def desk_list(client, name):
    """The text and links of one list on the signed-in user's desk, or None
    when the desk has no such list."""
    html = client.get(DESK).content.decode()
    found = re.search(
        rf'<section class="desk-list" aria-labelledby="desk-{name}">(.*?)</section>',
        html,
        re.S,
    )
    if found is None:
        return None
    section = found.group(1)
    text = unescape(" ".join(re.sub(r"<[^>]+>", " ", section).split()))
    return text, re.findall(r'href="([^"]+)"', section)


def test_a_submission_and_its_send_back_reach_each_desk(
    writer, desk_editor, make_full_article
):
    story = make_full_article(
        title="Night buses", status=Article.Status.DRAFT, created_by=writer
    )
    writer_client, editor_client = client_for(writer), client_for(desk_editor)
    assert desk_list(editor_client, "review")[0].startswith("Needs review 0")

    # The writer submits through the change form.
    data = form_data(
        writer_client.get(change_url(story)).content.decode(), "article_form"
    )
    data["status"] = Article.Status.REVIEW
    assert writer_client.post(change_url(story), data).status_code == 302

    text, links = desk_list(editor_client, "review")
    story.refresh_from_db()
    assert text.startswith("Needs review 1 Night buses Submitted by Wendy Writer,")
    assert f"· {story.word_count} words" in text and story.word_count > 20
    assert links == [change_url(story)]
    assert desk_list(writer_client, "review") is None  # for Editors only

    # The editor sends it back with a comment.
    editor_client.post(
        "/admin/articles/article/",
        {
            "action": "send_back_to_draft",
            "_selected_action": [story.pk],
            "apply": "1",
            "comment": "Check the timetable figures.",
        },
    )
    text, links = desk_list(writer_client, "sent-back")
    assert text.startswith("Sent back to me 1 Night buses Check the timetable figures.")
    assert "Sent back by Eddie Editor," in text and links == [change_url(story)]
    assert desk_list(writer_client, "drafts")[0].startswith("My drafts 0")
    assert desk_list(editor_client, "review")[0].startswith("Needs review 0")

    # Resubmitted, it leaves "sent back" and waits for review again.
    data = form_data(
        writer_client.get(change_url(story)).content.decode(), "article_form"
    )
    data["status"] = Article.Status.REVIEW
    writer_client.post(change_url(story), data)
    assert desk_list(writer_client, "sent-back")[0].startswith("Sent back to me 0")
    assert desk_list(editor_client, "review")[0].startswith(
        "Needs review 1 Night buses"
    )


def test_needs_review_lists_the_oldest_submission_first(
    writer, desk_editor, make_full_article
):
    client = client_for(writer)
    for title in ("First in", "Second in"):
        article = make_full_article(
            title=title, status=Article.Status.DRAFT, created_by=writer
        )
        data = form_data(
            client.get(change_url(article)).content.decode(), "article_form"
        )
        data["status"] = Article.Status.REVIEW
        client.post(change_url(article), data)
    # Edited by an editor since: still waiting since its submission.
    first = Article.objects.get(title="First in")
    editor_client = client_for(desk_editor)
    data = form_data(
        editor_client.get(change_url(first)).content.decode(), "article_form"
    )
    data["standfirst"] = "Tightened by the desk."
    editor_client.post(change_url(first), data)

    text, _ = desk_list(editor_client, "review")
    assert text.index("First in") < text.index("Second in")
    assert text.count("Submitted by Wendy Writer") == 2


def test_a_submission_through_the_list_action_names_who_and_when(
    writer, desk_editor, make_full_article
):
    article = make_full_article(
        title="Ferry timetable", status=Article.Status.DRAFT, created_by=writer
    )
    moment = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        client_for(writer).post(
            "/admin/articles/article/",
            {"action": "submit_for_review", "_selected_action": [article.pk]},
        )

    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW
    assert (article.submitted_at, article.submitted_by) == (moment, writer)
    text, _ = desk_list(client_for(desk_editor), "review")
    assert "Ferry timetable Submitted by Wendy Writer, 30 Nov 2026" in text


def test_each_sees_only_their_own_drafts(writer, desk_editor, make_user, make_article):
    other = make_user("olga", "Writers")
    mine = make_article(title="Wendy's draft", status="draft", created_by=writer)
    make_article(title="Olga's draft", status="draft", created_by=other)
    make_article(title="Eddie's draft", status="draft", created_by=desk_editor)

    text, links = desk_list(client_for(writer), "drafts")
    assert text.startswith("My drafts 1 Wendy's draft Edited")
    assert links == [change_url(mine)]
    text, _ = desk_list(client_for(desk_editor), "drafts")
    assert text.startswith("My drafts 1 Eddie's draft")


def test_the_schedule_names_days_times_and_the_time_zone(
    settings, desk_editor, make_article
):
    settings.TIME_ZONE = "Europe/Paris"
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Paris
    with time_machine.travel(start, tick=False):
        make_article(title="Tonight", publish_at=start + timedelta(hours=10))
        make_article(title="Friday piece", publish_at=start + timedelta(days=3))
        make_article(
            title="Old offer",
            publish_at=start - timedelta(days=9),
            unpublish_at=start + timedelta(days=1, hours=5),
        )
        make_article(title="Next month", publish_at=start + timedelta(days=8))
        make_article(
            title="Draft with a date",
            status="draft",
            publish_at=start + timedelta(hours=2),
        )
        text, links = desk_list(client_for(desk_editor), "scheduled")

    assert text == (
        "Scheduled 3 Going live or coming down in the next 7 days. Times in "
        "Europe/Paris. Today 20:00 Goes live Tonight Tomorrow 15:00 Comes down "
        "Old offer Friday 4 December 10:00 Goes live Friday piece"
    )
    assert len(links) == 3


def test_recently_published_marks_updates_and_shows_their_notes(
    desk_editor, make_article
):
    now = timezone.now()
    make_article(title="Fresh", publish_at=now - timedelta(hours=2))
    corrected = make_article(
        title="Corrected",
        publish_at=now - timedelta(days=4),
        public_updated_at=now - timedelta(hours=1),
    )
    CorrectionNote.objects.create(
        article=corrected,
        text="The fare is 2 euros, not 3.",
        noted_at=now - timedelta(hours=1),
    )
    make_article(title="Last week", publish_at=now - timedelta(days=7))
    make_article(
        title="Gone", publish_at=now - timedelta(hours=3), status="unpublished"
    )

    text, _ = desk_list(client_for(desk_editor), "recent")
    assert text.startswith(
        "Recently published 2 Published or updated in the last 48 hours. "
        "Corrected Updated Updated"
    )
    assert "The fare is 2 euros, not 3." in text
    assert "Fresh Published" in text and "Last week" not in text


def test_long_lists_show_their_first_rows_and_link_to_all(desk_editor, make_article):
    for n in range(12):
        make_article(title=f"Waiting {n}", status="review")
    text, links = desk_list(client_for(desk_editor), "review")
    assert text.startswith("Needs review 12") and "All 12" in text
    assert links[0] == "/admin/articles/article/?state=review"
    assert len(links) == 11


@pytest.mark.parametrize("role", ["writer", "desk_editor", "editor"])
def test_the_desk_costs_a_fixed_number_of_queries(
    request, role, make_user, django_assert_max_num_queries
):
    user = request.getfixturevalue(role)
    now = timezone.now()
    rows = []
    for n in range(40):
        for status, publish_at in (
            ("draft", None),
            ("review", None),
            ("published", now + timedelta(days=n % 7, hours=1)),
            ("published", now - timedelta(hours=n % 40)),
        ):
            rows.append(
                Article(
                    title=f"{status} {n} {publish_at}",
                    slug=f"{status}-{n}-{len(rows)}",
                    status=status,
                    publish_at=publish_at,
                    public_updated_at=publish_at and now - timedelta(hours=1),
                    created_by=user,
                    word_count=n,
                )
            )
    articles = Article.objects.bulk_create(rows)
    EditorialComment.objects.bulk_create(
        EditorialComment(article=a, author=user, text="Again.") for a in articles[::8]
    )
    CorrectionNote.objects.bulk_create(
        CorrectionNote(article=a, text="Fixed.") for a in articles[3::4]
    )
    client = client_for(user)
    client.get(DESK)  # the session's first read

    with django_assert_max_num_queries(10):
        response = client.get(DESK)
    assert response.status_code == 200
    assert desk_list(client, "scheduled")[0].startswith("Scheduled 40")
    assert desk_list(client, "sent-back")[0].startswith("Sent back to me 20")


# The admin's name and its "Site" heading.


def test_the_admin_carries_the_publications_name(settings, writer):
    settings.SITE_NAME = "Harbour Gazette"
    response = client_for(writer).get(DESK)
    assertContains(response, "<title>Harbour Gazette desk | Harbour Gazette</title>")
    assertContains(response, '<a href="/admin/">Harbour Gazette</a>')
    assertContains(response, "<h1>Harbour Gazette desk</h1>")
    assertNotContains(response, "Django administration")


def app_captions(response):
    html = response.content.decode()
    sidebar = html[html.index('id="content-related"') :]
    return re.findall(r'class="section"[^>]*>([^<]+)</a>', sidebar)


def test_editors_find_the_sign_in_lockouts_under_site(desk_editor):
    client = client_for(desk_editor)
    response = client.get(DESK)
    assert app_captions(response) == ["Articles", "Site"]
    site = response.content.decode().split('class="app-site module')[1]
    assert re.findall(r'<th scope="row" id="site-\w+">\s*<a href="([^"]+)"', site) == [
        "/admin/axes/accessattempt/",
        "/admin/articles/slugredirect/",
    ]
    assert client.get("/admin/axes/accessattempt/").status_code == 200
    assertNotContains(response, "Old addresses")


def test_superusers_keep_every_model_and_writers_see_no_site(editor, writer):
    response = client_for(editor).get(DESK)
    assert app_captions(response) == [
        "Articles",
        "Authentication and Authorization",
        "Site",
    ]
    for url in (
        "/admin/axes/accessattempt/",
        "/admin/axes/accesslog/",
        "/admin/axes/accessfailurelog/",
        "/admin/articles/slugredirect/",
        "/admin/auth/user/",
    ):
        assertContains(response, f'href="{url}"')
    assert client_for(editor).get("/admin/axes/").status_code == 200
    assert app_captions(client_for(writer).get(DESK)) == ["Articles"]
