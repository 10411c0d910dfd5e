import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.email_url import email_settings

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def test_smtp_with_starttls_and_an_encoded_password():
    assert email_settings(
        "smtp://desk%40example.org:p%2Fss@mail.example.org:2525/?tls=1"
    ) == {
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 2525,
        "EMAIL_HOST_USER": "desk@example.org",
        "EMAIL_HOST_PASSWORD": "p/ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


@pytest.mark.parametrize(
    ("url", "port", "tls", "ssl"),
    [
        ("smtp://mail.example.org", 25, False, False),
        ("smtp://mail.example.org/?tls=1", 587, True, False),
        ("smtps://mail.example.org", 465, False, True),
        ("smtp://mail.example.org/?ssl=true", 465, False, True),
    ],
)
def test_smtp_default_ports(url, port, tls, ssl):
    found = email_settings(url)
    assert (found["EMAIL_PORT"], found["EMAIL_USE_TLS"], found["EMAIL_USE_SSL"]) == (
        port,
        tls,
        ssl,
    )


def test_other_backends_and_the_timeout():
    assert email_settings("console://") == {
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"
    }
    assert email_settings("locmem://?timeout=5")["EMAIL_TIMEOUT"] == 5
    assert email_settings("file:///var/mail/newsroom")["EMAIL_FILE_PATH"] == (
        "/var/mail/newsroom"
    )


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://h/?tls=1&ssl=1"])
def test_mistakes_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        email_settings(url)
