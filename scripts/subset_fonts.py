"""Build the site's web fonts from fonts-src/ (`make fonts`).

Source Serif 4 (variable weight; latin and latin-ext files, normal and
italic) is cut to the characters the site prints and to the weights
static/css/site.css asks for, written to static/fonts/ as WOFF2, and the
@font-face rules between the "fonts:" markers at the top of site.css are
rewritten to match: unicode-range from each file's own character map, and a
fallback face whose metric overrides make the local serif (Times New Roman
or its metric twin Liberation Serif) take the same room as Source Serif, so
swapping fonts in moves no text.

Run again after changing the character sets or weights below; the output
depends only on fonts-src/ and the fallback font.
"""

import argparse
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "fonts-src"
OUTPUT_DIR = ROOT / "static" / "fonts"
STYLESHEET = ROOT / "static" / "css" / "site.css"
FALLBACK_FONT = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
FAMILY = "Source Serif"

# The serif weights site.css uses: body 400, headings 700 and 750, the site
# name 800. Italics are a few words of body text (emphasis, quotes): one
# static weight, half the bytes of a variable one; a bold italic is rare
# enough for the browser to embolden.
WEIGHTS = {"normal": (400, 800), "italic": (400, 400)}


def _ranges(*spans):
    return {cp for start, end in spans for cp in range(start, end + 1)}


# What readers' pages print: English with names in other Latin scripts.
# Punctuation the editors type and the templates use: dashes, curly quotes,
# ellipsis, bullet, primes, guillemets, arrows, minus, thin spaces, €, ™.
PUNCTUATION = _ranges(
    (0x2009, 0x200A), (0x2011, 0x2014), (0x2018, 0x201E), (0x2020, 0x2022),
    (0x2026, 0x2026), (0x2030, 0x2033), (0x2039, 0x203A), (0x20AC, 0x20AC),
    (0x2122, 0x2122), (0x2190, 0x2193), (0x2212, 0x2212),
)  # fmt: skip
SUBSETS = {
    # Basic Latin, Latin-1, the punctuation, and the Latin Extended letters
    # the latin source file holds (dotless i, OE): every English page.
    "latin": _ranges((0x20, 0x7E), (0xA0, 0xFF), (0x131, 0x131), (0x152, 0x153))
    | PUNCTUATION,
    # Latin Extended-A, Romanian's comma-below letters, capital sharp s:
    # fetched only by pages with such names (unicode-range).
    "latin-ext": _ranges((0x100, 0x17F), (0x218, 0x21B), (0x1E9E, 0x1E9E)),
}
# Kerning and ligatures. No mark positioning (the accented letters kept are
# precomposed), small caps, old-style figures or alternates: site.css never
# turns them on, and they cost a fifth of the file.
LAYOUT_FEATURES = ["kern", "liga"]

# A sample of English text for the average width of a line, so that the
# fallback's size-adjust fits the words readers see, not the whole alphabet.
SAMPLE = (
    "The heat stays in the streets long after sunset, and the city council "
    "has a plan: more trees, lighter roofs, water where people walk. "
    "Residents say the changes came slowly, but each summer is easier."
)


def build_font(source, subset_name, style):
    """One WOFF2 file: ``source`` cut to a character set and weight range."""
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=SUBSETS[subset_name])
    subsetter.subset(font)
    low, high = WEIGHTS[style]
    axis_limits = {"wght": low if low == high else (low, high)}
    font = instancer.instantiateVariableFont(font, axis_limits)
    font.flavor = "woff2"
    # The source's date stays in the file, so a rebuild changes no byte.
    font.recalcTimestamp = False
    return font


def unicode_range(font):
    """The CSS unicode-range of a font's character map, as spans."""
    points = sorted(font.getBestCmap())
    spans, start = [], points[0]
    for previous, current in zip(points, points[1:] + [None], strict=True):
        if current != previous + 1:
            spans.append((start, previous))
            start = current
    return ",".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in spans)


def line_width(font, text):
    """The advance width of ``text`` in em."""
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    units = sum(metrics[cmap[ord(char)]][0] for char in text)
    return units / font["head"].unitsPerEm


def metric_overrides(font, fallback):
    """size-adjust, ascent- and descent-override for the fallback face."""
    size_adjust = line_width(font, SAMPLE) / line_width(fallback, SAMPLE)
    upm = font["head"].unitsPerEm
    hhea = font["hhea"]
    return {
        "size-adjust": f"{size_adjust * 100:.2f}%",
        "ascent-override": f"{hhea.ascent / upm / size_adjust * 100:.2f}%",
        "descent-override": f"{-hhea.descent / upm / size_adjust * 100:.2f}%",
        "line-gap-override": "0%",
    }


def font_face(declarations):
    lines = "".join(f"  {name}: {value};\n" for name, value in declarations)
    return "@font-face {\n" + lines + "}\n"


def build(fallback_path):
    OUTPUT_DIR.mkdir(exist_ok=True)
    faces = []
    for subset_name in SUBSETS:
        for style in WEIGHTS:
            name = f"source-serif-4-{subset_name}-wght-{style}.woff2"
            font = build_font(SOURCE_DIR / name, subset_name, style)
            font.save(OUTPUT_DIR / name)
            low, high = WEIGHTS[style]
            faces.append(
                font_face(
                    [
                        ("font-family", f'"{FAMILY}"'),
                        ("font-style", style),
                        ("font-display", "swap"),
                        ("font-weight", f"{low}" if low == high else f"{low} {high}"),
                        ("src", f'url("../fonts/{name}") format("woff2")'),
                        ("unicode-range", unicode_range(font)),
                    ]
                )
            )
            size = (OUTPUT_DIR / name).stat().st_size
            sys.stderr.write(f"{name}: {size:,} bytes\n")
    regular = TTFont(SOURCE_DIR / "source-serif-4-latin-wght-normal.woff2")
    overrides = metric_overrides(regular, TTFont(fallback_path))
    faces.append(
        font_face(
            [
                ("font-family", f'"{FAMILY} fallback"'),
                ("src", 'local("Times New Roman"), local("Liberation Serif")'),
                *overrides.items(),
            ]
        )
    )
    return "".join(faces)


def rewrite_stylesheet(css):
    """Put the generated rules between the markers at the top of site.css."""
    text = STYLESHEET.read_text()
    start, end = "/* fonts: start (make fonts) */\n", "/* fonts: end */\n"
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        sys.exit(f"{STYLESHEET}: the markers {start.strip()} … are missing")
    STYLESHEET.write_text(pattern.sub(lambda _: start + css + end, text))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fallback",
        type=Path,
        default=FALLBACK_FONT,
        help="Times New Roman or a metric-compatible font file "
        "(Liberation Serif, Tinos), for the fallback's metric overrides",
    )
    args = parser.parse_args()
    if not args.fallback.exists():
        sys.exit(f"{args.fallback} is missing: apt-get install fonts-liberation")
    rewrite_stylesheet(build(args.fallback))


if __name__ == "__main__":
    main()
