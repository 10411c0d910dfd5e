"""The front matter of the Markdown format: the YAML ``key: value`` lines
between two ``---`` lines that hold an article's metadata.

``write_front_matter`` writes them in the canonical form and
``split_front_matter`` reads and checks them; docs/markdown-format.md lists
the keys.
"""

import re
from datetime import datetime

import yaml

from .document import DEFAULT_FAQ_HEADING, Document, FormatError

STATUSES = ("draft", "review", "published", "unpublished")
FRONT_MATTER_KEYS = (
    "title",
    "slug",
    "standfirst",
    "status",
    "publish_at",
    "unpublish_at",
    "authors",
    "topic",
    "tags",
    "lead_image",
    "seo_title",
    "meta_description",
    "social_image",
    "faq_heading",
)
# Written only when set, in this order, after the lead image.
SEO_KEYS = ("seo_title", "meta_description", "social_image")
TEXT_KEYS = (
    "title",
    "slug",
    "standfirst",
    "topic",
    "lead_image",
    *SEO_KEYS,
    "faq_heading",
)

_TOP_LEVEL_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:")
_PUBLISH_AT_EXAMPLE = '"2026-11-28T09:00:00+00:00"'


def write_front_matter(doc: Document) -> str:
    """The canonical front matter of ``doc``, its ``---`` lines included: the
    keys in a fixed order, text double-quoted, optional keys only when set."""
    status = doc.status if doc.status in STATUSES else _quoted(doc.status)
    publish_at = _quoted(doc.publish_at.isoformat()) if doc.publish_at else "null"
    lines = [
        "---",
        f"title: {_quoted(doc.title)}",
        f"slug: {_quoted(doc.slug)}",
        f"standfirst: {_quoted(doc.standfirst)}",
        f"status: {status}",
        f"publish_at: {publish_at}",
    ]
    if doc.unpublish_at:
        lines.append(f"unpublish_at: {_quoted(doc.unpublish_at.isoformat())}")
    if doc.authors:
        lines.append(f"authors: {_quoted_list(doc.authors)}")
    if doc.topic:
        lines.append(f"topic: {_quoted(doc.topic)}")
    if doc.tags:
        lines.append(f"tags: {_quoted_list(doc.tags)}")
    if doc.lead_image:
        lines.append(f"lead_image: {_quoted(doc.lead_image)}")
    for key in SEO_KEYS:
        if getattr(doc, key):
            lines.append(f"{key}: {_quoted(getattr(doc, key))}")
    # With questions the heading is written above them; without, it is kept here.
    if not doc.faqs and doc.faq_heading != DEFAULT_FAQ_HEADING:
        lines.append(f"faq_heading: {_quoted(doc.faq_heading)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _quoted_list(names: list[str]) -> str:
    return f"[{', '.join(_quoted(name) for name in names)}]"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar on one line, escapes done by PyYAML."""
    dumped = yaml.safe_dump(
        text, default_style='"', allow_unicode=True, width=float("inf")
    )
    return dumped.rstrip("\n")


def split_front_matter(
    lines: list[tuple[int, str]],
) -> tuple[dict | None, list[tuple[int, str]]]:
    """The Document fields in the front matter (None without front matter),
    and the numbered lines after it."""
    if lines[0][1].rstrip() != "---":
        return None, lines
    for index in range(1, len(lines)):
        if lines[index][1].rstrip() == "---":
            front_matter = [line for _, line in lines[1:index]]
            return _read_front_matter(front_matter), lines[index + 1 :]
    raise FormatError("the front matter has no closing '---' line", 1)


def _read_front_matter(lines: list[str]) -> dict:
    """Check the YAML between the ``---`` lines and return Document fields.

    Line numbers count the opening ``---`` as line 1. The title and FAQ
    heading are None when not given.
    """
    data = _load_yaml(lines)
    key_lines = _key_lines(lines)
    _refuse_unknown_keys(data, key_lines)
    status = _checked_text_and_status(data, key_lines)
    names = _checked_names(data, key_lines)
    return {
        "title": data.get("title"),
        "authors": names["authors"],
        "tags": names["tags"],
        "topic": data.get("topic") or "",
        "lead_image": (data.get("lead_image") or "").strip(),
        "unpublish_at": _publish_at(
            data.get("unpublish_at"), key_lines.get("unpublish_at"), "unpublish_at"
        ),
        "slug": data.get("slug") or "",
        "standfirst": data.get("standfirst") or "",
        "status": status,
        "publish_at": _publish_at(data.get("publish_at"), key_lines.get("publish_at")),
        "faq_heading": data.get("faq_heading"),
        "seo_title": (data.get("seo_title") or "").strip(),
        "meta_description": (data.get("meta_description") or "").strip(),
        "social_image": (data.get("social_image") or "").strip(),
    }


def _load_yaml(lines: list[str]) -> dict:
    """The front matter as a mapping (empty for no lines)."""
    try:
        data = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "it is not valid YAML"
        raise FormatError(
            f"the front matter cannot be read ({problem}): write 'key: value' "
            "lines and put text values in double quotes",
            mark.line + 2 if mark else 1,
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FormatError("the front matter must be 'key: value' lines", 2)
    return data


def _key_lines(lines: list[str]) -> dict[str, int]:
    """The line number of each top-level key; a key set twice is an error."""
    key_lines = {}
    for number, line in enumerate(lines, 2):
        match = _TOP_LEVEL_KEY.match(line)
        if match and match[1] in key_lines:
            raise FormatError(f"'{match[1]}' is set twice in the front matter", number)
        if match:
            key_lines[match[1]] = number
    return key_lines


def _refuse_unknown_keys(data: dict, key_lines: dict[str, int]) -> None:
    unknown = [str(key) for key in data if key not in FRONT_MATTER_KEYS]
    if unknown:
        names = ", ".join(f"'{name}'" for name in unknown)
        raise FormatError(
            f"unknown front matter {'keys' if len(unknown) > 1 else 'key'} {names}: "
            "the keys are title, slug, standfirst, status, publish_at, "
            "unpublish_at, authors, topic, tags, lead_image, seo_title, "
            "meta_description, social_image and faq_heading",
            key_lines.get(unknown[0]),
        )


def _checked_text_and_status(data: dict, key_lines: dict[str, int]) -> str:
    """Refuse text keys that are not text and an unknown status; return the
    status ("draft" when not given)."""
    for key in TEXT_KEYS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise FormatError(
                f"'{key}' must be text: put the value in double quotes",
                key_lines.get(key),
            )
    if data.get("title") is not None and not data["title"].strip():
        raise FormatError("the title is empty", key_lines.get("title"))
    status = data.get("status") or "draft"
    if status not in STATUSES:
        raise FormatError(
            f"'status' must be one of {', '.join(STATUSES)}, not '{status}'",
            key_lines.get("status"),
        )
    return status


def _checked_names(data: dict, key_lines: dict[str, int]) -> dict[str, list[str]]:
    """The authors and tags, each a list of non-blank names (empty if not given)."""
    names = {}
    for key, example in (("authors", "Ana Reporter"), ("tags", "Housing")):
        names[key] = data.get(key) or []
        if not isinstance(names[key], list) or not all(
            isinstance(name, str) and name.strip() for name in names[key]
        ):
            raise FormatError(
                f'write the {key} as a list of names, like ["{example}"]',
                key_lines.get(key),
            )
    return names


def _publish_at(
    value: object, line: int | None, key: str = "publish_at"
) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise FormatError(
                f"'{key}' is not a date and time: write it like {_PUBLISH_AT_EXAMPLE}",
                line,
            ) from None
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise FormatError(
            f"'{key}' needs a date, a time and a timezone, like {_PUBLISH_AT_EXAMPLE}",
            line,
        )
    return value
