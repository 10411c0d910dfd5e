"""The article change page's bundles (articles/admin/bundles.py) hold what
the page would load file by file, as checked in."""

import pytest
from django.test import override_settings

from articles.admin.bundles import (
    DEFERRED_SCRIPTS,
    SCRIPTS,
    STYLES,
    build,
    bundle_root,
    source_lists,
    unbundled_change_page,
)
from tests.signin import client_for

pytestmark = pytest.mark.django_db


def test_the_checked_in_bundles_are_up_to_date():
    built = build(unbundled_change_page())
    stale = [
        path
        for path, text in built.items()
        if (bundle_root() / path).read_text(encoding="utf-8") != text
    ]
    assert stale == [], (
        "These bundles no longer match the files they are made of: run "
        f"`make assets` and commit them: {stale}"
    )


def test_the_bundles_hold_django_s_the_libraries_and_our_files_in_order():
    styles, scripts, deferred = source_lists(unbundled_change_page())
    assert (
        styles[0] == "admin/css/base.css" and styles[-1] == "admin/css/responsive.css"
    )
    assert "markdownx/admin/css/markdownx.min.css" in styles
    assert scripts.index("admin/js/vendor/jquery/jquery.min.js") < scripts.index(
        "admin/js/jquery.init.js"
    )
    assert "nested_admin/dist/nested_admin.min.js" in scripts
    # markdown-editors.js runs markdownx's own file again to wake an editor.
    assert not [path for path in scripts if path.startswith("markdownx/")]
    assert "articles/admin/editing-page.js" in deferred
    assert "articles/admin/live-checks.js" in deferred
    css = (bundle_root() / STYLES).read_text()
    # forms.css imports widgets.css: in place, its images found from the bundle.
    assert "@import" not in css and "url(../../../admin/img/icon-calendar.svg)" in css


def test_the_change_page_loads_the_bundles(writer, make_article):
    article = make_article(title="Bundled", status="draft")
    html = client_for(writer).get(f"/admin/articles/article/{article.pk}/change/")
    html = html.content.decode()

    for path in (STYLES, SCRIPTS):
        assert f"/static/{path}" in html
    assert f'src="/static/{DEFERRED_SCRIPTS}" defer' in html
    assert "/static/admin/js/core.js" not in html
    assert "/static/admin/css/forms.css" not in html
    with override_settings(NEWSROOM_ADMIN_BUNDLES=False):
        html = client_for(writer).get(f"/admin/articles/article/{article.pk}/change/")
    assert "/static/admin/js/core.js" in html.content.decode()
