"""Webhooks end to end (issue 17): a superuser adds an endpoint in the admin,
an Editor publishes, edits, unpublishes and deletes through the real admin,
and a real HTTP server on loopback receives each event once, signed; one that
is down and comes back gets them all in order; a scheduled article's
"published" arrives at its time. Without NEWSROOM_WEBHOOK_ALLOW_PRIVATE the
loopback receiver is refused, in the form and on connecting.

Deliveries go out once the change commits: ``committed()`` runs the commit
callbacks as a real commit would, in the test's thread; one transactional
test lets the background thread send them."""

import hashlib
import hmac
import http.server
import json
import re
import threading
import time
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from pytest_django.asserts import assertContains

from articles.models import Article, WebhookDelivery, WebhookEndpoint
from articles.services import webhooks
from tests.html_checks import form_data
from tests.servers import free_port
from tests.signin import client_for

CHANGELIST = "/admin/articles/article/"
ENDPOINTS = "/admin/articles/webhookendpoint/"
DELIVERIES = "/admin/articles/webhookdelivery/"
SECRET = "a-receivers-shared-secret-of-some-length"


class Receiver:
    """A webhook receiver on loopback recording what it is sent; it refuses
    connections until started, and answers ``status``."""

    def __init__(self):
        self.port = free_port()
        self.received = []  # (headers, body, path, time on arrival)
        self.status = 204
        self.release = None  # a threading.Event to wait for before answering
        self.server = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/hooks/newsroom?site=1"

    def start(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.release is not None:
                    receiver.release.wait(10)
                arrived = (dict(self.headers), body, self.path, time.time())
                receiver.received.append(arrived)
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"x" * 100_000)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def events(self):
        """What arrived, checked as a receiver would: signature and time."""
        arrived = []
        for headers, body, _, arrived_at in self.received:
            timestamp = headers["X-Newsroom-Timestamp"]
            expected = hmac.new(
                SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256
            ).hexdigest()
            assert hmac.compare_digest(
                headers["X-Newsroom-Signature"], f"sha256={expected}"
            )
            assert abs(int(timestamp) - arrived_at) < 300  # the README's window
            data = json.loads(body)
            assert headers["X-Newsroom-Event"] == data["event"]
            assert headers["X-Newsroom-Delivery"] == data["delivery"]
            arrived.append((data["event"], data["slug"]))
        return arrived


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.stop()


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = True
    settings.NEWSROOM_WEBHOOKS_IN_BACKGROUND = False


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def endpoint(receiver):
    return WebhookEndpoint.objects.create(
        url=receiver.url,
        secret=SECRET,
        events=["published", "updated", "unpublished", "deleted"],
    )


@pytest.fixture
def story(make_full_article):
    return make_full_article(
        title="Night buses return",
        slug="night-buses",
        status=Article.Status.DRAFT,
        publish_at=None,
    )


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def change_form(client, article, **changes):
    data = form_data(client.get(change_url(article)).content.decode(), "article_form")
    return client.post(change_url(article), data | changes)


def action(client, name, article, **extra):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [article.pk], **extra},
        follow=True,
    )


def schedule(client, article, when):
    return action(
        client,
        "schedule",
        article,
        apply="1",
        publish_at=timezone.localtime(when).strftime("%Y-%m-%dT%H:%M"),
    )


def test_a_superuser_adds_an_endpoint_and_every_change_arrives_once_signed(
    editor, desk_editor, story, receiver, committed
):
    receiver.start()
    admin = client_for(editor)
    page = admin.get(f"{ENDPOINTS}add/").content.decode()
    data = form_data(page, "webhookendpoint_form")
    assert len(data["secret"]) >= 32  # a strong one is offered
    ticked = re.findall(r'<input type="checkbox" name="events"[^>]*checked>', page)
    assert len(ticked) == 4  # every event, unless the superuser says otherwise
    data |= {"url": receiver.url, "secret": SECRET, "description": "Partner app"}
    data["events"] = ["published", "updated", "unpublished", "deleted"]  # as ticked
    assert admin.post(f"{ENDPOINTS}add/", data).status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["published", "updated", "unpublished", "deleted"]

    client = client_for(desk_editor)
    with committed():
        assert change_form(client, story, status="published").status_code == 302
    with committed():
        change_form(client, story, title="Night buses return on Friday")
    with committed():
        action(client, "unpublish", story)
    with committed():
        response = client.post(f"{change_url(story)[:-7]}delete/", {"post": "yes"})
        assert response.status_code == 302
    assert receiver.events() == [
        ("published", "night-buses"),
        ("updated", "night-buses"),
        ("unpublished", "night-buses"),
        ("deleted", "night-buses"),
    ]
    headers, body, path, _ = receiver.received[1]
    assert path == "/hooks/newsroom?site=1"
    assert headers["Content-Type"] == "application/json"
    data = json.loads(body)
    assert data["article_id"] == story.pk
    assert data["url"] == data["article"]["url"]
    assert data["url"].endswith("/articles/night-buses/")
    assert data["article"]["title"] == "Night buses return on Friday"
    deliveries = WebhookDelivery.objects.all()
    assert {(d.status, d.response_code, d.attempts) for d in deliveries} == {
        ("sent", 204, 1)
    }
    assert len({d.uuid for d in deliveries}) == 4


def test_a_draft_saved_or_deleted_tells_nobody(desk_editor, story, receiver, endpoint):
    receiver.start()
    client = client_for(desk_editor)
    change_form(client, story, title="Still a draft")
    client.post(f"/admin/articles/article/{story.pk}/delete/", {"post": "yes"})
    call_command("send_webhooks")
    assert receiver.received == []


def test_a_receiver_that_is_down_then_back_gets_every_event_in_order(
    editor, desk_editor, story, receiver, endpoint, committed
):
    client = client_for(desk_editor)
    with committed():
        change_form(client, story, status="published")
    with committed():
        change_form(client, story, title="Night buses: the timetable")
    with committed():
        action(client, "unpublish", story)
    # Only the first was tried: the later ones wait behind it.
    first, *later = WebhookDelivery.objects.order_by("due_at", "id")
    assert (first.attempts, first.status) == (1, "pending")
    assert "ConnectionRefusedError" in first.last_error
    assert [d.attempts for d in later] == [0, 0]

    # The superuser sees why, and when the next attempt is.
    response = client_for(editor).get(DELIVERIES)
    assertContains(response, "ConnectionRefusedError")
    assertContains(response, "Waiting, 1 attempt, next ")
    assertContains(response, '<td class="field-outcome">Waiting</td>', count=2)

    # Back up: the cron job sends nothing before the retry is due, then all.
    receiver.start()
    call_command("send_webhooks")
    assert receiver.received == []
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("send_webhooks")
    assert receiver.events() == [
        ("published", "night-buses"),
        ("updated", "night-buses"),
        ("unpublished", "night-buses"),
    ]
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"sent"}


def test_a_scheduled_article_is_published_to_receivers_at_its_time(
    desk_editor, story, receiver, endpoint, committed
):
    receiver.start()
    client = client_for(desk_editor)
    when = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    with committed():
        schedule(client, story, when)
    call_command("send_webhooks")
    assert receiver.received == []
    with time_machine.travel(when - timedelta(minutes=1)):
        call_command("send_webhooks")
    assert receiver.received == []
    with time_machine.travel(when + timedelta(minutes=1)):
        call_command("send_webhooks")
        call_command("send_webhooks")
        assert receiver.events() == [("published", "night-buses")]
    assert json.loads(receiver.received[0][1])["happened_at"] == when.isoformat()


def test_a_schedule_changed_or_cancelled_sends_nothing_stale(
    desk_editor, story, make_full_article, receiver, endpoint, committed
):
    receiver.start()
    client = client_for(desk_editor)
    first = (timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    later = first + timedelta(days=1)
    with committed():
        schedule(client, story, first)
        schedule(client, story, later)
    with time_machine.travel(first + timedelta(minutes=1)):
        call_command("send_webhooks")
    assert receiver.received == []
    with time_machine.travel(later + timedelta(minutes=1)):
        call_command("send_webhooks")
        assert receiver.events() == [("published", "night-buses")]

    # Another article scheduled, then unpublished before its time: nothing.
    other = make_full_article(
        title="Ferry timetable", slug="ferry", status="draft", publish_at=None
    )
    with committed():
        schedule(client, other, first)
    assert WebhookDelivery.objects.filter(event__slug="ferry").count() == 1
    with committed():
        action(client, "unpublish", other)
    assert not WebhookDelivery.objects.filter(event__slug="ferry").exists()
    with time_machine.travel(later + timedelta(days=1)):
        call_command("send_webhooks")
        assert receiver.events() == [("published", "night-buses")]


def test_a_removal_date_sends_unpublished_when_it_comes(
    desk_editor, story, receiver, endpoint, committed
):
    receiver.start()
    client = client_for(desk_editor)
    until = timezone.localtime() + timedelta(hours=2)
    with committed():
        change_form(
            client,
            story,
            status="published",
            unpublish_at_0=until.strftime("%Y-%m-%d"),
            unpublish_at_1=until.strftime("%H:%M:00"),
        )
    assert receiver.events() == [("published", "night-buses")]
    with time_machine.travel(until + timedelta(minutes=1)):
        call_command("send_webhooks")
        assert receiver.events() == [
            ("published", "night-buses"),
            ("unpublished", "night-buses"),
        ]


def test_one_receiver_down_does_not_hold_up_another(
    desk_editor, story, receiver, endpoint, committed
):
    up = Receiver()
    up.start()
    try:
        WebhookEndpoint.objects.create(url=up.url, secret=SECRET, events=["published"])
        with committed():
            change_form(client_for(desk_editor), story, status="published")
        assert up.events() == [("published", "night-buses")]
        assert receiver.received == []
        assert WebhookDelivery.objects.filter(endpoint=endpoint).get().attempts == 1
    finally:
        up.stop()


def test_an_endpoint_hears_only_the_events_it_chose(
    desk_editor, story, receiver, endpoint, committed
):
    receiver.start()
    endpoint.events = ["published", "deleted"]
    endpoint.save()
    client = client_for(desk_editor)
    with committed():
        change_form(client, story, status="published")
        change_form(client, story, title="Night buses, edited")
        client.post(f"/admin/articles/article/{story.pk}/delete/", {"post": "yes"})
    assert receiver.events() == [
        ("published", "night-buses"),
        ("deleted", "night-buses"),
    ]


def test_a_failing_receiver_is_given_up_on_after_a_day_and_retried_by_hand(
    editor, desk_editor, story, receiver, endpoint, committed
):
    receiver.start()
    receiver.status = 500
    client = client_for(desk_editor)
    with committed():
        change_form(client, story, status="published")
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.response_code) == ("pending", 500)
    # The answer is read only so far.
    assert delivery.last_error.startswith("HTTP 500: xxx")
    assert len(delivery.last_error) < 1100
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        with pytest.raises(CommandError):
            call_command("send_webhooks")
    delivery.refresh_from_db()
    assert (delivery.status, delivery.next_attempt_at) == ("given_up", None)
    assert delivery.attempts == 2
    admin = client_for(editor)
    assertContains(
        admin.get(DELIVERIES),
        '<td class="field-outcome">Given up, 2 attempts, answered 500</td>',
    )

    receiver.status = 200
    with committed():
        response = admin.post(
            DELIVERIES,
            {"action": "retry_now", "_selected_action": [delivery.pk]},
            follow=True,
        )
    assertContains(response, "1 delivery queued to retry now.")
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_code) == ("sent", 200)
    assert len(receiver.received) == 3


def test_without_the_flag_loopback_receivers_are_refused(
    editor, desk_editor, story, receiver, settings, committed
):
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = False
    receiver.start()
    admin = client_for(editor)
    data = form_data(
        admin.get(f"{ENDPOINTS}add/").content.decode(), "webhookendpoint_form"
    )
    data |= {"url": receiver.url, "events": ["published"]}
    response = admin.post(f"{ENDPOINTS}add/", data)
    assertContains(response, "127.0.0.1 is a loopback address")
    assertContains(response, "NEWSROOM_WEBHOOK_ALLOW_PRIVATE=1")
    assert not WebhookEndpoint.objects.exists()

    # A name that resolves to loopback by the time of sending (say, DNS
    # rebinding after the form's check) is refused on connecting.
    WebhookEndpoint.objects.create(
        url=f"http://localhost:{receiver.port}/", secret=SECRET, events=["published"]
    )
    with committed():
        change_form(client_for(desk_editor), story, status="published")
    delivery = WebhookDelivery.objects.get()
    assert "AddressRefused" in delivery.last_error
    assert "loopback" in delivery.last_error
    assert receiver.received == []


def test_editors_and_writers_cannot_see_webhooks(desk_editor, writer, endpoint):
    for user in (desk_editor, writer):
        client = client_for(user)
        for url in (
            ENDPOINTS,
            f"{ENDPOINTS}add/",
            f"{ENDPOINTS}{endpoint.pk}/change/",
            DELIVERIES,
        ):
            assert client.get(url).status_code == 403, (user, url)
        assert "webhook" not in client.get("/admin/").content.decode().lower()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_save_never_waits_for_the_receiver(desk_editor, make_full_article, settings):
    """The receiver holds its answer until the save has returned: a save that
    waited would time out, and the delivery would have failed."""
    settings.NEWSROOM_WEBHOOKS_IN_BACKGROUND = True
    receiver = Receiver()
    receiver.release = threading.Event()
    receiver.start()
    try:
        WebhookEndpoint.objects.create(
            url=receiver.url, secret=SECRET, events=["published"]
        )
        story = make_full_article(status=Article.Status.DRAFT, publish_at=None)
        response = change_form(client_for(desk_editor), story, status="published")
        assert response.status_code == 302
        assert WebhookDelivery.objects.get().status == "pending"
        receiver.release.set()
        webhooks.wait_for_sender(timeout=10)
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.attempts) == ("sent", 1)
        assert receiver.events() == [("published", story.slug)]
    finally:
        receiver.stop()
