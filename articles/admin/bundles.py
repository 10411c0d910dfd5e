"""The article change page's stylesheets and scripts in three files instead
of about forty: the page a desk editor opens all shift long loads with few
requests.

``manage.py bundle_admin_assets`` (``make assets``) writes the bundles from
the page as Django renders it without them: the files, in the order Django,
its widgets, markdownx, nested-admin and our templates ask for them. The
bundles are checked in; a test builds them again and fails when they are
stale (after a change to one of those files, or an upgrade). With DEBUG on,
or ``NEWSROOM_ADMIN_BUNDLES=0``, the page loads the files one by one.

Left out: markdownx's script (markdown-editors.js runs it again to wake an
editor), the nav sidebar's two files (outside the template's blocks), the
JavaScript catalog (a view), and the two scripts the form itself carries
with their data (change_form.js, prepopulate_init.js)."""

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.forms import Media, Script

BUNDLE_DIR = "articles/admin/bundles"
STYLES = f"{BUNDLE_DIR}/change-page.css"
SCRIPTS = f"{BUNDLE_DIR}/change-page.js"
DEFERRED_SCRIPTS = f"{BUNDLE_DIR}/change-page-deferred.js"
SEPARATE = re.compile(
    r"(^markdownx/js/markdownx|^admin/(css|js)/nav_sidebar\.|^admin/js/change_form\."
    r"|^admin/js/prepopulate_init\.)"
)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*(['"]?)([^'")\s]+)\1\s*\)?\s*;""")
SOURCE_MAP = re.compile(r"^\s*(//|/\*)\s*[#@]\s*sourceMappingURL=.*$", re.M)


def bundled():
    return settings.NEWSROOM_ADMIN_BUNDLES


def bundle_media():
    """What the change page loads instead of its forms' media."""
    return Media(
        css={"all": []},
        js=[
            SCRIPTS,
            "markdownx/js/markdownx.min.js",
            Script(DEFERRED_SCRIPTS, defer=True),
        ],
    )


class AssetReader(HTMLParser):
    """The stylesheets and scripts of a page's <head>, in order."""

    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.deferred = [], [], []
        self.in_head = True

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.in_head = False
        if not self.in_head:
            return
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.styles.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            (self.deferred if "defer" in attrs else self.scripts).append(attrs["src"])


def static_path(url):
    """``/static/admin/js/core.js`` → ``admin/js/core.js``; None for what is
    not a static file (the JavaScript catalog)."""
    prefix = (
        settings.STATIC_URL
        if settings.STATIC_URL.startswith("/")
        else ("/" + settings.STATIC_URL)
    )
    if not url.startswith(prefix):
        return None
    return url.removeprefix(prefix)


def source_lists(page_html):
    """(styles, scripts, deferred scripts): the static paths the unbundled
    page loads that go into the bundles."""
    reader = AssetReader()
    reader.feed(page_html)

    def kept(urls):
        paths = [static_path(url) for url in urls]
        return [path for path in paths if path and not SEPARATE.search(path)]

    return kept(reader.styles), kept(reader.scripts), kept(reader.deferred)


def read(path):
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(f"{path} is not a static file any more")
    return Path(found).read_text(encoding="utf-8")


def rebased_css(path, text):
    """A stylesheet's url()s, relative to the bundle's folder instead of its own."""

    def rebase(match):
        quote, target = match.groups()
        if re.match(r"^(data:|https?:|/|#)", target):
            return match.group(0)
        absolute = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        return f"url({quote}{posixpath.relpath(absolute, BUNDLE_DIR)}{quote})"

    return CSS_URL.sub(rebase, text)


def stylesheet(path):
    """A stylesheet with its url()s relative to the bundle and its @imports
    in place (an @import is void in the middle of a bundle)."""

    def imported(match):  # its address is the bundle's relative one by now
        target = posixpath.normpath(posixpath.join(BUNDLE_DIR, match[2]))
        return f"/* {target} */\n{stylesheet(target)}"

    return CSS_IMPORT.sub(imported, rebased_css(path, read(path)))


def build(page_html):
    """{bundle path: its text}, from the unbundled page's HTML."""
    styles, scripts, deferred = source_lists(page_html)

    def joined(paths, text_of, comment):
        parts = [
            f"{comment(path)}\n{SOURCE_MAP.sub('', text_of(path)).strip()}\n"
            for path in paths
        ]
        return "\n".join(parts)

    return {
        STYLES: joined(styles, stylesheet, lambda p: f"/* {p} */"),
        SCRIPTS: joined(
            scripts, lambda p: read(p).rstrip() + "\n;", lambda p: f"// {p}"
        ),
        DEFERRED_SCRIPTS: joined(
            deferred, lambda p: read(p).rstrip() + "\n;", lambda p: f"// {p}"
        ),
    }


def bundle_root():
    """Where the checked-in bundles live: the articles app's static folder."""
    return Path(__file__).resolve().parent.parent / "static"


def unbundled_change_page():
    """The add page of an article as a superuser gets it, files one by one
    (the superuser lives only in a transaction rolled back at the end)."""
    from django.contrib import admin
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test import RequestFactory, override_settings

    from articles.models import Article

    request = RequestFactory().get("/admin/articles/article/add/")
    request.session = {}
    plain_files = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    with (
        transaction.atomic(),
        override_settings(NEWSROOM_ADMIN_BUNDLES=False, STORAGES=plain_files),
    ):
        request.user = get_user_model().objects.create(
            username="bundle-builder", is_staff=True, is_superuser=True
        )
        response = admin.site.get_model_admin(Article).add_view(request)
        page = response.render().content.decode()
        transaction.set_rollback(True)
    return page
