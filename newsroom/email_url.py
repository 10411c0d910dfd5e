"""``EMAIL_URL``: Django's email settings from one address, the way
``DATABASE_URL`` gives the database's (README, "Notifications").

    smtp://user:password@host:587/?tls=1   SMTP with STARTTLS (ssl=1: SMTPS)
    smtps://user:password@host             SMTP over TLS, port 465 by default
    console://                             print each message (development)
    locmem://                              keep them in django.core.mail.outbox
    file:///var/mail/newsroom              one file per message in that folder
    dummy://                               throw them away

User name and password may be percent-encoded (``%40`` for ``@``);
``timeout=`` sets ``EMAIL_TIMEOUT`` in seconds.
"""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
TRUE = {"1", "true", "yes", "on"}


def email_settings(url):
    """The ``EMAIL_*`` settings that ``url`` names, as a dict."""
    parts = urlsplit(url)
    if parts.scheme not in BACKENDS:
        raise ImproperlyConfigured(
            f"EMAIL_URL: unknown scheme {parts.scheme!r}; "
            f"use one of {', '.join(sorted(BACKENDS))}"
        )
    found = {"EMAIL_BACKEND": BACKENDS[parts.scheme]}
    query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
    if "timeout" in query:
        found["EMAIL_TIMEOUT"] = float(query["timeout"])
    if parts.scheme == "file":
        found["EMAIL_FILE_PATH"] = unquote(parts.path)
    if not parts.scheme.startswith("smtp"):
        return found
    ssl = parts.scheme == "smtps" or query.get("ssl", "").lower() in TRUE
    tls = query.get("tls", "").lower() in TRUE
    if ssl and tls:
        raise ImproperlyConfigured("EMAIL_URL: choose tls=1 or ssl=1, not both")
    return found | {
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if ssl else 587 if tls else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": tls,
        "EMAIL_USE_SSL": ssl,
    }
