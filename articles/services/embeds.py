"""Embeds resolved when an article is saved: every paragraph of its Markdown
(lead, section paragraphs before and after the list, closing) that holds
only the address of a known provider gets an ``Embed``, its oEmbed facts
and thumbnail fetched now (``services.oembed``), never while a reader waits.

A provider that cannot be reached, or answers badly, never blocks the save:
the embed keeps its ``problem``, the address stays a plain link, and the
admin tells the editor (``embed_warnings``). The next save tries again.
"""

import io
import logging
import re
import time

from django.conf import settings
from django.utils import timezone

from articles import imaging
from articles.models import Embed, Image
from articles.services import oembed
from articles.services.images import image_store

logger = logging.getLogger(__name__)

# Providers are asked in the save's request: bounds on how long it can wait
# (and NEWSROOM_OEMBED_SAVE_SECONDS, after which no new provider is asked).
MAX_FETCHES_PER_SAVE = 8
MAX_ADDRESS = 500  # Embed.url's length; a longer one stays a link
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def embed_addresses(text):
    """The provider addresses in ``text`` (Markdown) that stand alone in a
    paragraph, in order: plain or in angle brackets."""
    found = []
    for paragraph in _PARAGRAPHS.split(text or ""):
        address = paragraph.strip()
        if address.startswith("<") and address.endswith(">"):
            address = address[1:-1]
        if 0 < len(address) <= MAX_ADDRESS and not any(c.isspace() for c in address):
            if oembed.recognise(address):
                found.append(address)
    return found


def article_parts(article, sections):
    """(part, Markdown) of every field that may hold an embed, in page order,
    with the name the editor knows each part by."""
    yield "the lead", article.lead
    for section in sections:
        name = f"section “{section.heading}”"
        yield name, section.body
        yield f"{name}, after the list", section.body_after_list
    yield "the closing", article.closing


def article_embeds_resolve(article):
    """Give ``article``'s provider addresses their embeds: new ones (and
    those that failed before) are fetched, known ones kept, those no longer
    in the article deleted. Returns the article's embeds."""
    wanted = {}
    for part, text in article_parts(article, article.sections.all()):
        for address in embed_addresses(text):
            wanted.setdefault(address, part)
    kept = []
    for embed in article.embeds.all():
        if embed.url in wanted:
            kept.append(embed)
        else:
            embed.delete()
    known = {embed.url: embed for embed in kept}
    fetches = 0
    deadline = time.monotonic() + settings.NEWSROOM_OEMBED_SAVE_SECONDS
    embeds = []
    for address, part in wanted.items():
        embed = known.get(address)
        if embed is not None and embed.is_resolved:
            if embed.part != part[:200]:
                embed.part = part[:200]
                embed.save(update_fields=["part"])
            embeds.append(embed)
            continue
        if embed is None:
            provider, _ = oembed.recognise(address)
            embed = Embed(article=article, url=address, provider=provider.name)
        embed.part = part[:200]
        if _copy_resolved(embed):
            pass
        elif fetches >= MAX_FETCHES_PER_SAVE:
            embed.problem = "Not tried: too many new embeds in one save. Save again."
        elif time.monotonic() >= deadline:
            embed.problem = "Not tried: the providers were slow to answer. Save again."
        else:
            fetches += 1
            _resolve(embed)
        embed.save()
        embeds.append(embed)
    return embeds


def _copy_resolved(embed):
    """Take the facts of the same address, resolved for another article:
    no provider asked again. Whether there was one."""
    other = (
        Embed.objects.filter(url=embed.url, problem="")
        .exclude(iframe_url="")
        .exclude(pk=embed.pk)
        .first()
    )
    if other is None:
        return False
    for name in ("provider", "title", "author_name", "thumbnail_id", "iframe_url"):
        setattr(embed, name, getattr(other, name))
    embed.width, embed.height = other.width, other.height
    embed.fetched_at, embed.problem = other.fetched_at, ""
    return True


def _resolve(embed):
    provider, match = oembed.recognise(embed.url)
    embed.provider = provider.name
    try:
        facts = oembed.resolve(embed.url, provider, match)
    except oembed.EmbedUnavailable as error:
        embed.iframe_url, embed.problem = "", str(error)[:300]
        return
    embed.title, embed.author_name = facts.title, facts.author_name
    embed.iframe_url, embed.problem = facts.iframe_url, ""
    embed.width, embed.height = facts.width, facts.height
    embed.fetched_at = timezone.now()
    if facts.thumbnail_url:
        embed.thumbnail = _store_thumbnail(facts.thumbnail_url, embed, provider)


def _store_thumbnail(address, embed, provider):
    """The provider's thumbnail in the media library, checked like an
    upload, or None: the facade does without one."""
    try:
        content, content_type = oembed.fetch(address, limit=oembed.THUMBNAIL_MAX_BYTES)
        if not content_type.lower().startswith("image/"):
            raise oembed.EmbedUnavailable("The thumbnail is not an image.")
        clean = imaging.clean_upload(io.BytesIO(content), size=len(content))
    except (oembed.EmbedUnavailable, imaging.ImageRejected) as error:
        logger.info("No thumbnail for %s: %s", embed.url, error)
        return None
    title = embed.title or embed.url
    return image_store(
        Image(
            alt_text=f"Thumbnail of “{title}”"[:250],
            credit=f"{provider.label}: {embed.author_name}"[:200]
            if embed.author_name
            else provider.label,
            licence=f"{provider.label} thumbnail, for the embed only",
        ),
        clean,
    )


def embed_warnings(article):
    """What the editor is told after a save, one message for each embed it
    could not resolve: the address, where it is, why."""
    return [
        f"The {embed.get_provider_display()} address “{embed.url}” in "
        f"{embed.part} is shown as a plain link: {embed.problem} "
        "Saving again tries again."
        for embed in article.embeds.exclude(problem="")
    ]
