"""A small oEmbed client over the known providers' published endpoints.

Each provider is recognised by the address an editor pastes; its oEmbed
answer is read with a short timeout and a small size limit, checked, and
reduced to plain facts (title, author, thumbnail address, size). The player
address is built here from the provider's known pattern: the provider's HTML
is never stored or shown. Every failure is an ``EmbedUnavailable`` whose
message tells the editor why.

Only Python and Django's settings: the models are ``services.embeds``'.
"""

import http.client
import json
import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from django.conf import settings
from django.utils.html import strip_tags

from articles.services import outbound

ANSWER_MAX_BYTES = 64 * 1024
THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = "Newsroom-oEmbed/1.0"


class EmbedUnavailable(Exception):
    """The address stays a plain link; the message says why, for the editor."""


@dataclass(frozen=True)
class Provider:
    name: str  # Embed.Provider's value
    label: str
    patterns: tuple  # compiled, each naming the groups its player needs
    endpoint: str  # "{host}" is the address's own host (Mastodon)
    kinds: tuple  # oEmbed "type" values accepted
    width: int
    height: int


YOUTUBE_ID = r"(?P<id>[A-Za-z0-9_-]{11})"
PROVIDERS = (
    Provider(
        "youtube",
        "YouTube",
        (
            re.compile(
                r"https?://(?:www\.|m\.)?youtube\.com/watch\?(?:[^#\s]*&)?v="
                + YOUTUBE_ID
                + r"(?:[&#]\S*)?"
            ),
            re.compile(r"https?://youtu\.be/" + YOUTUBE_ID + r"(?:[?#]\S*)?"),
            re.compile(
                r"https?://(?:www\.)?youtube\.com/(?:shorts|live)/"
                + YOUTUBE_ID
                + r"(?:[?#]\S*)?"
            ),
        ),
        "https://www.youtube.com/oembed",
        ("video",),
        640,
        360,
    ),
    Provider(
        "vimeo",
        "Vimeo",
        (
            re.compile(
                r"https?://(?:www\.)?vimeo\.com/(?P<id>\d{1,12})"
                r"(?:/(?P<hash>[0-9a-f]{6,20}))?/?(?:[?#]\S*)?"
            ),
        ),
        "https://vimeo.com/api/oembed.json",
        ("video",),
        640,
        360,
    ),
    Provider(
        "soundcloud",
        "SoundCloud",
        (
            re.compile(
                r"https?://(?:www\.|m\.)?soundcloud\.com/"
                r"(?P<path>[\w-]+/(?:sets/)?[\w-]+)/?(?:[?#]\S*)?"
            ),
        ),
        "https://soundcloud.com/oembed",
        ("rich",),
        640,
        166,
    ),
    Provider(
        "bluesky",
        "Bluesky",
        (
            re.compile(
                r"https://bsky\.app/profile/(?P<actor>[A-Za-z0-9.:_-]{3,253})"
                r"/post/(?P<rkey>[a-z0-9]{10,20})/?"
            ),
        ),
        "https://embed.bsky.app/oembed",
        ("rich",),
        600,
        480,
    ),
    Provider(
        "mastodon",
        "Mastodon",
        (
            re.compile(
                r"https://(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,63})"
                r"/@(?P<user>[A-Za-z0-9_]{1,30}(?:@[a-z0-9.-]+)?)/(?P<id>\d{1,20})/?"
            ),
        ),
        "https://{host}/api/oembed",
        ("rich",),
        600,
        480,
    ),
)
PROVIDER_LABELS = {provider.name: provider.label for provider in PROVIDERS}


def recognise(url):
    """The provider whose address ``url`` is, with the match, or None."""
    for provider in PROVIDERS:
        for pattern in provider.patterns:
            match = pattern.fullmatch(url)
            if match:
                return provider, match
    return None


@dataclass
class Resolved:
    title: str
    author_name: str
    thumbnail_url: str
    iframe_url: str
    width: int
    height: int


def resolve(url, provider, match):
    """Ask ``provider`` about ``url`` and check its answer."""
    answer = _fetch_answer(url, provider, match)
    if answer.get("type") not in provider.kinds:
        raise EmbedUnavailable(
            f"{provider.label} answered for another kind of content "
            f"({str(answer.get('type'))[:20]!r}, not {provider.kinds[0]!r})."
        )
    thumbnail = answer.get("thumbnail_url")
    return Resolved(
        title=_text(answer.get("title"), 300),
        author_name=_text(answer.get("author_name"), 200),
        thumbnail_url=thumbnail if _is_web_address(thumbnail) else "",
        iframe_url=_player(provider, match, answer),
        width=_size(answer.get("width"), provider.width),
        height=_size(answer.get("height"), provider.height),
    )


def _player(provider, match, answer):
    """The player address, from the provider's own pattern only."""
    if provider.name == "youtube":
        return f"https://www.youtube-nocookie.com/embed/{match['id']}?autoplay=1"
    if provider.name == "vimeo":
        if str(answer.get("video_id", match["id"])) != match["id"]:
            raise EmbedUnavailable("Vimeo answered about another video.")
        unlisted = f"&h={match['hash']}" if match["hash"] else ""
        return (
            f"https://player.vimeo.com/video/{match['id']}?dnt=1&autoplay=1{unlisted}"
        )
    if provider.name == "soundcloud":
        track = quote(f"https://soundcloud.com/{match['path']}", safe="")
        return f"https://w.soundcloud.com/player/?url={track}&auto_play=true"
    if provider.name == "bluesky":
        post = f"{_bluesky_did(match, answer)}/app.bsky.feed.post/{match['rkey']}"
        return f"https://embed.bsky.app/embed/{post}"
    return f"https://{match['host']}/@{match['user']}/{match['id']}/embed"


def _bluesky_did(match, answer):
    """A post's player names its author by DID: the address's own, or the
    one the answer gives for this very post."""
    if match["actor"].startswith("did:"):
        return match["actor"]
    found = re.search(
        r"at://(did:(?:plc|web):[A-Za-z0-9._:%-]{1,200})/app\.bsky\.feed\.post/"
        + re.escape(match["rkey"])
        + r"\b",
        str(answer.get("html", "")),
    )
    if not found:
        raise EmbedUnavailable("Bluesky's answer did not name this post.")
    return found[1]


def _text(value, limit):
    """Plain text for our own template: tags dropped, one line."""
    if not isinstance(value, str):
        return ""
    return " ".join(strip_tags(value).split())[:limit]


def _size(value, default):
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value <= 4096:
            return int(value)
    return default


def _is_web_address(value):
    return (
        isinstance(value, str)
        and len(value) <= 1000
        and urlsplit(value).scheme in ("http", "https")
    )


def _endpoint(provider, match):
    configured = settings.NEWSROOM_OEMBED_ENDPOINTS.get(provider.name)
    if configured:
        return configured, True
    host = match["host"] if provider.name == "mastodon" else ""
    return provider.endpoint.format(host=host), False


def _fetch_answer(url, provider, match):
    endpoint, trusted = _endpoint(provider, match)
    query = urlencode({"url": url, "format": "json", "maxwidth": 1280})
    body, content_type = fetch(
        f"{endpoint}?{query}", limit=ANSWER_MAX_BYTES, trusted=trusted
    )
    if content_type.split(";")[0].strip().lower() not in (
        "application/json",
        "text/json",
        "text/javascript",
    ):
        raise EmbedUnavailable(f"{provider.label} did not answer with oEmbed JSON.")
    try:
        answer = json.loads(body)
    except ValueError as error:
        raise EmbedUnavailable(
            f"{provider.label}'s answer was not valid JSON."
        ) from error
    if not isinstance(answer, dict):
        raise EmbedUnavailable(f"{provider.label}'s answer was not an oEmbed object.")
    return answer


def fetch(address, *, limit, trusted=False):
    """GET ``address``: its body (at most ``limit`` bytes) and content type.
    Only the endpoints the settings name (``trusted``) may be on a private
    network, unless ``NEWSROOM_OEMBED_ALLOW_PRIVATE`` is set: checked on the
    address connected to (articles/services/outbound.py)."""
    try:
        status, headers, body = outbound.request(
            "GET",
            address,
            headers={"User-Agent": USER_AGENT},
            timeout=settings.NEWSROOM_OEMBED_TIMEOUT,
            limit=limit,
            allow_private=trusted or settings.NEWSROOM_OEMBED_ALLOW_PRIVATE,
        )
    except outbound.AddressRefused as error:
        raise EmbedUnavailable(
            "The address is on a private network; refused."
        ) from error
    except ValueError as error:
        raise EmbedUnavailable("Not a web address.") from error
    except (OSError, http.client.HTTPException) as error:  # refused, timed out
        raise EmbedUnavailable("The provider could not be reached.") from error
    if 300 <= status < 400:
        raise EmbedUnavailable("The provider redirected elsewhere; not followed.")
    if status >= 400:
        raise EmbedUnavailable(f"The provider answered with an error (HTTP {status}).")
    if len(body) > limit:
        raise EmbedUnavailable("The answer was too large.")
    return body, headers.get("Content-Type", "")
