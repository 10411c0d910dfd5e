"""Browser tests: headless Chromium through pytest-playwright, against
pytest-django's live server."""

import os

import pytest

from tests.chromium import CHROMIUM_ARGS, debian_chromium
from tests.paths import ARTIFACTS
from tests.signin import log_in

# Playwright's sync API runs an event loop in the test thread; the ORM calls in
# browser tests are still synchronous, so Django's async guard must step aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    """Every browser test runs against the live server in its own transaction
    and gets the data migrations' rows (the Writers and Editors groups) back
    when it starts: a transactional test empties every table when it ends."""
    for item in items:
        if "tests/browser/" in item.nodeid and not item.get_closest_marker("django_db"):
            item.add_marker(
                pytest.mark.django_db(transaction=True, serialized_rollback=True)
            )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium where it is installed, else Playwright's own build."""
    executable = debian_chromium()
    if executable:
        return {
            **browser_type_launch_args,
            "executable_path": executable,
            "args": CHROMIUM_ARGS,
        }
    return browser_type_launch_args


@pytest.fixture
def new_page(browser):
    """Pages in contexts of their own, all closed when the test ends, so no
    page keeps talking to the live server while the next test sets up."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def logged_in_page(page, live_server, editor):
    """A superuser (``editor``) logged in through the admin's login form."""
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, editor.username)
    return page


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
