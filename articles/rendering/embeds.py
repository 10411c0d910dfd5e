"""Embeds in stored HTML: a paragraph that is only the address of a resolved
``Embed`` becomes its click-to-load facade (``includes/embed.html``), a step
of ``render_article`` at save. The facade loads nothing from the provider;
``static/articles/embeds.js`` puts the player in place on the reader's click,
and the page's Content-Security-Policy allows exactly the players it embeds
(``allow_embed_frames``).
"""

import copy
import html
import re

from csp.decorators import csp_update
from django.template.loader import render_to_string

from .pictures import figure

# What each kind of player may do once the reader asked for it: scripts and
# its own origin (players need both), opening the provider in a new tab.
SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
VIDEO_SANDBOX = f"{SANDBOX} allow-presentation"
VIDEO_ALLOW = "autoplay; encrypted-media; fullscreen; picture-in-picture"
PLAYERS = {
    "youtube": ("video", VIDEO_SANDBOX, VIDEO_ALLOW),
    "vimeo": ("video", VIDEO_SANDBOX, VIDEO_ALLOW),
    "soundcloud": ("audio", SANDBOX, "autoplay"),
    "bluesky": ("post", SANDBOX, ""),
    "mastodon": ("post", SANDBOX, ""),
}  # fmt: skip
THUMBNAIL_SIZES = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"
# A paragraph of one address, as render_markdown writes it: plain, or a link
# whose text is its own address (<https://…>).
_ADDRESS_PARAGRAPH = re.compile(
    r'<p>(?:<a href="(?P<href>[^"<>]*)"[^<>]*>)?(?P<text>[^<>]*)(?:</a>)?</p>'
)


def render_facade(embed):
    """The stored HTML of one resolved embed's facade."""
    kind, sandbox, allow = PLAYERS[embed.provider]
    provider = embed.get_provider_display()
    title = embed.title or f"{provider} {'post' if kind == 'post' else kind}"
    picture = figure(embed.thumbnail) if embed.thumbnail_id else None
    if picture:
        picture["sizes"] = THUMBNAIL_SIZES
    return render_to_string(
        "articles/includes/embed.html",
        {
            "embed": {
                "id": f"embed-{embed.pk}",
                "kind": kind,
                "url": embed.url,
                "provider": provider,
                "title": title,
                "author": embed.author_name,
                "picture": picture,
                "player": {
                    "src": embed.iframe_url,
                    "title": f"{provider}: {title}",
                    "sandbox": sandbox,
                    "allow": allow,
                    "width": embed.width,
                    "height": embed.height,
                },
            }
        },
    ).strip()


def facades(embeds):
    """{address: facade HTML} of the resolved ``embeds``."""
    return {embed.url: render_facade(embed) for embed in embeds if embed.is_resolved}


def frame_origins(embeds):
    """The CSP sources (frame-src) the resolved ``embeds`` need, sorted."""
    return sorted({embed.frame_origin for embed in embeds if embed.is_resolved})


def with_facades(text, by_address):
    """``text`` (rendered Markdown) with each paragraph that is only an
    address in ``by_address`` replaced by its facade."""
    if not by_address or not text:
        return text

    def replace(match):
        address = html.unescape(match["text"]).strip()
        if match["href"] is not None and html.unescape(match["href"]) != address:
            return match[0]  # a link whose text is not its address
        return by_address.get(address, match[0])

    return _ADDRESS_PARAGRAPH.sub(replace, text)


def parts_with_facades(article, sections, embeds):
    """Copies of ``article`` and ``sections`` whose lead, paragraphs and
    closing show the facades of ``embeds``, for the body only: the stored
    HTML of each field, the word count and the feeds keep the address."""
    by_address = facades(embeds)
    if not by_address:
        return article, sections
    article = copy.copy(article)
    for name in ("lead_html", "closing_html"):
        setattr(article, name, with_facades(getattr(article, name), by_address))
    sections = [copy.copy(section) for section in sections]
    for section in sections:
        for name in ("body_html", "body_after_list_html"):
            setattr(section, name, with_facades(getattr(section, name), by_address))
    return article, sections


def allow_embed_frames(response, origins):
    """``response`` with its Content-Security-Policy's frame-src allowing
    ``origins`` (the page's stored ``embed_frames``), through django-csp's
    per-view update."""
    if not origins:
        return response
    return csp_update({"frame-src": list(origins)})(lambda: response)()
