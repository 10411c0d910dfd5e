"""Email notifications (issue 15): Editors hear of submissions, authors of
send-backs, schedules and publications; each user can turn them off; a mail
server that fails never breaks a save, and superusers see what failed.

Messages are sent once the change commits: ``committed()`` runs the commit
callbacks as a real commit would (in the test's thread, as the test settings
ask); one transactional test lets the background thread send them."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.formats import localize
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, Author, Notification, NotificationPreference
from articles.services import notifications
from articles.services.workflow import article_submit_for_review
from tests.html_checks import form_data
from tests.signin import client_for

CHANGELIST = "/admin/articles/article/"
OUTBOX = "/admin/articles/notification/"
PREFERENCES = "/admin/articles/notification/preferences/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def desk(writer, desk_editor, make_user, editor):
    """A Writer who signs their draft, two Editors, a superuser (not on the
    desk): all with email addresses."""
    for user, address in (
        (writer, "wendy@example.com"),
        (desk_editor, "eddie@example.com"),
    ):
        user.email = address
        user.save()
    second = make_user("erin", "Editors", email="erin@example.com")
    Author.objects.create(user=writer, display_name="Wendy Writer", slug="wendy")
    return {"writer": writer, "editor": desk_editor, "second": second}


@pytest.fixture
def draft(desk, make_full_article):
    article = make_full_article(
        title="Night buses return",
        slug="night-buses",
        status=Article.Status.DRAFT,
        publish_at=None,
        created_by=desk["writer"],
    )
    article.authors.add(desk["writer"].author)
    return article


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def submit_in_change_form(client, article):
    data = form_data(client.get(change_url(article)).content.decode(), "article_form")
    data["status"] = Article.Status.REVIEW
    return client.post(change_url(article), data)


def action(client, name, article, **extra):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [article.pk], **extra},
        follow=True,
    )


def received(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_a_writer_submits_in_the_change_form_and_the_editors_are_emailed(
    desk, draft, committed
):
    with committed():
        response = submit_in_change_form(client_for(desk["writer"]), draft)
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == [
        "eddie@example.com",
        "erin@example.com",
    ]  # the Editors; not the superuser, not the writer
    message = received("eddie@example.com")[0]
    assert message.subject == "For review: Night buses return"
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert 'Wendy Writer submitted "Night buses return" for review.' in message.body
    link = f"{settings.NEWSROOM_SITE_URL}/admin/articles/article/{draft.pk}/change/"
    assert link in message.body
    # Saving again, still in review, tells nobody again.
    mail.outbox.clear()
    client = client_for(desk["writer"])
    data = form_data(client.get(change_url(draft)).content.decode(), "article_form")
    data["title"] = "Night buses are back"
    with committed():
        client.post(change_url(draft), data)
    assert mail.outbox == []


def test_the_submit_action_emails_the_editors_too(desk, draft, committed):
    with committed():
        action(client_for(desk["writer"]), "submit_for_review", draft)
    assert len(received("eddie@example.com")) == 1


def test_sent_back_with_a_comment_reaches_the_authors(desk, draft, committed):
    with committed():
        article_submit_for_review(draft, by=desk["writer"])
    mail.outbox.clear()
    with committed():
        action(
            client_for(desk["editor"]),
            "send_back_to_draft",
            draft,
            apply="1",
            comment="Check the figures for the N7.",
        )
    assert [m.to for m in mail.outbox] == [["wendy@example.com"]]
    message = mail.outbox[0]
    assert message.subject == "Sent back to you: Night buses return"
    assert "Eddie Editor sent" in message.body
    assert "Check the figures for the N7." in message.body
    assert f"/admin/articles/article/{draft.pk}/change/" in message.body


def test_publishing_and_scheduling_reach_the_authors(desk, draft, committed):
    client = client_for(desk["editor"])
    when = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    with committed():
        action(
            client,
            "schedule",
            draft,
            apply="1",
            publish_at=timezone.localtime(when).strftime("%Y-%m-%dT%H:%M"),
        )
    [scheduled] = received("wendy@example.com")
    assert scheduled.subject == "Scheduled: Night buses return"
    assert f"goes live on {localize(timezone.localtime(when))}" in scheduled.body
    mail.outbox.clear()
    with committed():
        action(client, "publish_now", draft)
    [published] = received("wendy@example.com")
    assert published.subject == "Published: Night buses return"
    assert f"{settings.NEWSROOM_SITE_URL}/articles/night-buses/" in published.body
    # Publishing what is live already tells nobody.
    mail.outbox.clear()
    with committed():
        action(client, "publish_now", draft)
    assert mail.outbox == []


def schedule(client, article, when):
    return action(
        client,
        "schedule",
        article,
        apply="1",
        publish_at=timezone.localtime(when).strftime("%Y-%m-%dT%H:%M"),
    )


def test_the_authors_hear_again_when_a_scheduled_article_goes_live(
    desk, draft, committed
):
    client = client_for(desk["editor"])
    when = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    with committed():
        schedule(client, draft, when)
    assert [m.subject for m in received("wendy@example.com")] == [
        "Scheduled: Night buses return"
    ]
    assert "and another when it goes live" in mail.outbox[0].body

    # The cron job before the time sends nothing; after it, the news.
    call_command("send_notifications")
    assert len(mail.outbox) == 1
    with time_machine.travel(when + timedelta(minutes=1)):
        call_command("send_notifications")
    published = received("wendy@example.com")[-1]
    assert published.subject == "Published: Night buses return"
    assert (
        f"scheduled by Eddie Editor, went live on {localize(timezone.localtime(when))}"
        in published.body
    )
    assert f"{settings.NEWSROOM_SITE_URL}/articles/night-buses/" in published.body


def test_rescheduled_or_unpublished_the_go_live_email_follows(desk, draft, committed):
    client = client_for(desk["editor"])
    first = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    later = first + timedelta(days=1)
    with committed():
        schedule(client, draft, first)
        schedule(client, draft, later)
    with time_machine.travel(first + timedelta(minutes=1)):
        call_command("send_notifications")
    assert "Published: Night buses return" not in [m.subject for m in mail.outbox]
    with time_machine.travel(later + timedelta(minutes=1)):
        call_command("send_notifications")
    assert [m.subject for m in mail.outbox].count("Published: Night buses return") == 1

    # Scheduled again, then taken back to a draft before its time: no email.
    mail.outbox.clear()
    article = Article.objects.get(pk=draft.pk)
    soon = (timezone.now() + timedelta(hours=5)).replace(second=0, microsecond=0)
    with time_machine.travel(later + timedelta(minutes=2)):
        soon = later + timedelta(days=1)
        with committed():
            schedule(client, article, soon)
            Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    with time_machine.travel(soon + timedelta(minutes=1)):
        call_command("send_notifications")
    assert "Published: Night buses return" not in [m.subject for m in mail.outbox]
    assert not Notification.objects.filter(sent_at__isnull=True).exists()


def test_a_user_who_turned_notifications_off_gets_none(desk, draft, committed):
    editor = client_for(desk["editor"])
    page = editor.get("/admin/")
    assertContains(page, f'<a href="{PREFERENCES}">Notifications</a>')
    form = editor.get(PREFERENCES)
    assertContains(form, 'name="is_enabled"')
    assertContains(form, "checked")  # on by default
    assertContains(form, "eddie@example.com")
    response = editor.post(PREFERENCES, {}, follow=True)  # the box unticked
    assertContains(response, "Email notifications are off.")
    assert not NotificationPreference.objects.get(user=desk["editor"]).is_enabled
    with committed():
        action(client_for(desk["writer"]), "submit_for_review", draft)
    assert [m.to for m in mail.outbox] == [["erin@example.com"]]


def test_a_failing_mail_server_never_breaks_the_save_and_superusers_see_it(
    desk, draft, committed, editor, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.mail.RefusingBackend"
    with committed(), caplog.at_level(logging.ERROR):
        response = submit_in_change_form(client_for(desk["writer"]), draft)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Article.Status.REVIEW
    assert "Emailing eddie@example.com (For review: Night buses return) failed" in (
        caplog.text
    )
    failed = Notification.objects.get(to="eddie@example.com")
    assert (failed.status(), failed.attempts) == ("retrying", 1)

    superuser = client_for(editor)
    assertContains(superuser.get("/admin/"), f'href="{OUTBOX}"')
    listing = superuser.get(OUTBOX)
    assertContains(listing, "For review: Night buses return")
    assertContains(listing, "retrying")
    details = superuser.get(f"{OUTBOX}{failed.pk}/change/")
    assertContains(details, "SMTPServerDisconnected: Connection unexpectedly closed")
    assertNotContains(details, 'name="_save"')
    for someone in (desk["writer"], desk["editor"]):
        assert client_for(someone).get(OUTBOX).status_code == 403
        assertNotContains(client_for(someone).get("/admin/"), f'href="{OUTBOX}"')

    # Once the server answers, the retry sends it, not before it is due.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_notifications")
    assert mail.outbox == []
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("send_notifications")
    assert sorted(m.to[0] for m in mail.outbox) == [
        "eddie@example.com",
        "erin@example.com",
    ]
    failed.refresh_from_db()
    assert (failed.status(), failed.attempts) == ("sent", 2)


def test_messages_are_given_up_on_after_the_last_attempt(
    desk, draft, committed, settings
):
    settings.EMAIL_BACKEND = "tests.mail.RefusingBackend"
    settings.NEWSROOM_NOTIFICATION_MAX_ATTEMPTS = 2
    with committed():
        article_submit_for_review(draft, by=desk["writer"])
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        with pytest.raises(Exception, match="2 emails failed"):
            call_command("send_notifications")
    statuses = set(Notification.objects.values_list("next_attempt_at", flat=True))
    assert statuses == {None}
    assert {n.status() for n in Notification.objects.all()} == {"failed"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_background_thread_sends_once_the_change_commits(
    writer, desk_editor, make_full_article, settings
):
    settings.NEWSROOM_NOTIFICATIONS_IN_BACKGROUND = True
    desk_editor.email = "eddie@example.com"
    desk_editor.save()
    article = make_full_article(status=Article.Status.DRAFT, publish_at=None)
    article_submit_for_review(article, by=writer)
    notifications.wait_for_sender(timeout=10)
    assert [m.to for m in mail.outbox] == [["eddie@example.com"]]
    assert Notification.objects.get().sent_at is not None
