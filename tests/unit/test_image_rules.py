"""The rules about images that need no database: which part of a picture a
crop keeps, where image markers may stand in Markdown, and which image
addresses readers' browsers would block."""

import pytest

from articles import imaging
from articles.formats import FormatError, parse_markdown
from articles.rendering import blocked_images, csp_allows

# Focal point -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("focal", "box"),
    [
        ((0.5, 0.5), (50, 0, 250, 100)),
        ((0.0, 0.5), (0, 0, 200, 100)),
        ((1.0, 0.5), (100, 0, 300, 100)),
        ((0.8, 0.1), (100, 0, 300, 100)),
    ],
)
def test_crop_box_keeps_the_focal_point_in_view(focal, box):
    assert imaging.crop_box(300, 100, 2.0, *focal) == box


# Image markers in Markdown -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("<!-- image: abc -->\n\nLead.", 7),
        ("## A\n\nText first.\n\n<!-- image: abc -->", 11),
        ("## A\n\n<!-- image: abc -->\n\n<!-- image: def -->", 11),
        ("## A\n\n<!-- image: two words -->", 9),
    ],
)
def test_misplaced_image_markers_are_reported_with_their_line(body, line):
    text = f'---\ntitle: "T"\nslug: "t"\nstandfirst: ""\nstatus: draft\n---\n{body}\n'
    with pytest.raises(FormatError) as error:
        parse_markdown(text)
    assert error.value.line == line


# Images from other sites, which readers' browsers would not show ------------------


@pytest.mark.parametrize(
    ("markdown", "blocked"),
    [
        ("No image here, just ![ and <img", []),
        ("![x](/media/p.png)", []),
        ("![x](p.png)", []),
        ("![x](https://evil.example/p.png)", ["https://evil.example/p.png"]),
        ("![x](//evil.example/p.png)", ["//evil.example/p.png"]),
        ("![x][pic]\n\n[pic]: http://evil.example/p.png", ["http://evil.example/p.png"]),
        ('<img src="https://evil.example/p.png">', ["https://evil.example/p.png"]),
        ("![x](data:image/png;base64,AAAA)", [""]),  # the sanitiser drops it
        ("![x](https://media.example.com/p.png)", []),
        ("![x](http://media.example.com/p.png)", ["http://media.example.com/p.png"]),
        ("![x](https://cdn.example.net/p.png)", []),
        ("![x](https://a.cdn.example.net/p.png)", []),
        ("![x](https://cdn.example.net.evil/p.png)", ["https://cdn.example.net.evil/p.png"]),
        ("![x](https://bucket.example/site/p.png)", []),
        ("![x](https://bucket.example/other/p.png)", ["https://bucket.example/other/p.png"]),
        ("![x](https://media.example.com:8443/p.png)", ["https://media.example.com:8443/p.png"]),
    ],
)  # fmt: skip
def test_blocked_images_follow_the_policy(settings, markdown, blocked):
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            "img-src": [
                "'self'",
                "https://media.example.com",
                "*.cdn.example.net",
                "cdn.example.net",
                "https://bucket.example/site/",
            ]
        }
    }
    assert blocked_images(markdown) == blocked


@pytest.mark.parametrize(
    "src",
    ["/\\evil.example/p.png", "\\\\evil.example/p.png", "/\t/evil.example/p.png"],
)
def test_addresses_browsers_read_as_another_site_are_blocked(src):
    assert not csp_allows(src, ["'self'"])
    assert csp_allows("/media/p.png", ["'self'"])
