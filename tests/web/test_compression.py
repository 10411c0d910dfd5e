"""What Django compresses: text yes (public pages with Brotli, the rest
with gzip), pictures and fonts (compressed already) no."""

import pytest

from tests.content import picture_bytes

GZIP = {"accept-encoding": "gzip, deflate, br"}


@pytest.fixture
def uploads(settings):
    settings.SERVE_MEDIA = True
    folder = settings.MEDIA_ROOT / "images" / "probe"
    folder.mkdir(parents=True)
    for image_format in ("JPEG", "WEBP", "PNG"):
        (folder / f"w960.{image_format.lower()}").write_bytes(
            picture_bytes(image_format, size=(960, 720))
        )
    (folder / "diagram.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">' + "<g/>" * 200 + "</svg>"
    )
    return "/media/images/probe"


@pytest.mark.parametrize("name", ["w960.jpeg", "w960.webp", "w960.png"])
def test_uploaded_pictures_are_sent_as_stored(client, uploads, name):
    response = client.get(f"{uploads}/{name}", headers=GZIP)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    assert not response.has_header("Content-Encoding")
    body = b"".join(response.streaming_content)
    assert response["Content-Length"] == str(len(body))


def test_uploaded_svg_is_text_and_gzipped(client, uploads):
    response = client.get(f"{uploads}/diagram.svg", headers=GZIP)
    assert response["Content-Encoding"] == "gzip"


@pytest.mark.django_db
def test_public_pages_are_brotli_compressed_else_gzipped(client):
    response = client.get("/", headers=GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    response = client.get("/", headers={"accept-encoding": "gzip, deflate"})
    assert response["Content-Encoding"] == "gzip"
