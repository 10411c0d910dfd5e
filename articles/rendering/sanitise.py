"""Markdown to sanitised HTML: the one renderer for stored HTML and previews.

``render_markdown`` is also ``MARKDOWNX_MARKDOWNIFY_FUNCTION``, so the editor's
live preview and the public page can never disagree, in looks or in safety.
``blocked_images`` finds the images in Markdown that the site's
Content-Security-Policy would not let readers' browsers show.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3
from django.conf import settings

# Everything prose needs, nothing that runs code or changes the page's look:
# no script, style, iframe, form, svg or event-handler attributes.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "strong",
    "sub", "sup", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text):
    """Render editor Markdown to HTML that is safe to print unescaped."""
    html = markdown.markdown(text or "", extensions=["sane_lists"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_markdown_inline(text):
    """Like ``render_markdown``, without the paragraph around a one-line text."""
    html = render_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


class _ImageSources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sources = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append((dict(attrs).get("src") or "").strip())

    handle_startendtag = handle_starttag


def blocked_images(text):
    """The addresses of the images in Markdown ``text`` that readers' browsers
    would not show, because the site's Content-Security-Policy (img-src)
    does not allow them: images from other sites, or ("") without an address
    the sanitiser kept."""
    if "![" not in text and "<img" not in text.lower():
        return []  # no image can come out of it: no need to render
    parser = _ImageSources()
    parser.feed(render_markdown(text))
    parser.close()
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    return [src for src in parser.sources if not csp_allows(src, allowed)]


# A CSP host source: [scheme://]host[:port][/path], the host maybe "*.x".
_HOST_SOURCE = re.compile(
    r"(?:(?P<scheme>[a-z][a-z0-9+.-]*)://)?(?P<host>\*|(?:\*\.)?[^/:*]+)"
    r"(?::(?P<port>\d+|\*))?(?P<path>/.*)?",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def csp_allows(src, sources):
    """Whether a page served with these CSP ``sources`` may load ``src``
    (CSP Level 3 source matching, for the kinds of sources settings use)."""
    # As browsers read it: tabs and newlines dropped, a backslash is "/".
    src = re.sub(r"[\t\n\r]", "", src).replace("\\", "/")
    try:
        url = urlsplit(src)
        port = url.port
    except ValueError:
        return False
    if not src:
        return False
    if not url.scheme and not url.netloc:
        return "'self'" in sources  # a path on this site
    scheme = (url.scheme or "https").lower()  # "//host/…" takes the page's
    host = (url.hostname or "").lower()
    port = port or _DEFAULT_PORTS.get(scheme)
    for source in sources:
        if re.fullmatch(r"[a-z][a-z0-9+.-]*:", source, re.IGNORECASE):
            if source[:-1].lower() == scheme:
                return True
            continue
        match = _HOST_SOURCE.fullmatch(source)
        if source.startswith("'") or not match:
            continue
        wanted = (match["scheme"] or "").lower()
        if wanted and wanted != scheme and (wanted, scheme) != ("http", "https"):
            continue
        if not wanted and scheme not in _DEFAULT_PORTS:
            continue
        pattern = match["host"].lower()
        if not (
            pattern == "*"
            or host == pattern
            or (pattern.startswith("*.") and host.endswith(pattern[1:]))
        ):
            continue
        wanted_port = match["port"] or _DEFAULT_PORTS.get(scheme)
        if wanted_port != "*" and str(port) != str(wanted_port):
            continue
        path = match["path"] or ""
        if path.endswith("/") and not url.path.startswith(path):
            continue
        if path and not path.endswith("/") and url.path != path:
            continue
        return True
    return False
