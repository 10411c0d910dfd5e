import itertools
from datetime import UTC, datetime, timedelta

import time_machine
from django.utils import timezone

from articles.models import Article, Topic
from tests.content import rendered


def test_published_excludes_drafts_and_future(make_article):
    live = make_article()
    make_article(status=Article.Status.DRAFT)
    make_article(status=Article.Status.DRAFT, publish_at=None)
    make_article(publish_at=timezone.now() + timedelta(minutes=5))
    assert list(Article.objects.published()) == [live]


def test_is_live_and_published_agree_on_every_status_and_date(make_article):
    """One meaning of "public": the row method and the query, on every
    status, publish date and expiry date (the exact moment included)."""
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    moments = {
        "none": None,
        "past": now - timedelta(days=1),
        "now": now,
        "future": now + timedelta(days=1),
    }
    cases = list(itertools.product(Article.Status, moments, moments))
    with time_machine.travel(now, tick=False):
        articles = {}
        for status, publish, unpublish in cases:
            article = make_article()
            # Not save(): it would date a published article without a date.
            Article.objects.filter(pk=article.pk).update(
                status=status,
                publish_at=moments[publish],
                unpublish_at=moments[unpublish],
            )
            article.refresh_from_db()
            articles[status, publish, unpublish] = article
        published = set(Article.objects.published().values_list("pk", flat=True))

        for (status, publish, unpublish), article in articles.items():
            expected = (
                status == Article.Status.PUBLISHED
                and publish in ("past", "now")
                and unpublish in ("none", "future")
            )
            case = (status.value, publish, unpublish)
            assert article.is_live() is expected, case
            assert (article.pk in published) is expected, case


def test_scheduled_article_goes_live_when_its_time_comes(make_article):
    """Visibility is decided at query time: no job has to flip a flag."""
    article = make_article(publish_at=timezone.now() + timedelta(days=1))
    assert not article.is_live()
    Article.objects.filter(pk=article.pk).update(
        publish_at=timezone.now() - timedelta(seconds=1)
    )
    article.refresh_from_db()
    assert article.is_live()
    assert list(Article.objects.published()) == [article]


def test_publishing_without_a_date_publishes_now(make_article):
    article = make_article(status=Article.Status.PUBLISHED, publish_at=None)
    assert article.publish_at is not None
    assert article.publish_at <= timezone.now()
    assert article.is_live()


def test_a_draft_keeps_an_empty_publish_date(make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    assert article.publish_at is None
    assert not article.is_live()


def test_markdown_is_rendered_and_normalised_on_save(make_article):
    article = make_article(lead="  One **bold**\r\n\r\nTwo  ", closing="*End*")
    assert article.lead == "One **bold**\n\nTwo"
    assert article.lead_html == "<p>One <strong>bold</strong></p>\n<p>Two</p>"
    assert article.closing_html == "<p><em>End</em></p>"


def test_children_come_back_in_position_order(make_article, make_section, make_faq):
    article = make_article()
    make_section(article, heading="Third", position=3)
    make_section(article, heading="First", position=1)
    make_section(article, heading="Second", position=2)
    make_faq(article, question="B?", position=2)
    make_faq(article, question="A?", position=1)
    assert [s.heading for s in article.sections.all()] == ["First", "Second", "Third"]
    assert [f.question for f in article.faqs.all()] == ["A?", "B?"]


def test_bullet_text_renders_inline(make_article, make_section, make_bullet):
    section = make_section(make_article())
    bullet = make_bullet(section, label="Cost", text="About *ten* pounds")
    assert bullet.text_html == "About <em>ten</em> pounds"
    assert str(bullet) == "Cost: About *ten* pounds"


def test_with_content_is_six_queries(make_full_article, django_assert_num_queries):
    article = make_full_article(sections=5, bullets=4, faqs=3)
    # article with its topic, sections, bullets, FAQ entries, authors, tags
    with django_assert_num_queries(6):
        loaded = Article.objects.with_content().get(pk=article.pk)
        for section in loaded.sections.all():
            list(section.bullets.all())
        list(loaded.faqs.all())


def test_rendering_stores_every_part_in_order(
    make_article, make_section, make_bullet, make_faq
):
    article = make_article(lead="The lead.", closing="The end.")
    second = make_section(article, heading="Second", position=2, body="")
    first = make_section(article, heading="First", position=1, body="Intro.")
    make_bullet(first, label="", text="Plain bullet", position=2)
    make_bullet(first, label="Key", text="Labelled bullet", position=1)
    make_section(article, heading="First", position=3, body_after_list="After.")
    make_faq(article, question="Why?", answer="Because.")
    second.body = "Now with text."
    second.save()
    rendered(article)

    body = Article.objects.get(pk=article.pk).page_body_html()
    order = [
        "The lead.",
        'id="first"',
        "Intro.",
        "<strong>Key:</strong> Labelled bullet",
        "<li>Plain bullet</li>",
        'id="second"',
        "Now with text.",
        'id="first-2"',
        "After.",
        'id="faq">Frequently Asked Questions',
        "Why?",
        "Because.",
        "The end.",
    ]
    positions = [body.index(text) for text in order]
    assert positions == sorted(positions)


def test_article_url_uses_its_slug(make_article):
    assert make_article(slug="a-slug").get_absolute_url() == "/articles/a-slug/"


def test_saving_an_article_renders_and_reads_nothing(
    make_article, django_assert_num_queries
):
    """Rendering is the write services' (``services.article_saved``): a save
    is one UPDATE, whatever the card shows."""
    topic = Topic.objects.create(name="Transport", slug="transport")
    article = Article.objects.get(pk=make_article(topic=topic, title="Old").pk)
    card = article.card_html
    article.title = "New"
    with django_assert_num_queries(1):
        article.save(update_fields=["title"])
    assert Article.objects.get(pk=article.pk).card_html == card
