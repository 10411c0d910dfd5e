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

# Markup and links that attack a sanitiser: every one must come out inert.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" OnError="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;&#x61;&#x76;&#x61;script:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">'
    "x</a>",
    '<a href="java\tscript:alert(1)">tab</a>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<style>body { display: none }</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><input name="password"></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:/">',
    "<details open ontoggle=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<link rel="stylesheet" href="https://evil.example/evil.css">',
    '**bold** <a href="#" onclick="alert(1)">mixed</a> *and* `code`',
]


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


class _FormReader(HTMLParser):
    """What a browser would submit from one form, before anyone types."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.data = form_id, False, {}
        self._textarea = self._select = None
        self._select_multiple = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and "__prefix__" not in name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
                return
            self.data[name] = attrs.get("value", "")
        elif tag == "textarea" and name and "__prefix__" not in name:
            self._textarea, self.data[name] = name, ""
        elif tag == "select" and name and "__prefix__" not in name:
            self._select, self._select_multiple = name, "multiple" in attrs
            if self._select_multiple:
                self.data[name] = []
        elif tag == "option" and self._select and "selected" in attrs:
            if self._select_multiple:
                self.data[self._select].append(attrs.get("value", ""))
            else:
                self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_data(html, form_id):
    reader = _FormReader(form_id)
    reader.feed(html)
    data = reader.data
    for name, value in data.items():
        if isinstance(value, str) and value.startswith("\n"):
            data[name] = value[1:]  # the newline HTML drops after <textarea>
    return data
