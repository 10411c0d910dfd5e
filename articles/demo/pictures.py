"""Demo pictures, drawn by the project with Pillow (no licence to worry about).

Deterministic: the same pixels on every machine, so `seed_demo` is repeatable.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter


def _sky(size, top, bottom):
    width, height = size
    sky = Image.new("RGB", size)
    draw = ImageDraw.Draw(sky)
    for y in range(height):
        t = y / (height - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return sky


def hot_street(size=(2400, 1350)):
    """A city street at the end of a hot day: low sun, towers, a row of trees."""
    rng = random.Random(2026)
    width, height = size
    picture = _sky(size, (255, 196, 120), (238, 104, 60))
    draw = ImageDraw.Draw(picture)
    sun_x, sun_y, radius = int(width * 0.72), int(height * 0.38), int(height * 0.11)
    draw.ellipse(
        [sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius],
        fill=(255, 240, 200),
    )
    picture = picture.filter(ImageFilter.GaussianBlur(3))
    draw = ImageDraw.Draw(picture)
    x = 0
    while x < width:
        tower_width = rng.randint(width // 24, width // 10)
        top = rng.randint(int(height * 0.2), int(height * 0.55))
        shade = rng.randint(60, 95)
        draw.rectangle([x, top, x + tower_width, height], fill=(shade, shade - 20, 70))
        for wy in range(top + 24, int(height * 0.8), 46):
            for wx in range(x + 14, x + tower_width - 20, 34):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 16, wy + 24], fill=(255, 214, 150))
        x += tower_width + rng.randint(0, 12)
    ground = int(height * 0.8)
    draw.rectangle([0, ground, width, height], fill=(70, 58, 58))
    for tree_x in range(width // 16, width, width // 8):
        draw.rectangle(
            [tree_x - 10, ground - 150, tree_x + 10, ground + 20], fill=(60, 40, 30)
        )
        for _ in range(6):
            dx, dy = rng.randint(-90, 90), rng.randint(-250, -150)
            r = rng.randint(70, 110)
            green = (rng.randint(40, 70), rng.randint(110, 150), rng.randint(50, 80))
            draw.ellipse(
                [tree_x + dx - r, ground + dy - r, tree_x + dx + r, ground + dy + r],
                fill=green,
            )
    return _jpeg(picture)


def shade_chart(size=(1600, 1000)):
    """A bar chart: surface temperature in sun and under trees."""
    width, height = size
    picture = Image.new("RGB", size, (250, 248, 244))
    draw = ImageDraw.Draw(picture)
    base, left = int(height * 0.85), int(width * 0.12)
    draw.line([(left, base), (width - left, base)], fill=(40, 40, 40), width=6)
    bars = [(52, (214, 80, 50)), (44, (232, 140, 60)), (35, (90, 150, 90)),
            (31, (50, 120, 80))]  # fmt: skip
    slot = (width - 2 * left) // len(bars)
    for index, (degrees, colour) in enumerate(bars):
        bar_height = int((base - height * 0.1) * degrees / 55)
        x0 = left + index * slot + slot // 5
        draw.rectangle([x0, base - bar_height, x0 + slot * 3 // 5, base], fill=colour)
    return _png(picture)


def _jpeg(picture):
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=90)
    return output.getvalue()


def _png(picture):
    output = io.BytesIO()
    picture.save(output, format="PNG", optimize=True)
    return output.getvalue()


# Keys the demo articles use (`lead_image:` and `<!-- image: … -->`).
DEMO_IMAGES = {
    "demo-hot-street": {
        "draw": hot_street,
        "name": "hot-street.jpg",
        "alt_text": "A city street at sunset: towers glowing in the heat, and a "
        "row of trees shading the pavement.",
        "caption": "Trees along a street can keep the pavement 20 °C cooler.",
        "credit": "Illustration: The Newsroom",
        "licence": "Made by the Newsroom project; free to reuse (CC0).",
        "focal_x": 0.7,
        "focal_y": 0.45,
    },
    "demo-shade-chart": {
        "draw": shade_chart,
        "name": "shade-chart.png",
        "alt_text": "Bar chart of pavement temperatures: 52 °C in full sun, "
        "44 °C on light paving, 35 °C in part shade and 31 °C under trees.",
        "caption": "Pavement temperatures on one afternoon, by surface and shade.",
        "credit": "Chart: The Newsroom",
        "licence": "Made by the Newsroom project; free to reuse (CC0).",
    },
}
