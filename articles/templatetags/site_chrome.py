"""What every reader page's header, footer and head link to."""

import functools

from django import template
from django.conf import settings
from django.db import DatabaseError
from django.urls import get_script_prefix, get_urlconf, reverse

from articles.caching import pages
from articles.models import Topic

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


def navigation_topics():
    """The topics of the menu, as ``{"pk", "name", "url"}``: read once per content
    generation (a topic's change starts a new one) and shared by every page
    and process, so a page pays no query for its menu."""
    return pages.per_generation(
        "navigation-topics",
        lambda: [
            {"pk": topic.pk, "name": topic.name, "url": topic.get_absolute_url()}
            for topic in Topic.objects.in_navigation().only("name", "slug")
        ],
    )


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The menu's topics: the view's, when it read them already (the home
    page does, for its topic blocks), else the shared cache's."""
    known = context.get("navigation_topics")
    if known is not None:
        return known
    try:
        return navigation_topics()
    except DatabaseError:
        return []  # the 500 and 503 pages: shown without a menu, not failed
