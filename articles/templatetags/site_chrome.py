"""What every reader page's header, footer and head link to."""

import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@functools.cache
def _addresses(urlconf, prefix):
    return {
        "home": reverse("articles:index", urlconf),
        "search": reverse("articles:search", urlconf),
        "rss": reverse("articles:feed-rss", urlconf),
        "atom": reverse("articles:feed-atom", urlconf),
    }


@register.simple_tag
def site_addresses():
    """The site's own addresses, reversed once per URLconf and script prefix
    instead of on every page: the chrome links to the same four on each."""
    return _addresses(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
