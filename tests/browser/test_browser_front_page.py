"""The front page and the topics menu in headless Chromium, at 360 and 1280
px, light and dark: axe, no sideways scroll, the menu with the keyboard, and
screenshots to look at."""

import io
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, Author, Image, Topic
from tests.content import rendered
from tests.signin import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def front(db):
    """The demo articles and thirty more, in three navigation topics, with
    the demo's feature (which has a lead image) pinned to lead."""
    call_command("seed_demo", stdout=io.StringIO())
    climate = Topic.objects.get(name="Climate")
    community = Topic.objects.get(name="Community")
    transport = Topic.objects.create(name="Transport", slug="transport")
    for order, topic in enumerate((climate, transport, community)):
        topic.in_navigation, topic.navigation_order = True, order
        topic.save()
    author = Author.objects.get(display_name="Tom Reyes")
    images = list(Image.objects.all())
    now = timezone.now()
    for n in range(30):
        article = Article.objects.create(
            title=f"Council sets out plan number {n} for the city's evening buses",
            slug=f"plan-{n}",
            standfirst="What changes for riders, and when the first routes open.",
            status=Article.Status.PUBLISHED,
            publish_at=now - timedelta(hours=n + 1),
            topic=(transport, climate, community)[n % 3],
            lead_image=images[n % len(images)] if n % 2 == 0 else None,
        )
        article.authors.add(author)
        rendered(article)
    feature = Article.objects.get(slug="how-cities-keep-cool")
    feature.front_page_until = now + timedelta(days=1)
    feature.save(update_fields=["front_page_until"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_front_page_is_accessible_fits_and_is_screenshot(
    new_page, live_server, front, artifacts, width, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
    csp_errors = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and csp_errors.append(message.text)
        ),
    )
    page.goto(f"{live_server.url}/")
    expect(page.locator(".lead-story h2")).to_contain_text("Keep Cool")
    # Every picture loaded, the lazy ones too, before the screenshot.
    for image in page.locator("img").all():
        image.scroll_into_view_if_needed()
    page.wait_for_load_state("networkidle")
    root = "document.documentElement"
    assert page.evaluate(f"{root}.scrollWidth - {root}.clientWidth") <= 0
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations] == []
    assert csp_errors == []
    page.screenshot(path=artifacts / f"front-{width}-{scheme}.png", full_page=True)


def test_the_topics_menu_opens_with_the_keyboard_at_360_px(
    new_page, live_server, front
):
    page = new_page(viewport={"width": 360, "height": 800})
    page.goto(f"{live_server.url}/")
    menu = page.locator(".topic-menu")
    expect(page.locator(".topic-links")).to_be_hidden()
    expect(menu.get_by_role("link", name="Transport")).to_be_hidden()
    menu.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(menu.get_by_role("link", name="Transport")).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/topics/transport/")


def test_the_topics_are_a_row_at_1280_px(new_page, live_server, front):
    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/topics/climate/")
    expect(page.locator(".topic-menu")).to_be_hidden()
    links = page.locator(".topic-links a")
    expect(links).to_have_text(["Latest", "Climate", "Transport", "Community"])
    expect(page.get_by_role("searchbox", name="Search articles")).to_be_visible()


def test_an_editor_sets_the_menu_in_the_topic_list(
    new_page, live_server, front, desk_editor, artifacts
):
    page = new_page(viewport={"width": 1280, "height": 800})
    log_in(page, live_server, desk_editor.username)
    page.goto(f"{live_server.url}/admin/articles/topic/")
    row = page.locator("tr", has=page.get_by_role("link", name="Community"))
    row.locator("input[name$='-navigation_order']").fill("0")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")
    page.screenshot(path=artifacts / "front-topic-admin-1280.png")
    problems = [
        v["id"]
        for v in Axe()
        .run(page, context={"include": [["#content"]]})
        .response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert problems == []
    page.goto(f"{live_server.url}/")
    expect(page.locator(".topic-links a")).to_have_text(
        ["Latest", "Climate", "Community", "Transport"]  # 0, 0 (by name), 1
    )
