"""The front page (issue 16): the lead story an editor pins, the secondary
stories, the latest list and a block per navigation topic; the topics of
every page's menu; and their cache."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.caching import invalidation
from articles.listing import ListingPage
from articles.models import Article, Author, Topic
from tests.content import rendered
from tests.html_checks import form_data
from tests.signin import client_for


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's commit callbacks at its end, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def topics(db):
    return {
        "transport": Topic.objects.create(
            name="Transport", slug="transport", in_navigation=True, navigation_order=2
        ),
        "climate": Topic.objects.create(
            name="Climate", slug="climate", in_navigation=True, navigation_order=1
        ),
        "hidden": Topic.objects.create(name="Gardening", slug="gardening"),
    }


@pytest.fixture
def archive(make_article, topics):
    """``count`` articles a day apart, the newest first, spread over the
    topics; each signed by Ana Reporter."""
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
    names = ["transport", "climate", "hidden"]

    def grow(count):
        now = timezone.now()
        made = []
        for n in range(count):
            article = make_article(
                title=f"Story {n}",
                publish_at=now - timedelta(days=n + 1),
                topic=topics[names[n % 3]],
            )
            article.authors.add(ana)
            made.append(rendered(article))
        return made

    return grow


def section(html, name):
    match = re.search(rf'<(section|div) class="{name}".*?</\1>', html, re.S)
    return match[0] if match else ""


def titles(html):
    return re.findall(r'class="article-card-title"><a href="[^"]+">([^<]+)</a>', html)


def home(client, query=""):
    response = client.get(f"/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_the_newest_leads_then_three_secondary_then_the_latest(client, archive):
    archive(25)
    html = home(client)
    top = section(html, "front-top")
    assert titles(top) == ["Story 0", "Story 1", "Story 2", "Story 3"]
    assert 'class="article-card lead-story' in top
    latest = section(html, "front-latest")
    assert titles(latest) == [f"Story {n}" for n in range(4, 20)]
    # Page 2 starts where today's first page of 20 ends.
    twentieth = Article.objects.get(title="Story 19")
    assert f'href="?before={ListingPage.cursor_of(twentieth)}"' in latest
    page_two = home(client, f"?before={ListingPage.cursor_of(twentieth)}")
    assert titles(page_two) == [f"Story {n}" for n in range(20, 25)]
    assert "lead-story" not in page_two and "topic-block" not in page_two


def test_the_lead_shows_its_standfirst_byline_and_topic(client, archive):
    archive(1)
    lead = section(home(client), "front-top")
    assert "Standfirst of article 1." in lead
    assert '<span class="article-card-byline">By Ana Reporter</span>' in lead
    assert '<a href="/topics/transport/">Transport</a>' in lead


def test_a_pinned_article_leads_until_its_time_passes(client, archive):
    stories = archive(25)
    pinned = stories[22]
    pinned.front_page_until = timezone.now() + timedelta(hours=2)
    pinned.save(update_fields=["front_page_until"])

    html = home(client)
    assert titles(section(html, "front-top")) == [
        "Story 22",
        "Story 0",
        "Story 1",
        "Story 2",
    ]
    # The list below and its next page are as they were without a pin.
    latest = section(html, "front-latest")
    assert titles(latest) == [f"Story {n}" for n in range(3, 20)]
    twentieth = Article.objects.get(title="Story 19")
    assert f'href="?before={ListingPage.cursor_of(twentieth)}"' in latest

    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        assert titles(section(home(client), "front-top"))[0] == "Story 0"


def test_a_pinned_article_no_longer_published_does_not_lead(client, archive):
    stories = archive(5)
    stories[3].front_page_until = timezone.now() + timedelta(hours=2)
    stories[3].status = Article.Status.UNPUBLISHED
    stories[3].save()
    assert titles(section(home(client), "front-top"))[0] == "Story 0"


def test_a_block_per_navigation_topic_in_order_without_repeats(client, archive):
    archive(40)
    html = home(client)
    blocks = re.findall(
        r'<section class="topic-block".*?<a href="([^"]+)">([^<]+)</a></h2>(.*?)'
        r"</section>",
        html,
        re.S,
    )
    assert [(url, name) for url, name, _ in blocks] == [
        ("/topics/climate/", "Climate"),
        ("/topics/transport/", "Transport"),
    ]
    # The 20 newest are above: each block has its topic's next three.
    assert titles(blocks[0][2]) == ["Story 22", "Story 25", "Story 28"]
    assert titles(blocks[1][2]) == ["Story 21", "Story 24", "Story 27"]
    assert "Gardening</a></h2>" not in html


def test_the_whole_front_page_is_at_most_four_queries(
    client, archive, django_assert_max_num_queries
):
    stories = archive(60)
    stories[40].front_page_until = timezone.now() + timedelta(days=1)
    stories[40].save(update_fields=["front_page_until"])
    with django_assert_max_num_queries(4):
        html = home(client)
    assert html.count("<h2") >= 24  # lead, 3 secondary, 16 latest, blocks


def test_every_page_has_the_topics_menu_and_the_search_box(client, archive, topics):
    [story] = archive(1)
    for url in ("/", story.get_absolute_url(), "/topics/transport/", "/search/"):
        html = client.get(url).content.decode()
        nav = re.search(r'<nav class="topic-nav".*?</nav>', html, re.S)[0]
        assert re.findall(r'<details class="topic-menu">.*?</details>', nav, re.S)
        menu = re.findall(r'<li><a href="([^"]+)">', nav)
        assert menu[:2] == ["/topics/climate/", "/topics/transport/"], url
        assert "/topics/gardening/" not in nav
        assert 'type="search" name="q"' in html


def test_the_menu_costs_no_query_once_read(client, topics, committed):
    """Outside a transaction that announced a change, as in production: the
    menu is read once for every page, whichever page reads it first."""
    with committed():
        invalidation.content_changed()
    client.get("/search/?q=first")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/search/?q=second").content.decode()
    assert "/topics/climate/" in html
    assert not [q for q in captured if "in_navigation" in q["sql"]]


# Editors pin; writers cannot.


def change_form(user, article):
    url = f"/admin/articles/article/{article.pk}/change/"
    admin = client_for(user)
    return admin, url, admin.get(url).content.decode()


def test_an_editor_pins_an_article_and_the_front_page_follows(
    client, archive, desk_editor, committed
):
    stories = archive(5)
    assert titles(section(home(client), "front-top"))[0] == "Story 0"
    admin, url, page = change_form(desk_editor, stories[3])
    assert 'name="front_page_until_0"' in page
    until = timezone.localtime() + timedelta(days=1)
    data = form_data(page, "article_form") | {
        "front_page_until_0": until.strftime("%Y-%m-%d"),
        "front_page_until_1": until.strftime("%H:%M:%S"),
    }
    with committed():
        assert admin.post(url, data).status_code == 302
    stories[3].refresh_from_db()
    assert stories[3].front_page_until == until.replace(microsecond=0)
    assert titles(section(home(client), "front-top"))[0] == "Story 3"

    data = form_data(change_form(desk_editor, stories[3])[2], "article_form")
    data |= {"front_page_until_0": "", "front_page_until_1": ""}
    with committed():
        assert admin.post(url, data).status_code == 302
    assert titles(section(home(client), "front-top"))[0] == "Story 0"


def test_a_writer_is_not_offered_the_pin_and_cannot_post_it(writer, make_article):
    article = make_article(status=Article.Status.DRAFT)
    article.created_by = writer
    article.save(update_fields=["created_by"])
    admin, url, page = change_form(writer, article)
    assert 'name="front_page_until_0"' not in page
    until = timezone.localtime() + timedelta(days=1)
    data = form_data(page, "article_form") | {
        "front_page_until_0": until.strftime("%Y-%m-%d"),
        "front_page_until_1": until.strftime("%H:%M:%S"),
        "title": "Edited by the writer",
    }
    assert admin.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.title == "Edited by the writer"
    assert article.front_page_until is None


# The cache: a pin's end, a topic's place in the menu.


def test_a_pins_end_bounds_the_cached_front_page(client, archive, committed):
    stories = archive(3)
    start = timezone.now().replace(microsecond=0)
    with committed():
        stories[2].front_page_until = start + timedelta(minutes=10)
        stories[2].save(update_fields=["front_page_until"])
        from articles.services import article_saved

        article_saved(stories[2], by=None, comment="Pinned")
    with time_machine.travel(start, tick=False):
        client.get("/")
        response = client.get("/")
        assert response["X-Page-Cache"] == "hit"
        assert "s-maxage=300," in response["Cache-Control"]
    with time_machine.travel(start + timedelta(minutes=9, seconds=30), tick=False):
        response = client.get("/")
        assert response["X-Page-Cache"] == "hit"
        assert "s-maxage=30," in response["Cache-Control"]
        assert titles(section(response.content.decode(), "front-top"))[0] == ("Story 2")
    with time_machine.travel(start + timedelta(minutes=10, seconds=1), tick=False):
        response = client.get("/")
        assert response["X-Page-Cache"] == "miss"
        assert titles(section(response.content.decode(), "front-top"))[0] == ("Story 0")


def test_an_editor_orders_the_menu_in_the_topic_list(
    client, topics, desk_editor, committed, make_article
):
    with committed():
        make_article(topic=topics["hidden"])
    client.get("/search/?q=warm")
    assert client.get("/search/?q=warm")["X-Page-Cache"] == "hit"

    admin = client_for(desk_editor)
    page = admin.get("/admin/articles/topic/").content.decode()
    data = form_data(page, "changelist-form")
    ids = {str(t.pk): name for name, t in topics.items()}
    for key in [k for k in data if re.fullmatch(r"form-\d+-id", k)]:
        row = key.removesuffix("-id")
        name = ids[data[key]]
        data[f"{row}-in_navigation"] = "on"
        data[f"{row}-navigation_order"] = {
            "hidden": "0",
            "climate": "5",
            "transport": "1",
        }[name]
    data["_save"] = "Save"
    with committed():
        response = admin.post("/admin/articles/topic/", data)
    assert response.status_code == 302

    html = client.get("/search/?q=warm").content.decode()
    nav = re.search(r'<ul class="topic-links">.*?</ul>', html, re.S)[0]
    assert re.findall(r'<a href="(/topics/[^"]+)">', nav) == [
        "/topics/gardening/",
        "/topics/transport/",
        "/topics/climate/",
    ]


# Cards: topic, byline and picture wherever they are listed.


def test_cards_show_topic_byline_and_picture_everywhere_and_the_lead_large(
    client, topics, make_article, make_image
):
    from articles.models import Tag

    tag = Tag.objects.create(name="Buses", slug="buses")
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana-reporter")
    ben = Author.objects.create(display_name="Ben Writer", slug="ben-writer")
    pictured = make_article(title="Pictured", topic=topics["transport"])
    pictured.lead_image = make_image()
    pictured.save(update_fields=["lead_image"])
    pictured.tags.add(tag)
    pictured.authors.set([ana, ben])
    rendered(pictured)
    newest = make_article(title="Newest", topic=topics["transport"])
    newest.tags.add(tag)
    rendered(newest)

    for url in (
        "/topics/transport/",
        "/tags/buses/",
        "/authors/ana-reporter/",
        newest.get_absolute_url(),  # its related articles
    ):
        html = client.get(url).content.decode()
        card = re.search(
            r'<article class="article-card has-image">.*?</article>', html, re.S
        )
        assert card, url
        card = card[0]
        assert ">Pictured</a></h" in card, url
        assert '<a href="/topics/transport/">Transport</a>' in card, url
        assert "By Ana Reporter and Ben Writer" in card, url
        assert 'loading="lazy"' in card and "/media/images/" in card, url

    # On the home page it is secondary; pinned, it leads with a large picture.
    pictured.front_page_until = timezone.now() + timedelta(hours=1)
    pictured.save(update_fields=["front_page_until"])
    lead = re.search(
        r'<article class="article-card lead-story has-image">.*?</article>',
        home(client),
        re.S,
    )[0]
    assert ">Pictured</a></h2>" in lead and "By Ana Reporter and Ben Writer" in lead
    image = re.search(r"<img [^>]*>", lead)[0]
    assert 'fetchpriority="high"' in image and "loading" not in image
    assert 'sizes="(min-width: 64rem) 40rem, calc(100vw - 2.5rem)"' in image
