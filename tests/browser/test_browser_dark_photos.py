"""In dark mode a photograph is a little dimmer, and back to full brightness
when the reader points at it; a diagram (PNG) is shown as drawn."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FILTER = "img => getComputedStyle(img).filter"


@pytest.fixture
def pictured(make_article, make_image, settings):
    settings.SERVE_MEDIA = True
    return make_article(
        title="Harbour at night",
        lead_image=make_image("JPEG", alt_text="Boats under street lights"),
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_photographs_are_dimmed_in_dark_mode_until_pointed_at(
    new_page, live_server, pictured, scheme
):
    page = new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{pictured.get_absolute_url()}")
    photo = page.locator(".figure-lead img")
    if scheme == "light":
        assert photo.evaluate(FILTER) == "none"
        return
    assert photo.evaluate(FILTER) == "brightness(0.85)"
    photo.hover()
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.figure-lead img')).filter"
        " === 'none'"
    )


def test_a_diagram_is_shown_as_drawn_in_dark_mode(
    new_page, live_server, make_article, make_image, settings
):
    settings.SERVE_MEDIA = True
    article = make_article(
        title="Fares compared", lead_image=make_image("PNG", alt_text="A bar chart")
    )
    page = new_page(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.locator(".figure-lead img").evaluate(FILTER) == "none"
