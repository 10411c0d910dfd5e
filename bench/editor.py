"""The editor's side of `make bench`: an article's change page opened in
headless Chromium against the benchmark's gunicorn, as an editor with an
empty browser cache meets it.

For each article: the requests the page makes until the network is quiet
(and how many of them are Markdown previews), and the time from the start of
navigation until the last of them ended: the page is idle from then on."""

from playwright.sync_api import sync_playwright

from tests.chromium import CHROMIUM_ARGS, debian_chromium

PREVIEW_URL = "/markdownx/markdownify/"
LAST_RESPONSE_MS = """() => Math.max(
    performance.getEntriesByType("navigation")[0].loadEventEnd,
    ...performance.getEntriesByType("resource").map((entry) => entry.responseEnd)
)"""


def change_pages_in_browser(base_url, username, password, pages):
    """``pages``: (name, path) pairs. Returns {name: figures}."""
    executable = debian_chromium()
    launch = (
        {"executable_path": executable, "args": CHROMIUM_ARGS} if executable else {}
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch)
        try:
            signed_in = sign_in(browser, base_url, username, password)
            return {
                name: open_change_page(browser, signed_in, f"{base_url}{path}")
                for name, path in pages
            }
        finally:
            browser.close()


def sign_in(browser, base_url, username, password):
    """The session cookie, through the login form; the cache stays behind."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base_url}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_url(f"{base_url}/admin/")
        return context.storage_state()
    finally:
        context.close()


def open_change_page(browser, signed_in, url):
    context = browser.new_context(
        storage_state=signed_in, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(url, wait_until="networkidle")
        return {
            "requests": len(requests),
            "preview_requests": sum(PREVIEW_URL in url for url in requests),
            "idle_ms": round(page.evaluate(LAST_RESPONSE_MS)),
        }
    finally:
        context.close()
