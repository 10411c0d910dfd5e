"""Webhooks: the SSRF guard's rules, what a save plans, and one sender at a
time per endpoint (the end-to-end tests are in tests/web/test_webhooks.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, WebhookDelivery, WebhookEndpoint, WebhookEvent
from articles.services import articles_delete, webhooks

EVERY_EVENT = ["published", "updated", "unpublished", "deleted"]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.5",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # the cloud metadata service
        "fe80::1",
        "fc00::1",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "ff02::1",
        "240.0.0.1",
        "100.64.0.1",  # carrier-grade NAT
    ],
)
def test_private_and_special_addresses_are_refused(address, settings):
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = False
    assert webhooks.refusal(address)
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = True
    assert webhooks.refusal(address) is None


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses_are_allowed(address, settings):
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = False
    assert webhooks.refusal(address) is None


def test_the_form_check_names_the_problem(settings):
    settings.NEWSROOM_WEBHOOK_ALLOW_PRIVATE = False
    assert "http:// or https://" in webhooks.url_refusal("ftp://93.184.215.14/")
    assert "::1 is a loopback address" in webhooks.url_refusal("http://[::1]:8000/")
    assert "link-local" in webhooks.url_refusal("http://169.254.169.254/latest/")
    assert webhooks.url_refusal("https://93.184.215.14/hooks") is None


@pytest.fixture
def endpoint(db):
    return WebhookEndpoint.objects.create(
        url="https://93.184.215.14/hooks", secret="s" * 32, events=EVERY_EVENT
    )


def planned(article):
    return list(
        WebhookEvent.objects.filter(article_id=article.pk)
        .order_by("happens_at", "id")
        .values_list("kind", "happens_at")
    )


def test_without_endpoints_saves_record_nothing(make_full_article):
    make_full_article()
    assert not WebhookEvent.objects.exists()


def test_a_schedule_plans_go_live_and_removal_and_a_new_one_replaces_them(
    endpoint, make_full_article
):
    start = (timezone.now() + timedelta(hours=1)).replace(microsecond=0)
    end = start + timedelta(days=2)
    article = make_full_article(publish_at=start, unpublish_at=end)
    assert planned(article) == [("published", start), ("unpublished", end)]
    assert list(WebhookDelivery.objects.values_list("due_at", "next_attempt_at")) == [
        (end, end),
        (start, start),
    ]

    later = start + timedelta(hours=5)
    Article.objects.filter(pk=article.pk).update(publish_at=later, unpublish_at=None)
    article.refresh_from_db()
    webhooks.article_saved(article)
    assert planned(article) == [("published", later)]
    assert WebhookDelivery.objects.count() == 1


def test_live_edits_are_updates_and_a_deleted_draft_is_nobodys_business(
    endpoint, make_full_article
):
    live = make_full_article()
    webhooks.article_saved(live)
    draft = make_full_article(status=Article.Status.DRAFT, publish_at=None)
    articles_delete(Article.objects.filter(pk__in=[live.pk, draft.pk]))
    assert [kind for kind, _ in planned(live)] == ["published", "updated", "deleted"]
    assert planned(draft) == []


def test_one_sender_at_a_time_per_endpoint(endpoint, make_full_article, settings):
    """Another sender holds the endpoint: this one leaves it alone, so the
    order of its deliveries cannot be broken by two senders at once."""
    settings.NEWSROOM_WEBHOOKS_IN_BACKGROUND = False
    make_full_article()
    WebhookEndpoint.objects.update(sending_until=timezone.now() + timedelta(minutes=1))
    assert webhooks.send_due() == (0, 0)
    assert WebhookDelivery.objects.get().attempts == 0


def test_a_live_article_rescheduled_leaves_now_and_comes_back_at_its_time(
    endpoint, make_full_article
):
    article = make_full_article()
    later = (timezone.now() + timedelta(days=1)).replace(microsecond=0)
    Article.objects.filter(pk=article.pk).update(publish_at=later)
    article.refresh_from_db()
    webhooks.article_saved(article)
    assert [kind for kind, _ in planned(article)] == [
        "published",
        "unpublished",
        "published",
    ]
    assert planned(article)[-1] == ("published", later)
