"""Embeds resolved at save through a local oEmbed provider: what is stored,
what the body shows, and every hostile answer ending as a plain link."""

import json

import pytest

from articles.models import Article, Embed, Image
from articles.rendering import render_article
from articles.services import article_saved, document_from_article
from articles.services.embeds import embed_addresses, embed_warnings
from tests.oembed import OEmbedProvider

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.fixture
def provider(settings):
    with OEmbedProvider() as provider:
        provider.point_at(settings)
        yield provider


def saved(article):
    article_saved(article, by=None, comment="Saved")
    return Article.objects.for_rendering().get(pk=article.pk)


def test_an_address_alone_in_a_paragraph_becomes_a_stored_embed(make_article, provider):
    article = saved(make_article(lead=f"Before.\n\n{VIDEO}\n\nAfter."))

    embed = article.embeds.get()
    assert (embed.provider, embed.part) == ("youtube", "the lead")
    assert (embed.title, embed.author_name) == ("Trams at dusk", "City Desk")
    assert embed.iframe_url == (
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
    )
    assert (embed.width, embed.height) == (640, 360)
    assert embed.fetched_at is not None and embed.problem == ""
    thumbnail = embed.thumbnail
    assert (thumbnail.width, thumbnail.height, thumbnail.format) == (480, 360, "JPEG")
    assert thumbnail.renditions.exists()
    body = article.page_body_html()
    assert 'class="embed embed-video"' in body
    assert f'href="{VIDEO}"' in body
    assert (
        "Trams at dusk" in body
        and thumbnail.renditions.filter(kind="width").first().url in body
    )
    # Our own markup only: the provider's HTML is never stored nor shown.
    assert "<iframe" not in body and "evil.example" not in body
    assert "<script" not in body
    assert article.page_data["embed_frames"] == ["https://www.youtube-nocookie.com"]
    # The field's own HTML keeps the address (feeds, the word count).
    assert article.lead_html == f"<p>Before.</p>\n<p>{VIDEO}</p>\n<p>After.</p>"


@pytest.mark.parametrize(
    ("address", "kind", "answer", "player"),
    [
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "video",
            {},
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://vimeo.com/76979871",
            "video",
            {"video_id": 76979871},
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
        ),
        (
            "https://soundcloud.com/city-desk/morning-briefing",
            "rich",
            {},
            "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com"
            "%2Fcity-desk%2Fmorning-briefing&auto_play=true",
        ),
        (
            "https://bsky.app/profile/citydesk.bsky.social/post/3kabcdefghi2x",
            "rich",
            {
                "html": '<blockquote data-bluesky-uri="at://did:plc:abc123xyz/'
                'app.bsky.feed.post/3kabcdefghi2x"></blockquote>'
            },
            "https://embed.bsky.app/embed/did:plc:abc123xyz/app.bsky.feed.post/"
            "3kabcdefghi2x",
        ),
        (
            "https://mastodon.social/@citydesk/112233445566778899",
            "rich",
            {},
            "https://mastodon.social/@citydesk/112233445566778899/embed",
        ),
    ],
)
def test_each_provider_gets_its_own_player_address(
    make_article, provider, address, kind, answer, player
):
    provider.default = provider.video(type=kind, **answer)
    article = saved(make_article(closing=address))
    embed = article.embeds.get()
    assert (embed.iframe_url, embed.problem) == (player, "")
    assert embed.part == "the closing"
    origin = player.split("/")[0] + "//" + player.split("/")[2]
    assert article.page_data["embed_frames"] == [origin]


def test_only_a_known_provider_s_address_alone_in_a_paragraph_is_an_embed():
    text = "\n\n".join(
        [
            f"Watch {VIDEO} here.",
            f"[{VIDEO}]({VIDEO})",
            "https://example.com/watch?v=dQw4w9WgXcQ",
            f"<{VIDEO}>",
            "https://vimeo.com/123",
            f"{VIDEO}&t={'1' * 500}",  # longer than an embed's address
        ]
    )
    assert embed_addresses(text) == [VIDEO, "https://vimeo.com/123"]


def test_embeds_in_sections_name_their_part_and_go_when_removed(
    make_article, make_section, provider
):
    article = make_article(lead="No embed.")
    make_section(article, heading="Tram lines", body="https://vimeo.com/1")
    make_section(
        article, heading="Buses", body_after_list="https://youtu.be/dQw4w9WgXcQ"
    )
    article = saved(article)
    assert sorted(article.embeds.values_list("part", flat=True)) == [
        "section “Buses”, after the list",
        "section “Tram lines”",
    ]
    asked = len(provider.asked)

    saved(article)  # nothing new: no provider asked again
    assert len(provider.asked) == asked

    article.sections.filter(heading="Buses").update(body_after_list="Gone.")
    article = saved(Article.objects.get(pk=article.pk))
    assert list(article.embeds.values_list("url", flat=True)) == ["https://vimeo.com/1"]


def test_the_same_address_in_another_article_is_not_fetched_again(
    make_article, provider
):
    saved(make_article(lead=VIDEO))
    asked = len(provider.asked)
    other = saved(make_article(lead=VIDEO))
    assert len(provider.asked) == asked
    assert other.embeds.get().title == "Trams at dusk"


def test_a_preview_shows_the_saved_embeds_as_a_save_stores_them(make_article, provider):
    article = saved(make_article(lead=VIDEO))
    preview = render_article(document_from_article(article), saved=article)
    assert preview.page_body_html() == article.page_body_html()
    assert preview.page_data["embed_frames"] == article.page_data["embed_frames"]


def json_body(value):
    return (200, {"Content-Type": "application/json"}, json.dumps(value).encode())


HOSTILE_ANSWERS = {
    "server error": ((500, {"Content-Type": "application/json"}, b"{}"), "HTTP 500"),
    "huge": (
        json_body({"type": "video", "title": "x" * 100_000}),
        "too large",
    ),
    "HTML page": (
        (200, {"Content-Type": "text/html"}, b"<script>alert(1)</script>"),
        "did not answer with oEmbed JSON",
    ),
    "broken JSON": (
        (200, {"Content-Type": "application/json"}, b'{"type": "video",'),
        "not valid JSON",
    ),
    "a JSON list": (json_body(["video"]), "not an oEmbed object"),
    "wrong type": (json_body({"type": "photo", "url": "x"}), "another kind"),
    "no type": (json_body({"title": "Trams"}), "another kind"),
    "redirect to a private address": (
        (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "redirected",
    ),
}


@pytest.mark.parametrize("case", HOSTILE_ANSWERS, ids=str)
def test_a_hostile_answer_leaves_a_plain_link_and_a_warning(
    make_article, provider, case
):
    provider.default, reason = HOSTILE_ANSWERS[case]
    article = saved(make_article(lead=VIDEO))

    embed = article.embeds.get()
    assert reason in embed.problem
    assert embed.iframe_url == "" and embed.thumbnail is None
    assert f"<p>{VIDEO}</p>" in article.page_body_html()
    assert "embed-facade" not in article.page_body_html()
    assert "embed_frames" not in article.page_data  # stored only when there are some
    (warning,) = embed_warnings(article)
    assert VIDEO in warning and "the lead" in warning and reason in warning


def test_a_provider_too_slow_is_given_up_on(make_article, provider, settings):
    settings.NEWSROOM_OEMBED_TIMEOUT = 0.2
    provider.delay = 0.6
    article = saved(make_article(lead=VIDEO))
    assert article.embeds.get().problem == "The provider could not be reached."


def test_a_save_stops_asking_slow_providers_after_its_time(
    make_article, provider, settings
):
    """However many addresses, a save waits about NEWSROOM_OEMBED_SAVE_SECONDS
    on providers: the rest stay links until the next save."""
    settings.NEWSROOM_OEMBED_SAVE_SECONDS = 0.3
    provider.delay = 0.4
    other = "https://vimeo.com/76979871"
    article = saved(make_article(lead=f"{VIDEO}\n\n{other}"))
    first, second = article.embeds.order_by("pk")
    assert first.url == VIDEO and first.is_resolved
    assert second.url == other and "slow to answer" in second.problem
    assert f"<p>{other}</p>" in article.page_body_html()
    provider.delay = 0
    article = saved(article)
    assert all(embed.is_resolved for embed in article.embeds.all())


def test_a_provider_that_is_down_leaves_a_plain_link(make_article, settings):
    with OEmbedProvider() as down:
        pass  # stopped: its port refuses connections
    down.point_at(settings)
    article = saved(make_article(lead=VIDEO))
    assert article.embeds.get().problem == "The provider could not be reached."
    assert f"<p>{VIDEO}</p>" in article.page_body_html()


def test_scripts_in_the_answer_s_text_are_shown_as_text(make_article, provider):
    provider.default = provider.video(
        title='<script>alert("t")</script>Trams <img src=x onerror=alert(1)>',
        author_name="<b>Desk</b>",
    )
    article = saved(make_article(lead=VIDEO))
    embed = article.embeds.get()
    assert (embed.title, embed.author_name) == ('alert("t")Trams', "Desk")
    assert (
        "<script" not in article.page_body_html()
        and "onerror" not in article.page_body_html()
    )


@pytest.mark.parametrize(
    "thumbnail",
    [
        (200, {"Content-Type": "image/jpeg"}, b"<html>not a picture</html>"),
        (200, {"Content-Type": "text/html"}, b"<html></html>"),
        (302, {"Location": "http://10.0.0.1/thumb.jpg"}, b""),
        (404, {"Content-Type": "image/jpeg"}, b""),
    ],
    ids=["not an image", "wrong type", "redirect to a private address", "missing"],
)
def test_a_bad_thumbnail_leaves_the_embed_without_one(
    make_article, provider, thumbnail
):
    provider.thumbnail = thumbnail
    article = saved(make_article(lead=VIDEO))
    embed = article.embeds.get()
    assert embed.is_resolved and embed.thumbnail is None
    assert not Image.objects.exists()
    assert "embed-facade" in article.page_body_html()


def test_a_thumbnail_too_large_is_not_read(make_article, provider):
    provider.thumbnail = (200, {"Content-Type": "image/jpeg"}, b"0" * 6_000_000)
    article = saved(make_article(lead=VIDEO))
    assert article.embeds.get().thumbnail is None


def test_a_thumbnail_on_a_private_network_is_refused(make_article, provider, settings):
    """The endpoints the settings name are trusted; the addresses their
    answers give are not."""
    settings.NEWSROOM_OEMBED_ALLOW_PRIVATE = False
    article = saved(make_article(lead=VIDEO))
    assert article.embeds.get().is_resolved
    assert article.embeds.get().thumbnail is None
    assert not any(path.startswith("/thumb") for path in provider.asked)


def test_a_failed_embed_is_tried_again_on_the_next_save(make_article, provider):
    provider.default = HOSTILE_ANSWERS["server error"][0]
    article = saved(make_article(lead=VIDEO))
    assert not article.embeds.get().is_resolved
    provider.default = provider.video()
    article = saved(article)
    assert article.embeds.get().is_resolved
    assert embed_warnings(article) == []
    assert Embed.objects.count() == 1
