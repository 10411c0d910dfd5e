"""Security headers, login throttling and request limits (issue 8, "Security")."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

from articles.models import Article, Bullet, Section
from tests.html_checks import elements, form_data

PASSWORD = "correct horse battery"
LOGIN = "/admin/login/"


def csp_directives(response):
    return {
        name: values
        for name, *values in (
            part.split() for part in response["Content-Security-Policy"].split(";")
        )
    }


# Headers.


@pytest.fixture
def article(make_full_article):
    return make_full_article(title="Heat")


def test_public_pages_have_a_strict_content_security_policy(client, article):
    for url in ("/", article.get_absolute_url(), "/search/?q=heat", "/nowhere/"):
        policy = csp_directives(client.get(url))
        assert policy["default-src"] == ["'none'"], url
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["base-uri"] == ["'none'"], url


def test_public_pages_have_no_inline_script_style_or_handler(client, article):
    """What the policy would block must not be in our pages to begin with."""
    for url in ("/", article.get_absolute_url(), "/search/?q=heat", "/nowhere/"):
        for tag, attrs in elements(client.get(url).content.decode()):
            assert tag != "style", url
            assert "style" not in attrs, (url, tag)
            assert not [name for name in attrs if name.startswith("on")], (url, tag)
            if tag == "script":
                # External scripts, or JSON-LD: a data block, never run.
                assert attrs.get("src") or attrs.get("type") == "application/ld+json"


def test_every_response_has_the_other_security_headers(client, article):
    for url in ("/", article.get_absolute_url(), LOGIN, "/feed/rss/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()"):
            assert feature in policy


def test_the_admin_has_its_own_policy(editor_client, article):
    response = editor_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    assert response.status_code == 200
    policy = csp_directives(response)
    assert policy == {
        name: list(values)
        for name, values in settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
    }
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in " ".join(policy["script-src"])


# Login throttling (django-axes): per user name and address.


def login(client, username, password, address="10.0.0.1", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **extra,
    )


@pytest.fixture
def editors(make_user):
    make_user("ana", "Editors")
    make_user("ben", "Editors")


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editors):
    for _ in range(4):
        response = login(client, "ana", "wrong password")
        assert response.status_code == 200  # the form again, with its error
    response = login(client, "ana", "wrong password")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in locked" in page
    assert "Too many failed sign-in attempts for “ana”" in page
    assert "1\xa0hour" in page

    # Now even the right password is refused, and the client stays anonymous.
    response = login(client, "ana", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # to the login page


def test_the_lock_lifts_after_the_cool_off(client, editors):
    with time_machine.travel("2026-03-01 09:00 +0000", tick=False) as traveller:
        for _ in range(5):
            login(client, "ana", "wrong password")
        assert login(client, "ana", PASSWORD).status_code == 429
        traveller.shift(timedelta(minutes=59))
        assert login(client, "ana", PASSWORD).status_code == 429
        traveller.shift(timedelta(minutes=2))
        response = login(client, "ana", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_other_users_and_other_addresses_are_not_locked(client, editors):
    for _ in range(5):
        login(client, "ana", "wrong password")
    # Another editor on the same address (a shared office network).
    assert login(client, "ben", PASSWORD).status_code == 302
    client.logout()
    # The same editor from another address.
    assert login(client, "ana", PASSWORD, address="10.0.0.2").status_code == 302


def test_an_editor_unlocks_a_locked_account_in_the_admin(
    client, editors, django_user_model
):
    """Any member of the Editors group, not only a superuser."""
    for _ in range(5):
        login(client, "ana", "wrong password")
    attempt = AccessAttempt.objects.get(username="ana")

    from tests.signin import client_for

    admin = client_for(django_user_model.objects.get(username="ben"))
    changelist = admin.get(reverse("admin:axes_accessattempt_changelist"))
    assert "ana" in changelist.content.decode()
    response = admin.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]),
        {"post": "yes"},
    )
    assert response.status_code == 302
    assert login(client, "ana", PASSWORD).status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editors, settings):
    """With one trusted proxy, only the address it appended is believed: a
    guesser cannot dodge the lock by inventing X-Forwarded-For entries."""
    settings.NEWSROOM_TRUSTED_PROXIES = 1
    for n in range(5):
        response = login(
            client,
            "ana",
            "wrong password",
            address="192.168.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 203.0.113.9",
        )
    assert response.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"
    # Someone else behind the same proxy is not locked out.
    other = login(
        client,
        "ana",
        PASSWORD,
        address="192.168.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert other.status_code == 302


def test_passwords_need_twelve_characters(editor_client, editor):
    url = reverse("admin:auth_user_password_change", args=[editor.pk])
    response = editor_client.post(
        url,
        {"password1": "Tr0ub4dor&3", "password2": "Tr0ub4dor&3"},
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    response = editor_client.post(
        url,
        {"password1": "violet tram anchor", "password2": "violet tram anchor"},
    )
    assert response.status_code == 302


# Request limits.


def import_url():
    return reverse("admin:articles_article_import")


def test_an_oversized_form_gets_a_clear_413_and_saves_nothing(editor_client):
    text = "Title\n\n" + ("A paragraph of pasted text. " * 40 + "\n\n") * 5000
    assert len(text.encode()) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = editor_client.post(import_url(), {"text": text, "confirm": "1"})
    assert response.status_code == 413
    page = response.content.decode()
    assert "That was too large to accept" in page
    assert "Nothing was saved" in page
    assert not Article.objects.exists()


def test_a_body_over_the_hard_cap_is_refused_before_it_is_read(editor_client, settings):
    settings.NEWSROOM_MAX_REQUEST_BYTES = 1_000_000
    response = editor_client.post(
        import_url(),
        {"file": _upload("big.md", b"x" * 1_200_000), "confirm": "1"},
    )
    assert response.status_code == 413
    assert "the most this site accepts at once is 1 MB" in response.content.decode()
    assert not Article.objects.exists()


def test_an_import_file_over_one_megabyte_is_a_form_error(editor_client):
    response = editor_client.post(
        import_url(), {"file": _upload("big.md", b"x" * 1_100_000), "confirm": "1"}
    )
    assert response.status_code == 200
    assert "The file is larger than 1 MB." in response.content.decode()
    assert not Article.objects.exists()


def test_too_many_fields_get_a_clear_413(editor_client):
    fields = {f"f{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = editor_client.post(import_url(), fields)
    assert response.status_code == 413
    assert "more fields or files than this site accepts" in response.content.decode()


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="text/markdown")


def test_the_largest_article_saves_within_the_field_limit(
    editor_client, make_article, make_section, make_bullet, make_faq
):
    """50 sections of 6 bullets and 30 FAQ entries: the admin form posts
    thousands of fields; the limit is set well above what it needs."""
    article = make_article(title="Everything about heat")
    article.authors.create(display_name="Ana", slug="ana")
    for _ in range(50):
        section = make_section(article, body="Paragraph. " * 60)
        for _ in range(6):
            make_bullet(section)
    for _ in range(30):
        make_faq(article)
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = editor_client.get(url).content.decode()
    # Every named control a browser submits, the hidden empty-form templates too.
    fields = [
        attrs["name"]
        for tag, attrs in elements(page)
        if tag in ("input", "textarea", "select") and attrs.get("name")
    ]
    assert 2_000 < len(fields) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS / 3
    data = form_data(page, "article_form") | {"_continue": "Save"}
    data["sections-0-heading"] = "Changed heading"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Section.objects.filter(heading="Changed heading").count() == 1
    assert Bullet.objects.filter(section__article=article).count() == 300
