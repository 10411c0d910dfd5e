"""Checks on HTML as a browser would parse it (entities decoded)."""

import re
from html.parser import HTMLParser

FORBIDDEN_TAGS = {
    "base", "body", "embed", "form", "iframe", "input", "link", "math", "meta",
    "object", "script", "style", "svg", "textarea",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcdoc", "data", "xlink:href"}
C0_AND_SPACE = "".join(map(chr, range(0x21)))
DANGEROUS_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


def inert_problems(html, allowed_tags=frozenset()):
    """Everything in ``html`` that could run code or restyle the page."""
    problems = []
    for tag, attrs in elements(html):
        if tag in FORBIDDEN_TAGS - allowed_tags:
            problems.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value is not None:
                # What a browser's URL parser does before it reads the scheme.
                url = re.sub(r"[\t\n\r]", "", value).strip(C0_AND_SPACE)
                if DANGEROUS_SCHEME.match(url):
                    problems.append(f"<{tag} {name}={value!r}>")
    return problems
