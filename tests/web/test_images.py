"""The media library: safe uploads, renditions, pages, admin and formats."""

import io
import json
import re
import struct
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from PIL import ImageCms
from pytest_django.asserts import assertContains

from articles import imaging
from articles.formats import parse_markdown, write_markdown
from articles.models import Article, Image, Rendition
from articles.services import (
    article_create_from_document,
    article_saved,
    document_from_article,
)
from articles.services.images import image_create_from_upload
from tests.content import picture_bytes
from tests.html_checks import form_data

ADD_URL = "/admin/articles/image/add/"


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def upload_through_admin(client, name, content, **fields):
    data = {"alt_text": "A street at dusk", "caption": "", "credit": "", "licence": ""}
    data |= fields
    data["upload"] = SimpleUploadedFile(name, content)
    return client.post(ADD_URL, data)


def open_stored(name):
    with default_storage.open(name) as stored:
        picture = PillowImage.open(io.BytesIO(stored.read()))
        picture.load()
        return picture


# Uploads that pass ---------------------------------------------------------


@pytest.mark.parametrize(
    ("image_format", "name"),
    [("JPEG", "photo.jpg"), ("PNG", "chart.png"), ("WEBP", "p.webp"), ("GIF", "a.gif")],
)
def test_each_accepted_format_uploads_with_its_renditions(
    editor_client, settings, image_format, name
):
    response = upload_through_admin(
        editor_client, name, picture_bytes(image_format, (2000, 1500))
    )
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.format, image.width, image.height) == (image_format, 2000, 1500)
    assert image.alt_text == "A street at dusk"
    widths = {
        (r.format, r.width, r.height)
        for r in image.renditions.filter(kind=Rendition.Kind.WIDTH)
    }
    formats = {"WEBP", image_format}
    assert widths == {
        (fmt, width, width * 3 // 4) for fmt in formats for width in (480, 960, 1600)
    }
    share = image.renditions.get(kind=Rendition.Kind.SHARE)
    assert (share.format, share.width, share.height) == ("JPEG", 1200, 630)
    for rendition in image.renditions.all():
        picture = open_stored(rendition.file.name)
        assert picture.format == rendition.format
        assert picture.size == (rendition.width, rendition.height)
    # Original plus renditions, and nothing else.
    assert len(stored_files(settings)) == 1 + image.renditions.count()


def test_stored_names_are_generated_never_the_uploaders(editor_client):
    upload_through_admin(
        editor_client, "../../etc/my holiday.jpg", picture_bytes("JPEG", (600, 400))
    )
    image = Image.objects.get()
    names = [image.file.name, *(r.file.name for r in image.renditions.all())]
    assert all(re.fullmatch(r"images/[0-9a-f]{16}/[\w-]+\.\w+", n) for n in names)
    assert not any("holiday" in name for name in names)


def test_renditions_are_never_upscaled(make_image):
    image = make_image("PNG", (700, 400))
    widths = sorted(
        image.renditions.filter(kind="width", format="PNG").values_list(
            "width", flat=True
        )
    )
    assert widths == [480, 700]
    share = image.renditions.get(kind="share")
    # The largest 1.91:1 box inside a 700×400 picture, not 1200×630.
    assert (share.width, share.height) == (700, 368)


def test_metadata_and_gps_are_stripped_from_every_stored_file(editor_client):
    exif = PillowImage.Exif()
    exif[0x010F] = "SpyCam"  # Make
    exif[0x0131] = "Secret editor 1.0"  # Software
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 0.0)
    gps[3], gps[4] = "W", (0.0, 7.0, 0.0)
    content = picture_bytes("JPEG", (1200, 900), exif=exif.tobytes())
    assert PillowImage.open(io.BytesIO(content)).getexif()[0x010F] == "SpyCam"

    upload_through_admin(editor_client, "p.jpg", content)
    image = Image.objects.get()
    for name in [image.file.name, *(r.file.name for r in image.renditions.all())]:
        with default_storage.open(name) as stored:
            raw = stored.read()
        assert b"SpyCam" not in raw and b"Secret editor" not in raw
        picture = PillowImage.open(io.BytesIO(raw))
        assert dict(picture.getexif()) == {}
        assert "exif" not in picture.info and "xmp" not in picture.info


def test_orientation_is_applied_before_the_metadata_goes(editor_client):
    """A phone photo stored sideways with 'rotate 90°' in its EXIF is stored
    upright: the red square, top left as seen, stays top left."""
    sideways = PillowImage.new("RGB", (400, 300), "white")
    sideways.paste((255, 0, 0), (0, 200, 100, 300))  # bottom left, as stored
    exif = PillowImage.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    output = io.BytesIO()
    sideways.save(output, format="JPEG", exif=exif.tobytes(), quality=95)

    upload_through_admin(editor_client, "phone.jpg", output.getvalue())
    image = Image.objects.get()
    assert (image.width, image.height) == (300, 400)
    upright = open_stored(image.file.name).convert("RGB")
    assert upright.size == (300, 400)
    red, green, blue = upright.getpixel((20, 20))
    assert red > 200 and green < 60 and blue < 60
    assert upright.getpixel((280, 380))[1] > 200  # bottom right stays white


def test_a_16_bit_grey_png_keeps_its_greys(editor_client):
    gradient = PillowImage.linear_gradient("L").resize((300, 200)).convert("I")
    sixteen = gradient.point(lambda value: value * 257).convert("I;16")
    output = io.BytesIO()
    sixteen.save(output, format="PNG")
    response = upload_through_admin(editor_client, "scan.png", output.getvalue())
    assert response.status_code == 302
    image = Image.objects.get()
    for name in [image.file.name, *(r.file.name for r in image.renditions.all())]:
        darkest, lightest = open_stored(name).convert("L").getextrema()
        assert darkest < 40 and lightest > 215, name  # not turned white


# Colour profiles ---------------------------------------------------------------


def icc_profile(space="RGB", gamma=1.0):
    """A minimal ICC v2 display profile, which Pillow cannot build: sRGB's
    primaries (or grey) with a plain gamma curve; 1.0 is linear light, so a
    stored 128 means what sRGB writes as 188."""

    def s15(value):
        return struct.pack(">i", round(value * 65536))

    def xyz(x, y, z):
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    text = b"Linear test profile\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 78
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256))
    tags = [(b"desc", desc), (b"wtpt", xyz(0.9642, 1.0, 0.8249))]
    if space == "RGB":
        tags += [
            (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", curve),
            (b"gTRC", curve),
            (b"bTRC", curve),
        ]
    else:
        tags.append((b"kTRC", curve))
    offset = 128 + 4 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    header = (
        struct.pack(">I", 128 + len(table) + len(data))
        + b"\0" * 4
        + struct.pack(">I", 0x02100000)
        + b"mntr"
        + space.ljust(4).encode()
        + b"XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 28
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + b"\0" * 48
    )
    return header + table + data


def srgb_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def lab_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()


def grey_picture(image_format, profile, mode="RGB"):
    """A mid-grey picture (128) tagged with ``profile``."""
    colour = 128 if mode == "L" else (128, 128, 128)
    picture = PillowImage.new("RGB" if mode == "P" else mode, (1200, 900), colour)
    if mode == "P":
        picture = picture.convert("P", palette=PillowImage.Palette.ADAPTIVE)
    output = io.BytesIO()
    picture.save(output, format=image_format, icc_profile=profile)
    assert PillowImage.open(io.BytesIO(output.getvalue())).info["icc_profile"]
    return output.getvalue()


@pytest.mark.parametrize(
    ("image_format", "mode", "profile", "expected"),
    [
        # Converted from the profile: linear light 128 is sRGB 188.
        ("JPEG", "RGB", icc_profile(), 188),
        ("PNG", "RGB", icc_profile(), 188),
        ("WEBP", "RGB", icc_profile(), 188),
        ("PNG", "P", icc_profile(), 188),
        ("PNG", "L", icc_profile("GRAY"), 188),
        # Already sRGB: kept as it is.
        ("JPEG", "RGB", srgb_profile(), 128),
        ("PNG", "RGB", srgb_profile(), 128),
        # A profile for other pixels (Lab), or a damaged one: ignored, as
        # browsers ignore it.
        ("JPEG", "RGB", lab_profile(), 128),
        ("PNG", "RGB", b"not a colour profile at all", 128),
    ],
)
def test_colour_profiles_are_applied_then_dropped_from_every_stored_file(
    editor_client, image_format, mode, profile, expected
):
    content = grey_picture(image_format, profile, mode)
    response = upload_through_admin(editor_client, f"p.{image_format}", content)
    assert response.status_code == 302
    image = Image.objects.get()
    names = [image.file.name, *(r.file.name for r in image.renditions.all())]
    assert len(names) == 1 + 7 - (image_format == "WEBP") * 3
    for name in names:
        picture = open_stored(name)
        assert "icc_profile" not in picture.info, name
        colour = picture.convert("RGB").getpixel((100, 100))
        assert all(abs(value - expected) <= 2 for value in colour), (name, colour)


def test_a_photo_with_a_profile_keeps_its_location_data_out_too(editor_client):
    exif = PillowImage.Exif()
    exif[0x010F] = "SpyCam"
    content = picture_bytes(
        "JPEG", (1200, 900), exif=exif.tobytes(), icc_profile=icc_profile()
    )
    upload_through_admin(editor_client, "p.jpg", content)
    image = Image.objects.get()
    for name in [image.file.name, *(r.file.name for r in image.renditions.all())]:
        picture = open_stored(name)
        assert dict(picture.getexif()) == {} and "icc_profile" not in picture.info


# Uploads that are refused: a clear message, nothing left behind --------------


def refused(editor_client, settings, name, content, expected):
    response = upload_through_admin(editor_client, name, content)
    assert response.status_code == 200
    assertContains(response, expected)
    assert not Image.objects.exists()
    assert not Rendition.objects.exists()
    assert stored_files(settings) == []


def test_a_text_file_named_jpg_is_refused(editor_client, settings):
    refused(
        editor_client,
        settings,
        "photo.jpg",
        b"Just some text pretending to be a photo.\n" * 10,
        "This is not a JPEG, PNG, WebP or GIF image",
    )


def test_another_real_image_format_is_refused(editor_client, settings):
    refused(
        editor_client,
        settings,
        "photo.jpg",
        picture_bytes("BMP", (100, 100)),
        "This is not a JPEG, PNG, WebP or GIF image",
    )


def test_svg_is_refused(editor_client, settings):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    refused(editor_client, settings, "logo.png", svg, "SVG files are not accepted")


def test_a_decompression_bomb_is_refused(editor_client, settings):
    """A tiny file that declares 64 megapixels."""
    bomb = io.BytesIO()
    PillowImage.new("L", (8000, 8000)).save(bomb, format="PNG", optimize=True)
    assert len(bomb.getvalue()) < 200_000
    refused(editor_client, settings, "bomb.png", bomb.getvalue(), "64 megapixels")


def test_a_file_over_20_mb_is_refused(editor_client, settings):
    big = picture_bytes("PNG", (64, 64)) + b"\0" * (21 * 1024 * 1024)
    refused(editor_client, settings, "big.png", big, "the limit is 20 MB")


def test_a_truncated_file_is_refused(editor_client, settings):
    whole = picture_bytes("JPEG", (1600, 1200), quality=95)
    refused(
        editor_client,
        settings,
        "cut.jpg",
        whole[: len(whole) // 2],
        "damaged or incomplete",
    )


def test_alt_text_is_required_unless_decorative(editor_client, settings):
    content = picture_bytes("PNG", (300, 200))
    response = upload_through_admin(editor_client, "p.png", content, alt_text="")
    assertContains(response, "Describe the image for readers who cannot see it")
    assert not Image.objects.exists() and stored_files(settings) == []

    response = upload_through_admin(
        editor_client, "p.png", content, alt_text="", is_decorative="on"
    )
    assert response.status_code == 302
    assert Image.objects.get().is_decorative


def test_a_failure_while_storing_leaves_no_file_and_no_row(
    make_image, settings, monkeypatch
):
    """The third rendition fails (a full disk, say): everything written so far
    is removed and the row is rolled back."""
    real = imaging.make_rendition
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(imaging, "make_rendition", failing)
    with pytest.raises(OSError):
        make_image()
    assert not Image.objects.exists() and not Rendition.objects.exists()
    assert stored_files(settings) == []


def test_uploads_work_on_storage_without_local_paths(make_image, settings):
    """Object storage (S3) has no local paths: neither has InMemoryStorage."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    image = make_image(size=(1000, 800))
    assert stored_files(settings) == []
    share = image.renditions.get(kind="share")
    assert open_stored(share.file.name).size == (1000, 525)
    assert default_storage.exists(image.file.name)


# Focal point -------------------------------------------------------------------


def test_share_crop_follows_the_focal_point(
    make_image, editor_client, django_capture_on_commit_callbacks
):
    """A tall picture cropped to 1.91:1: the red square (near the top) is in
    the crop when the focal point is on it, and not when it is at the bottom."""
    image = make_image("PNG", (1000, 2000))  # red square at (100..200, 100..200)

    def red_in_share():
        share = image.renditions.get(kind="share")
        picture = open_stored(share.file.name).convert("RGB")
        return any(
            picture.getpixel((x, y))[0] > 200 and picture.getpixel((x, y))[1] < 60
            for x in range(0, picture.width, 10)
            for y in range(0, picture.height, 10)
        )

    image.focal_x, image.focal_y = 0.5, 0.95
    image.save()
    from articles.services.images import image_focal_point_moved

    image_focal_point_moved(image)
    assert not red_in_share()
    old_name = image.renditions.get(kind="share").file.name

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/articles/image/{image.pk}/change/",
            {
                "alt_text": image.alt_text,
                "caption": "",
                "credit": "",
                "licence": "",
                "focal_x": "0.15",
                "focal_y": "0.075",
            },
        )
    assert response.status_code == 302
    assert red_in_share()
    new_name = image.renditions.get(kind="share").file.name
    assert new_name != old_name  # a new URL, so caches never serve the old crop
    assert not default_storage.exists(old_name)


# Pages -----------------------------------------------------------------------


@pytest.fixture
def illustrated_article(make_full_article, make_image):
    article = make_full_article()
    article.lead_image = make_image(caption="Cooling towers at dawn.")
    article.save()
    section = article.sections.first()
    section.image = make_image("PNG", (800, 600), caption="The chart")
    section.save()
    article_saved(article, by=None, comment="Images")
    return article


def test_article_page_shows_responsive_figures(client, illustrated_article):
    html = client.get(illustrated_article.get_absolute_url()).content.decode()
    figures = re.findall(r"<figure.*?</figure>", html, re.DOTALL)
    assert len(figures) == 2
    lead, section = figures
    assert 'type="image/webp"' in lead
    assert re.search(r"w480\.webp 480w, \S+w960\.webp 960w, \S+w1600\.webp 1600w", lead)
    assert 'width="960" height="720"' in lead
    assert 'alt="Picture 1"' in lead
    assert 'fetchpriority="high"' in lead and 'loading="lazy"' not in lead
    assert "Cooling towers at dawn." in lead and "Photo: Test Desk" in lead
    assert 'loading="lazy"' in section
    assert 'width="800" height="600"' in section  # never upscaled to 960
    assert "<figcaption>The chart" in section
    # The section's image sits under its heading.
    assert (
        html.index('<h2 id="section-1"')
        < html.index(section)
        < html.index('<h2 id="section-2"')
    )


def test_share_image_is_the_1200_by_630_crop(client, illustrated_article):
    html = client.get(illustrated_article.get_absolute_url()).content.decode()
    share = illustrated_article.lead_image.renditions.get(kind="share")
    url = f"http://testserver{share.url}"
    assert f'<meta property="og:image" content="{url}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'<meta name="twitter:image" content="{url}">' in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1]
    )
    news = next(item for item in data if item["@type"] == "NewsArticle")
    assert news["image"] == {
        "@type": "ImageObject",
        "url": url,
        "width": 1200,
        "height": 630,
    }


def test_images_add_no_query_to_the_article_page(
    client, illustrated_article, make_full_article, settings
):
    """Rendered into the stored HTML: the page makes the same queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.NEWSROOM_PAGE_CACHE = False  # count the page's own queries
    plain = make_full_article()
    client.get(plain.get_absolute_url())  # reads the schedule once
    with CaptureQueriesContext(connection) as plain_queries:
        client.get(plain.get_absolute_url())
    with CaptureQueriesContext(connection) as illustrated_queries:
        client.get(illustrated_article.get_absolute_url())
    assert len(illustrated_queries) == len(plain_queries)


def test_a_decorative_image_has_empty_alt_text(client, make_full_article, make_image):
    article = make_full_article()
    article.lead_image = make_image(alt_text="", is_decorative=True)
    article.save()
    article_saved(article, by=None, comment="Images")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'alt=""' in re.search(r"<figure.*?</figure>", html, re.DOTALL)[0]
    assert "og:image:alt" not in html


def test_changing_alt_text_updates_the_pages_that_show_it(
    editor_client, client, illustrated_article
):
    image = illustrated_article.lead_image
    response = editor_client.post(
        f"/admin/articles/image/{image.pk}/change/",
        {
            "alt_text": "Two cooling towers in fog",
            "caption": "New caption.",
            "credit": "Photo: Desk",
            "licence": "",
            "focal_x": "0.5",
            "focal_y": "0.5",
        },
    )
    assert response.status_code == 302
    html = client.get(illustrated_article.get_absolute_url()).content.decode()
    assert 'alt="Two cooling towers in fog"' in html
    assert "New caption." in html and "Cooling towers at dawn." not in html


# Admin -------------------------------------------------------------------------


def test_library_lists_thumbnails_and_searches_alt_caption_and_credit(
    editor_client, make_image
):
    make_image(alt_text="A heron on the river", caption="", credit="Photo: Kim")
    make_image(alt_text="Market stalls", caption="Saturday market", credit="")
    make_image(alt_text="", caption="Bridge", credit="", is_decorative=False)
    page = editor_client.get("/admin/articles/image/").content.decode()
    assert page.count('class="library-thumb"') == 3
    assert "No alt text" in page
    for query, expected in (
        ("heron", "A heron"),
        ("saturday", "Market stalls"),
        ("Kim", "A heron"),
    ):
        found = editor_client.get("/admin/articles/image/", {"q": query})
        assert found.content.decode().count('class="library-thumb"') == 1
        assertContains(found, expected)
    missing = editor_client.get("/admin/articles/image/", {"alt": "missing"})
    assert missing.content.decode().count('class="library-thumb"') == 1


def test_bulk_upload_stores_good_files_and_names_refused_ones(editor_client, settings):
    files = [
        SimpleUploadedFile("one.jpg", picture_bytes("JPEG", (900, 600))),
        SimpleUploadedFile("two.png", picture_bytes("PNG", (500, 500))),
        SimpleUploadedFile("notes.jpg", b"not a picture at all"),
    ]
    response = editor_client.post(
        "/admin/articles/image/upload/",
        {"files": files, "credit": "Photo: Desk", "licence": "Staff"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/admin/articles/image/?alt=missing"
    assertContains(response, "2 images uploaded: one.jpg, two.png. Add alt text")
    assertContains(response, "Not uploaded: notes.jpg: This is not a JPEG")
    assert sorted(Image.objects.values_list("width", "credit", "licence")) == [
        (500, "Photo: Desk", "Staff"),
        (900, "Photo: Desk", "Staff"),
    ]


def bulk_upload(client, *files, **fields):
    data = {"files": list(files), "credit": "", "licence": ""} | fields
    return client.post("/admin/articles/image/upload/", data, follow=True)


def flat_png(size):
    """A plain PNG: tiny to send, ``size`` pixels to decode."""
    output = io.BytesIO()
    PillowImage.new("RGB", size, (40, 90, 160)).save(output, format="PNG")
    return output.getvalue()


@pytest.mark.parametrize("size", [(1, 20_000), (20_000, 1), (16_384, 900)])
def test_a_side_longer_than_webp_allows_is_refused_at_upload(
    editor_client, settings, size
):
    refused(
        editor_client,
        settings,
        "strip.png",
        flat_png(size),
        "images may be at most 16,383 pixels on a side",
    )


@pytest.mark.parametrize("size", [(10_000, 2_000), (1, 16_383), (16_383, 1)])
def test_panoramas_and_strips_within_the_limits_upload_with_renditions(
    editor_client, size
):
    response = upload_through_admin(editor_client, "wide.png", flat_png(size))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == size
    share = image.renditions.get(kind="share")
    assert max(share.width, share.height) <= 1200
    for rendition in image.renditions.all():
        assert open_stored(rendition.file.name).size == (
            rendition.width,
            rendition.height,
        )
    widest = image.renditions.filter(kind="width").order_by("-width").first()
    assert widest.width == min(1600, size[0])


def test_the_upload_forms_say_what_the_limits_are(editor_client):
    single = editor_client.get(ADD_URL)
    assertContains(single, "at most 20 MB, 40 megapixels and 16,383 pixels on a side")
    bulk = editor_client.get("/admin/articles/image/upload/")
    assertContains(bulk, "Choose up to 6 files at once, at most 20 MB, 40 megapixels")
    assertContains(bulk, "16,383 pixels on a side each and 40 megapixels in all")


def test_bulk_upload_of_too_many_files_stores_none_and_says_so(editor_client, settings):
    files = [SimpleUploadedFile(f"{n}.png", flat_png((300, 200))) for n in range(7)]
    response = bulk_upload(editor_client, *files)
    assertContains(response, "7 files chosen; upload at most 6 at once.")
    assert not Image.objects.exists() and stored_files(settings) == []


def test_bulk_upload_reports_every_file_and_a_refused_one_stops_none(
    editor_client, settings
):
    response = bulk_upload(
        editor_client,
        SimpleUploadedFile("empty.jpg", b""),
        SimpleUploadedFile("strip.png", flat_png((1, 20_000))),
        SimpleUploadedFile("panorama.png", flat_png((10_000, 2_000))),
        SimpleUploadedFile("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        SimpleUploadedFile("photo.jpg", picture_bytes("JPEG", (900, 600))),
    )
    assertContains(response, "2 images uploaded: panorama.png, photo.jpg. Add alt text")
    assertContains(response, "Not uploaded: empty.jpg: The file is empty.")
    assertContains(response, "Not uploaded: strip.png: The image is 1 × 20000 pixels")
    assertContains(response, "Not uploaded: logo.svg: SVG files are not accepted")
    assert sorted(Image.objects.values_list("width", flat=True)) == [900, 10_000]


def test_bulk_upload_of_refused_files_only_stores_nothing_and_says_why(
    editor_client, settings
):
    response = bulk_upload(
        editor_client,
        SimpleUploadedFile("a.png", flat_png((20_000, 2))),
        SimpleUploadedFile("b.jpg", b"no picture"),
    )
    assert response.redirect_chain == []  # back on the form
    assertContains(response, "Not uploaded: a.png: The image is 20000 × 2 pixels")
    assertContains(response, "Not uploaded: b.jpg: This is not a JPEG")
    assert not Image.objects.exists() and stored_files(settings) == []


def test_bulk_upload_processes_files_only_within_its_pixel_budget(
    editor_client, monkeypatch
):
    """Past the budget a file is not even decoded, so the request ends in
    time; a later, smaller file that still fits is stored."""
    monkeypatch.setattr(imaging, "MAX_BATCH_PIXELS", 1_000_000)
    decoded = []
    real_clean_upload = imaging.clean_upload

    def counting_clean_upload(fileobj, **kwargs):
        decoded.append(fileobj.name)
        return real_clean_upload(fileobj, **kwargs)

    monkeypatch.setattr(imaging, "clean_upload", counting_clean_upload)
    response = bulk_upload(
        editor_client,
        SimpleUploadedFile("one.png", flat_png((600, 600))),
        SimpleUploadedFile("two.png", flat_png((600, 600))),
        SimpleUploadedFile("three.png", flat_png((600, 600))),
        SimpleUploadedFile("small.png", flat_png((200, 200))),
    )
    assertContains(response, "3 images uploaded: one.png, two.png, small.png.")
    assertContains(
        response,
        "Not uploaded: three.png: With the files before it, this upload would go "
        "past 1 megapixels in all, so this file was not processed. Upload it "
        "separately, or in a smaller batch.",
    )
    assert decoded == ["one.png", "two.png", "small.png"]
    assert Image.objects.count() == 3


def test_bulk_upload_reports_a_file_that_fails_while_stored_and_goes_on(
    editor_client, settings, monkeypatch
):
    """The second file's third rendition fails (a full disk, say): its files
    and row are gone, it is named, and the files after it are stored."""
    real = imaging.make_rendition
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 7 + 3:  # a JPEG has 7 renditions
            raise OSError("No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(imaging, "make_rendition", failing)
    response = bulk_upload(
        editor_client,
        *(
            SimpleUploadedFile(f"{n}.jpg", picture_bytes("JPEG", (900, 600)))
            for n in ("first", "second", "third")
        ),
    )
    assertContains(response, "2 images uploaded: first.jpg, third.jpg.")
    assertContains(response, "Not uploaded: second.jpg: It could not be stored")
    images = list(Image.objects.all())
    assert len(images) == 2
    assert len(stored_files(settings)) == sum(
        1 + image.renditions.count() for image in images
    )


def test_an_image_without_alt_text_cannot_go_into_an_article(
    editor_client, make_full_article, make_image
):
    article = make_full_article()
    image = make_image(alt_text="")
    response = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    assertContains(response, 'id="lookup_id_lead_image"')
    data = form_data(response.content.decode(), "article_form")
    data |= {"lead_image": str(image.pk), "_continue": "Save"}
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assertContains(response, "This image has no alt text")
    article.refresh_from_db()
    assert article.lead_image is None


def test_chooser_preview_answers_staff_with_view_permission_only(
    client, editor_client, make_image, make_user
):
    image = make_image()
    url = f"/admin/articles/image/{image.pk}/chooser-preview/"
    data = editor_client.get(url).json()
    assert data["id"] == image.pk and data["thumbnail"].endswith("w480.webp")
    from django.test import Client

    from tests.signin import client_for

    assert Client().get(url).status_code == 302  # anonymous: to the login page
    nobody = make_user("nobody")  # staff, no permissions
    assert client_for(nobody).get(url).status_code == 403


def test_writers_upload_but_only_editors_delete(writer, desk_editor, make_image):
    from tests.signin import client_for

    writer_client = client_for(writer)
    response = upload_through_admin(
        writer_client, "w.png", picture_bytes("PNG", (300, 300))
    )
    assert response.status_code == 302
    image = Image.objects.get()
    delete_url = f"/admin/articles/image/{image.pk}/delete/"
    assert writer_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert client_for(desk_editor).post(delete_url, {"post": "yes"}).status_code == 302
    assert not Image.objects.exists()


def test_an_image_in_use_cannot_be_deleted(editor_client, illustrated_article):
    image = illustrated_article.lead_image
    response = editor_client.post(
        f"/admin/articles/image/{image.pk}/delete/", {"post": "yes"}
    )
    assertContains(response, "would require deleting the following protected")
    assert Image.objects.filter(pk=image.pk).exists()


def test_deleting_an_unused_image_removes_its_files(
    django_capture_on_commit_callbacks, editor_client, make_image, settings
):
    image = make_image()
    assert stored_files(settings)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(f"/admin/articles/image/{image.pk}/delete/", {"post": "yes"})
    assert stored_files(settings) == []


# Formats: export and import carry image references ----------------------------


def test_markdown_export_and_import_round_trip_images(illustrated_article):
    article = Article.objects.with_content().get(pk=illustrated_article.pk)
    document = document_from_article(article)
    text = write_markdown(document)
    lead_key = article.lead_image.key
    section_key = article.sections.first().image.key
    assert f'lead_image: "{lead_key}"' in text
    assert f"## Section 1\n\n<!-- image: {section_key} -->\n" in text
    assert parse_markdown(text) == document

    copy = article_create_from_document(parse_markdown(text))
    assert copy.lead_image_id == article.lead_image_id
    assert [s.image_id for s in copy.sections.all()] == [
        s.image_id for s in article.sections.all()
    ]
    assert write_markdown(
        document_from_article(Article.objects.with_content().get(pk=copy.pk))
    ) == text.replace(article.slug, copy.slug)


def test_import_naming_a_missing_image_fails_whole_and_clearly(
    editor_client, illustrated_article
):
    article = Article.objects.with_content().get(pk=illustrated_article.pk)
    text = write_markdown(document_from_article(article)).replace(
        article.lead_image.key, "0000000000000000"
    )
    before = Article.objects.count()
    response = editor_client.post("/admin/articles/article/import/", {"text": text})
    assertContains(response, "no image with the key “0000000000000000”")
    assert Article.objects.count() == before


def test_restoring_a_revision_whose_image_was_deleted_keeps_the_rest(
    illustrated_article, editor
):
    from reversion.models import Version

    from articles.services.revisions import article_restore

    image = illustrated_article.lead_image
    old = Version.objects.get_for_object(illustrated_article).first()
    illustrated_article.lead_image = None
    illustrated_article.title = "Renamed"
    illustrated_article.save()
    article_saved(illustrated_article, by=editor, comment="No lead image")
    image.delete()

    restored = article_restore(old, by=editor)
    restored.refresh_from_db()
    assert restored.title != "Renamed"
    assert restored.lead_image is None


def test_upload_service_refuses_with_the_editors_message(db):
    whole = picture_bytes("GIF", (400, 300))
    upload = SimpleUploadedFile("x.gif", whole[:-200])
    with pytest.raises(imaging.ImageRejected, match="damaged or incomplete"):
        image_create_from_upload(upload, alt_text="x")


# Storage and serving ---------------------------------------------------------


def test_s3_storage_is_configured_from_the_environment():
    """With NEWSROOM_S3_BUCKET set, uploads go to object storage, with plain
    public URLs on the media domain (stored pages keep them)."""
    import os
    import subprocess
    import sys

    script = (
        "import django; django.setup();"
        "from django.core.files.storage import default_storage as s;"
        "url = s.url('images/abc/w480.webp');"
        "print(type(s._wrapped).__name__, url)"
    )
    env = os.environ | {
        "NEWSROOM_S3_BUCKET": "newsroom-media",
        "NEWSROOM_MEDIA_DOMAIN": "media.example.org",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "https://media.example.org/images/abc/w480.webp",
    ]


def test_uploads_are_served_when_configured_with_long_caching(
    client, make_image, settings
):
    image = make_image(size=(600, 400))
    url = image.renditions.get(kind="width", format="WEBP", width=480).url
    settings.SERVE_MEDIA = False
    assert client.get(url).status_code == 404
    settings.SERVE_MEDIA = True
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    from django.test import Client

    anyone = Client(raise_request_exception=False)
    for path in ("/media/../newsroom/settings.py", "/media/%2e%2e/manage.py"):
        assert anyone.get(path).status_code in (400, 404)


def test_images_add_a_fixed_number_of_queries_to_the_admin_change_page(
    editor_client, make_full_article, make_image
):
    """A fixed number of queries for all the images and their choosers (the
    page loads them with the article, and once for the choosers), not a few
    per chooser."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(sections, with_images):
        article = make_full_article(sections=sections, bullets=1, faqs=1)
        if with_images:
            article.lead_image = make_image(size=(600, 400))
            article.save()
            for section in article.sections.all():
                section.image = make_image(size=(600, 400))
                section.save()
        url = f"/admin/articles/article/{article.pk}/change/"
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(url)
        shown = 'class="image-chooser-thumb" src="/media/'
        shown_count = response.content.decode().count(shown)
        assert shown_count == (sections + 1 if with_images else 0)
        return len(queries)

    few = queries_for(2, with_images=True) - queries_for(2, with_images=False)
    many = queries_for(8, with_images=True) - queries_for(8, with_images=False)
    assert few == many <= 8


def test_editorial_checks_advise_a_lead_image(
    editor_client, illustrated_article, make_full_article
):
    without = make_full_article()
    url = "/admin/articles/article/{}/change/"
    assertContains(editor_client.get(url.format(without.pk)), "There is no lead image")
    response = editor_client.get(url.format(illustrated_article.pk))
    assert "There is no lead image" not in response.content.decode()


def test_preview_of_unsaved_changes_shows_newly_chosen_images(
    editor_client, make_full_article, make_image
):
    article = make_full_article()
    lead, chart = make_image(), make_image("PNG", (700, 500), caption="New chart")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    data |= {"lead_image": str(lead.pk), "sections-0-image": str(chart.pk)}
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/preview/", data
    )
    html = response.content.decode()
    assert html.count("<figure") == 2
    assert f"/media/images/{lead.key}/w960.jpg" in html
    assert "<figcaption>New chart" in html
    article.refresh_from_db()
    assert article.lead_image is None  # a preview saves nothing


def test_media_library_admin_paths_need_a_staff_login(client, make_image):
    from django.test import Client

    image = make_image()
    paths = [
        "/admin/articles/image/",
        "/admin/articles/image/add/",
        "/admin/articles/image/upload/",
        f"/admin/articles/image/{image.pk}/change/",
        f"/admin/articles/image/{image.pk}/delete/",
        f"/admin/articles/image/{image.pk}/chooser-preview/",
    ]
    for path in paths:
        for method in ("get", "post"):
            response = getattr(Client(), method)(path)
            assert response.status_code == 302, path
            assert response["Location"].startswith("/admin/login/"), path
    assert Image.objects.filter(pk=image.pk).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # sent on commit
def test_editing_an_image_purges_the_pages_that_show_it_from_the_cdn(
    editor_client, illustrated_article, settings, django_capture_on_commit_callbacks
):
    import http.server
    import threading
    import time

    received = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.NEWSROOM_CDN_PURGE_URL = f"http://127.0.0.1:{server.server_port}/"
    image = illustrated_article.lead_image
    try:
        with django_capture_on_commit_callbacks(execute=True):
            editor_client.post(
                f"/admin/articles/image/{image.pk}/change/",
                {
                    "alt_text": "Cooling towers in fog",
                    "caption": "",
                    "credit": "",
                    "licence": "",
                    "focal_x": "0.5",
                    "focal_y": "0.5",
                },
            )
        deadline = time.monotonic() + 5
        page = illustrated_article.get_absolute_url()
        while page not in received and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.shutdown()
        server.server_close()
    assert page in received and "/" in received


def test_lists_show_the_lead_image_as_a_thumbnail_without_extra_queries(
    client, illustrated_article, make_full_article, make_image, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.NEWSROOM_PAGE_CACHE = False  # count the list's own queries
    make_full_article(title="No picture")
    client.get("/")
    with CaptureQueriesContext(connection) as one_image:
        html = client.get("/").content.decode()
    cards = re.findall(r'<article class="article-card.*?</article>', html, re.DOTALL)
    illustrated = next(card for card in cards if illustrated_article.title in card)
    plain = next(card for card in cards if "No picture" in card)
    assert "<picture" not in plain
    thumbnail = re.search(r"<img [^>]*>", illustrated)[0]
    assert 'alt=""' in thumbnail  # the headline beside it says what it shows
    assert 'loading="lazy"' in thumbnail and 'width="960" height="720"' in thumbnail
    assert f"/media/images/{illustrated_article.lead_image.key}/w480.jpg" in thumbnail

    for _ in range(5):
        article = make_full_article()
        article.lead_image = make_image(size=(600, 400))
        article.save()
        article_saved(article, by=None, comment="Image")
    with CaptureQueriesContext(connection) as six_images:
        html = client.get("/").content.decode()
    assert html.count('class="article-card-image') == 6
    assert len(six_images) == len(one_image)
