import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.listing import ListingPage
from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved
from tests.html_checks import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return Topic.objects.create(
        name="Transport", slug="transport", description="Getting around the city."
    )


@pytest.fixture
def tag():
    return Tag.objects.create(name="Buses", slug="buses", description="Bus news.")


@pytest.fixture
def author():
    return Author.objects.create(
        display_name="Ana Reporter", slug="ana", bio="Ana covers transport."
    )


def saved(article):
    article_saved(article, by=None, comment="test")
    article.refresh_from_db()
    return article


def json_ld(response):
    html = response.content.decode()
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    assert len(blocks) == 1
    return json.loads(blocks[0])


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# Topic, tag and author pages.


@pytest.mark.parametrize("kind", ["topic", "tag", "author"])
def test_archive_pages_list_only_their_published_articles(
    client, make_article, topic, tag, author, kind, django_assert_max_num_queries
):
    archive = {"topic": topic, "tag": tag, "author": author}[kind]
    inside, outside = [], []
    for n in range(23):
        article = make_article(publish_at=timezone.now() - timedelta(hours=n))
        if kind == "topic":
            article.topic = topic
            article.save()
        else:
            getattr(article, "tags" if kind == "tag" else "authors").add(archive)
        inside.append(article)
    draft = make_article(status=Article.Status.DRAFT, title="Hidden draft", topic=topic)
    draft.tags.add(tag)
    draft.authors.add(author)
    outside.append(make_article(title="Elsewhere"))

    with django_assert_max_num_queries(4):
        first = client.get(archive.get_absolute_url())
    older = f"?before={ListingPage.cursor_of(inside[19])}"
    assertContains(first, f'<a rel="next" href="{older}">Older articles →</a>')
    with django_assert_max_num_queries(4):
        second = client.get(archive.get_absolute_url() + older)

    assert [a.pk for a in first.context["article_list"]] == [a.pk for a in inside[:20]]
    assert [a.pk for a in second.context["article_list"]] == [a.pk for a in inside[20:]]
    assertNotContains(first, "Hidden draft")
    assertNotContains(first, "Elsewhere")
    name = getattr(archive, "name", None) or archive.display_name
    assertContains(first, f"<h1>{name}</h1>", html=True)
    assertContains(first, f"<title>{name} · The Newsroom</title>", html=True)
    description = getattr(archive, "description", None) or archive.bio
    assertContains(
        first, f'<meta name="description" content="{description}">', html=True
    )
    last = f"?before={ListingPage.cursor_of(inside[-1])}"
    assert client.get(archive.get_absolute_url() + last).status_code == 404


@pytest.mark.parametrize("path", ["/topics/nope/", "/tags/nope/", "/authors/nope/"])
def test_unknown_archives_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_related_articles_share_topic_or_tag_newest_first(
    client, make_full_article, topic, tag
):
    now = timezone.now()
    article = make_full_article(title="Main", topic=topic)
    article.tags.add(tag)
    saved(article)
    make_full_article(
        title="Same topic", topic=topic, publish_at=now - timedelta(days=3)
    )
    shared_tag = make_full_article(
        title="Shared tag", publish_at=now - timedelta(days=2)
    )
    shared_tag.tags.add(tag)
    make_full_article(title="Unrelated")
    make_full_article(title="Draft relation", topic=topic, status=Article.Status.DRAFT)
    make_full_article(
        title="Future relation", topic=topic, publish_at=now + timedelta(days=1)
    )

    response = client.get(article.get_absolute_url())

    related = response.content.decode().split('id="related-heading"')[1]
    assert re.findall(
        r'class="article-card-title"><a href="[^"]+">([^<]+)<', related
    ) == [
        "Shared tag",
        "Same topic",
    ]


# The article page: reading time, dates, breadcrumbs, head.


def test_article_page_shows_reading_time_updated_date_and_breadcrumbs(
    client, make_full_article, topic
):
    article = make_full_article(topic=topic, title="Fares")
    Article.objects.filter(pk=article.pk).update(
        public_updated_at=article.publish_at + timedelta(days=2)
    )
    article = saved(article)
    response = client.get(article.get_absolute_url())

    assertContains(response, f"{article.reading_minutes} min read")
    assertContains(response, "Updated <time")
    html = response.content.decode()
    crumbs = html.split('aria-label="Breadcrumb">')[1].split("</nav>")[0]
    assert text_of(crumbs) == "Home Transport Fares"


def test_same_day_update_is_not_shown_as_an_update(client, make_full_article):
    article = make_full_article()
    Article.objects.filter(pk=article.pk).update(public_updated_at=article.publish_at)
    assertNotContains(client.get(saved(article).get_absolute_url()), "Updated <time")


def test_head_has_description_canonical_open_graph_and_twitter(
    client, make_full_article
):
    article = make_full_article(
        title="Bridges", slug="bridges", standfirst="Why bridges rust."
    )
    html = client.get("/articles/bridges/").content.decode()
    meta = {
        (attrs.get("property") or attrs.get("name")): attrs.get("content")
        for tag, attrs in elements(html)
        if tag == "meta"
    }
    links = {
        attrs.get("rel"): attrs.get("href")
        for tag, attrs in elements(html)
        if tag == "link"
    }
    assert meta["description"] == "Why bridges rust."
    assert links["canonical"] == "http://testserver/articles/bridges/"
    assert meta["og:title"] == "Bridges" and meta["og:type"] == "article"
    assert meta["og:url"] == "http://testserver/articles/bridges/"
    assert meta["og:description"] == "Why bridges rust."
    assert meta["twitter:card"] == "summary"
    assert meta["article:published_time"] == article.publish_at.isoformat()
    assert (
        "/feed/rss/" in [href for rel, href in links.items() if rel == "alternate"]
        or "/feed/rss/" in html
    )


# Structured data.


def test_json_ld_matches_the_visible_article(
    client, make_full_article, topic, tag, author
):
    article = make_full_article(title="Night Buses", topic=topic, faqs=3)
    article.tags.add(tag)
    article.authors.set([author])
    article = saved(article)

    response = client.get(article.get_absolute_url())
    news, faq, crumbs = json_ld(response)
    html = response.content.decode()

    assert news["@type"] == "NewsArticle"
    assert news["headline"] == "Night Buses"
    assert news["description"] == article.standfirst
    assert news["datePublished"] == article.publish_at.isoformat()
    assert (
        news["mainEntityOfPage"]["@id"]
        == "http://testserver" + article.get_absolute_url()
    )
    assert news["author"] == [
        {
            "@type": "Person",
            "name": "Ana Reporter",
            "url": "http://testserver/authors/ana/",
        }
    ]
    assert news["publisher"]["name"] == "The Newsroom"
    assert news["articleSection"] == "Transport"
    assert news["keywords"] == ["Buses"]

    visible_questions = [
        text_of(q) for q in re.findall(r'<h3 class="faq-question">(.*?)</h3>', html)
    ]
    visible_answers = [
        text_of(a)
        for a in re.findall(r'<div class="faq-answer">(.*?)</div>', html, re.S)
    ]
    assert faq["@type"] == "FAQPage"
    assert [q["name"] for q in faq["mainEntity"]] == visible_questions
    assert [
        text_of(q["acceptedAnswer"]["text"]) for q in faq["mainEntity"]
    ] == visible_answers
    assert [item["name"] for item in crumbs["itemListElement"]] == [
        "Home",
        "Transport",
        "Night Buses",
    ]


def test_json_ld_cannot_be_broken_out_of(client, make_full_article):
    title = '</script><script>alert("title")</script> & <!-- "quotes"'
    article = make_full_article(
        title=title, standfirst="</SCRIPT><img src=x onerror=alert(1)>"
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    block = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )[1]
    assert "<" not in block and ">" not in block
    news = json.loads(block)[0]
    assert news["headline"] == title
    assert news["description"] == "</SCRIPT><img src=x onerror=alert(1)>"
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="application/ld+json">',
        '<script src="/static/js/share.js" defer>',
    ]


def test_article_without_faq_has_no_faq_page(client, make_full_article):
    article = make_full_article(faqs=0)
    types = [item["@type"] for item in json_ld(client.get(article.get_absolute_url()))]
    assert types == ["NewsArticle", "BreadcrumbList"]


# Cards: stored with the article, current after every change they show.


def home_cards(client):
    html = client.get("/").content.decode()
    return re.findall(r'<article class="article-card.*?</article>', html, re.S)


def test_a_card_shows_topic_headline_standfirst_and_date_and_follows_each_save(
    client, make_article, topic
):
    article = make_article(title="Night buses", standfirst="They run all night.")
    article.topic = topic
    article.save(update_fields=["topic"])
    saved(article)

    [card] = home_cards(client)
    assert '<a href="/topics/transport/">Transport</a>' in card
    assert (
        '<h2 class="article-card-title"><a href="/articles/article-1/">Night buses'
        "</a></h2>"
    ) in card
    assert "They run all night." in card
    assert f'<time datetime="{article.publish_at.isoformat()}">' in card

    article.title = "Night trams"
    article.save(update_fields=["title"])
    saved(article)
    [card] = home_cards(client)
    assert ">Night trams</a></h2>" in card


def test_related_cards_are_headed_one_level_below_their_heading(
    client, make_article, topic
):
    main = make_article(title="Main", topic=topic)
    make_article(title="Sibling & <co>", topic=topic)
    saved(main)

    page = client.get(main.get_absolute_url()).content.decode()
    related = page.split('id="related-heading"')[1]
    assert '<h3 class="article-card-title"><a href="/articles/article-2/">' in related
    assert "Sibling &amp; &lt;co&gt;</a></h3>" in related
    assert "<h2" not in related


def test_the_related_card_is_the_list_card_one_level_down(client, make_article, topic):
    """Both come from the one card include, at their level, with the same
    stored parts: nothing edits stored HTML to move a heading."""
    main = saved(make_article(title="Main", topic=topic))
    sibling = saved(make_article(title="Night buses", topic=topic))

    related = client.get(main.get_absolute_url()).content.decode()
    related = related.split('id="related-heading"')[1]
    assert sibling.card_html.count("<h2") == 1 and "<h3" not in sibling.card_html
    assert (
        sibling.card_html.replace(
            '<h2 class="article-card-title">', '<h3 class="article-card-title">'
        ).replace("</h2>", "</h3>")
        in related
    )


def test_renaming_a_topic_renames_it_on_every_card(
    editor_client, client, make_article, topic
):
    make_article(title="Night buses", topic=topic)
    response = editor_client.post(
        f"/admin/articles/topic/{topic.pk}/change/",
        {
            "name": "Getting around",
            "slug": "getting-around",
            "description": "",
            "navigation_order": 0,
        },
    )
    assert response.status_code == 302

    [card] = home_cards(client)
    assert '<a href="/topics/getting-around/">Getting around</a>' in card
    assert "Transport" not in card


def test_renaming_an_author_or_a_tag_changes_the_pages_that_show_them(
    editor_client, client, make_full_article, author, tag
):
    article = make_full_article(title="Fares")
    article.authors.add(author)
    article.tags.add(tag)
    saved(article)

    response = editor_client.post(
        f"/admin/articles/author/{author.pk}/change/",
        {"display_name": "Ana Editor", "slug": "ana-editor", "bio": ""},
    )
    assert response.status_code == 302
    response = editor_client.post(
        f"/admin/articles/tag/{tag.pk}/change/",
        {"name": "Trams", "slug": "trams", "description": ""},
    )
    assert response.status_code == 302

    page = client.get(article.get_absolute_url()).content.decode()
    assert '<a class="author" href="/authors/ana-editor/">Ana Editor</a>' in page
    assert '<a href="/tags/trams/" rel="tag">Trams</a>' in page
    assert "Ana Reporter" not in page and "Buses" not in page


def test_a_rename_renders_its_articles_again_in_queries_that_do_not_grow(
    make_full_article, tag, author
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.services import articles_render

    def queries_to_rename(label):
        with CaptureQueriesContext(connection) as captured:
            articles_render(label.articles.all())
        return len(captured)

    counts = []
    for _ in range(2):
        for _ in range(3):
            article = make_full_article()
            article.tags.add(tag)
            article.authors.add(author)
        counts.append((queries_to_rename(tag), queries_to_rename(author)))
    assert counts[0] == counts[1]


# What every reader page's view decides, so that its template does not.


def breadcrumb_trails(html):
    return re.findall(r'<nav class="breadcrumbs" aria-label="Breadcrumb">', html)


def test_archive_pages_name_their_kind_and_only_topics_offer_a_feed(
    client, make_article, topic, tag, author
):
    article = make_article(topic=topic)
    article.tags.add(tag)
    article.authors.add(author)
    quiet = Author.objects.create(display_name="Bo Quiet", slug="bo")

    pages = {
        archive: client.get(archive.get_absolute_url()).content.decode()
        for archive in (topic, tag, author, quiet)
    }

    feeds = {
        archive: re.findall(r'<link rel="alternate"[^>]*href="(/topics/[^"]*)"', html)
        for archive, html in pages.items()
    }
    assert feeds == {
        topic: ["/topics/transport/feed/rss/"],
        tag: [],
        author: [],
        quiet: [],
    }
    kinds = {
        archive: re.search(r'<p class="listing-title">(\w+)</p>', html)[1]
        for archive, html in pages.items()
    }
    assert kinds == {topic: "Topic", tag: "Tag", author: "Author", quiet: "Author"}
    assert '<p class="archive-description">Ana covers transport.</p>' in pages[author]
    # An author without a bio: no empty paragraph, the name describes the page.
    assert "archive-description" not in pages[quiet]
    assert '<meta name="description" content="Bo Quiet">' in pages[quiet]
    assert '<link rel="canonical" href="http://testserver/authors/bo/">' in pages[quiet]
    for archive, html in pages.items():
        assert len(breadcrumb_trails(html)) == 1
        crumbs = html.split('aria-label="Breadcrumb">')[1].split("</nav>")[0]
        name = getattr(archive, "name", None) or archive.display_name
        assert text_of(crumbs) == f"Home {name}"
        assert '<span aria-current="page">' in crumbs


def test_breadcrumbs_are_drawn_once_outside_the_article(
    client, make_full_article, topic
):
    article = saved(make_full_article(topic=topic, title="Fares"))
    html = client.get(article.get_absolute_url()).content.decode()

    [trail] = breadcrumb_trails(html)
    assert html.index(trail) < html.index('<article class="article">')
    crumbs = html.split('aria-label="Breadcrumb">')[1].split("</nav>")[0]
    assert re.findall(r'<a href="([^"]+)">', crumbs) == ["/", "/topics/transport/"]
    for path in ("/", "/search/?q=fares"):
        assert breadcrumb_trails(client.get(path).content.decode()) == []


def test_search_results_are_cards_with_the_lists_pagination(client, make_article):
    for n in range(21):
        saved(make_article(title=f"Puffin {n}", standfirst="Seabirds."))

    first = client.get("/search/", {"q": "puffin"}).content.decode()
    second = client.get("/search/", {"q": "puffin", "page": "2"}).content.decode()

    cards = re.findall(r'<article class="article-card">.*?</article>', first, re.S)
    assert len(cards) == 20
    assert re.fullmatch(
        r'<article class="article-card">\s*'
        r'<h2 class="article-card-title"><a href="/articles/article-\d+/">'
        r"Puffin \d+</a></h2>\s*"
        r'<p class="article-card-standfirst">Seabirds.</p>\s*'
        r'<p class="meta"><time datetime="[^"]+">[^<]+</time></p>\s*</article>',
        cards[0],
        re.S,
    ), cards[0]
    nav = first.split('<nav class="pagination"')[1].split("</nav>")[0]
    assert 'aria-label="Pages of results"' in nav
    assert '<span class="pagination-current">Page 1 of 2</span>' in nav
    assert '<a rel="next" href="/search/?q=puffin&amp;page=2">More results →</a>' in nav
    assert 'rel="prev"' not in nav
    assert '<a rel="prev" href="/search/?q=puffin&amp;page=1">← Better matches</a>' in (
        second
    )
    assert "<title>Search: puffin, page 2 · The Newsroom</title>" in second
    # One page: no pagination at all, as on the lists.
    single = client.get("/search/", {"q": "puffin 20"}).content.decode()
    assert '<nav class="pagination"' not in single
