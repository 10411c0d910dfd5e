"""Site-wide protections that Django has no setting for (issue 8, "Security").

- ``ContentSecurityPolicyMiddleware``: django-csp's middleware, with the admin's
  own policy (``ADMIN_CONTENT_SECURITY_POLICY``) on the editor's paths.
- ``PermissionsPolicyMiddleware``: the ``Permissions-Policy`` header.
- ``RequestLimitsMiddleware``: an oversized or over-long form gets a clear 413
  page before any view runs, instead of Django's bare 400.
- ``DatabaseUnavailableMiddleware``: a locked or unreachable database gives a
  503 page that tells the editor nothing was saved, instead of a 500.
- ``client_ip``: the address django-axes counts failed logins against.
"""

import logging

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import (
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


def is_editor_path(path):
    return path.startswith(settings.ADMIN_URL_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict site policy everywhere; the admin's own on editors' pages."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and is_editor_path(request.path_info)
        ):
            return PolicyParts(
                config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """Turn off the browser features no page of ours uses."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


def limits_response(request, message, status):
    response = TemplateResponse(
        request,
        "413.html",
        {"message": message, "back": request.META.get("HTTP_REFERER", "")},
        status=status,
    )
    add_never_cache_headers(response)
    return response.render()  # returned by a middleware: nothing renders it later


class RequestLimitsMiddleware:
    """Refuse request bodies over the limits with a page that says why.

    ``NEWSROOM_MAX_REQUEST_BYTES`` caps the whole body (uploads included) and is
    checked before any of it is read; Django's ``DATA_UPLOAD_MAX_*`` settings
    cap the form fields, and are checked here by reading the form once, so the
    error is ours and not a bare 400 from whichever middleware reads it first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("POST", "PUT", "PATCH"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = settings.NEWSROOM_MAX_REQUEST_BYTES
            if length > limit:
                return limits_response(
                    request,
                    f"What you sent is {length / 1e6:.1f} MB; the most this site "
                    f"accepts at once is {limit / 1e6:.0f} MB.",
                    413,
                )
            try:
                request.POST  # noqa: B018 - parsed once here, to check the limits
            except RequestDataTooBig:
                return limits_response(
                    request,
                    "The form is larger than "
                    f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1e6:.1f} MB of text. "
                    "Nothing was saved: split the text, or upload it as a file.",
                    413,
                )
            except (TooManyFieldsSent, TooManyFilesSent):
                return limits_response(
                    request,
                    "The form has more fields or files than this site accepts "
                    "at once. Nothing was saved: split the work into smaller "
                    "saves.",
                    413,
                )
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A locked or unreachable database: a 503 page, not a 500.

    The view's transaction has rolled back, so nothing is half-saved; the
    article form's own autosave keeps what the editor typed in the browser and
    offers it back when the form is opened again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable: %s", exception, exc_info=exception)
        response = TemplateResponse(
            request,
            "503.html",
            {
                "was_saving": request.method == "POST",
                "back": request.get_full_path() if request.method == "POST" else "",
            },
            status=503,
        )
        response["Retry-After"] = "30"
        add_never_cache_headers(response)
        return response


def client_ip(request):
    """The address failed logins are counted against.

    ``REMOTE_ADDR``, unless ``NEWSROOM_TRUSTED_PROXIES`` says how many proxies
    we run in front of the site: each appends the address it was called from to
    ``X-Forwarded-For``, so the client is that many entries from the right.
    Entries further left are whatever the client sent, and are never trusted.
    """
    proxies = settings.NEWSROOM_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: our page, status 429."""
    from axes.helpers import get_client_username, get_cool_off, get_failure_limit
    from django.contrib import admin
    from django.utils import timezone
    from django.utils.timesince import timeuntil

    now = timezone.now()
    cool_off = get_cool_off(request)
    response = TemplateResponse(
        request,
        "lockout.html",
        {
            **admin.site.each_context(request),
            "title": "Sign-in locked",
            "username": get_client_username(request, credentials) or "",
            "failure_limit": get_failure_limit(request, credentials),
            "cool_off": timeuntil(now + cool_off, now) if cool_off else "",
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    add_never_cache_headers(response)
    return response.render()
