import re
from datetime import timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from articles.listing import ListingPage
from articles.models import Article, Tag, Topic
from articles.services import article_saved
from tests.content import rendered
from tests.html_checks import XSS_PAYLOADS, elements, inert_problems


def test_home_lists_published_articles_newest_first(client, make_article):
    now = timezone.now()
    make_article(title="Older", publish_at=now - timedelta(days=2))
    make_article(title="Newest", publish_at=now - timedelta(hours=1), standfirst="Dek.")
    make_article(title="A draft", status=Article.Status.DRAFT)
    make_article(title="Scheduled", publish_at=now + timedelta(hours=1))

    response = client.get("/")

    assert [a.title for a in response.context["article_list"]] == ["Newest", "Older"]
    assertContains(response, "Dek.")
    newest = (now - timedelta(hours=1)).replace(microsecond=0)
    assertContains(response, f'datetime="{newest.isoformat()}"')
    assertNotContains(response, "A draft")
    assertNotContains(response, "Scheduled")


def pages_from(client, url):
    """Every page of a list, following its "Older articles" links."""
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(response)
        older = re.search(r'rel="next" href="([^"]+)"', response.content.decode())
        url = older and "/" + older[1].replace("&amp;", "&")
    return pages


def test_home_paginates_by_twenty_newest_first(client, make_article):
    for n in range(45):
        make_article(publish_at=timezone.now() - timedelta(minutes=n // 2))

    pages = pages_from(client, "/")

    assert [len(page.context["article_list"]) for page in pages] == [20, 20, 5]
    # Every article once, newest first; equal publication times fall back to
    # the newest id.
    shown = [article.pk for page in pages for article in page.context["article_list"]]
    expected = list(
        Article.objects.published()
        .order_by("-publish_at", "-id")
        .values_list("pk", flat=True)
    )
    assert shown == expected
    first, second, third = pages
    cursor = {pk: ListingPage.cursor_of(Article.objects.get(pk=pk)) for pk in expected}
    assertNotContains(first, 'rel="prev"')
    assertContains(first, f'<a rel="next" href="?before={cursor[expected[19]]}">')
    assertContains(second, f'<a rel="prev" href="?after={cursor[expected[20]]}">')
    assertContains(third, f'<a rel="prev" href="?after={cursor[expected[40]]}">')
    assertNotContains(third, 'rel="next"')
    # A page's title and canonical address say where it is in the list.
    date = Article.objects.get(pk=expected[20]).publish_at
    assertContains(
        second,
        f"<title>Latest articles up to {date:%-d %B %Y} · The Newsroom</title>",
        html=True,
    )
    assertContains(
        second,
        '<link rel="canonical" '
        f'href="http://testserver/?before={cursor[expected[19]]}">',
    )
    # "Newer articles" leads back: to the second page, then to the first.
    newer = client.get(f"/?after={cursor[expected[40]]}")
    assert newer.context["article_list"] == second.context["article_list"]
    top = client.get(f"/?after={cursor[expected[20]]}")
    assert top.context["article_list"] == first.context["article_list"]
    assertNotContains(top, 'rel="prev"')
    assertContains(top, '<link rel="canonical" href="http://testserver/">')


def test_pages_follow_publication_times_to_the_microsecond(client, make_article):
    moment = timezone.now().replace(microsecond=0) - timedelta(hours=1)
    for n in range(25):
        article = make_article()
        # As rows written around save() (bulk loads, raw SQL) may hold them.
        Article.objects.filter(pk=article.pk).update(
            publish_at=moment + timedelta(microseconds=(n * 7) % 25)
        )

    pages = pages_from(client, "/")

    shown = [a.pk for page in pages for a in page.context["article_list"]]
    assert shown == list(
        Article.objects.order_by("-publish_at", "-id").values_list("pk", flat=True)
    )


def test_pages_stay_put_when_articles_are_published_above_them(client, make_article):
    for n in range(30):
        make_article(publish_at=timezone.now() - timedelta(hours=n + 1))
    second_url = re.search(
        r'rel="next" href="([^"]+)"', client.get("/").content.decode()
    )[1]
    before = [a.pk for a in client.get("/" + second_url).context["article_list"]]

    for _ in range(5):
        make_article(publish_at=timezone.now())

    assert [
        a.pk for a in client.get("/" + second_url).context["article_list"]
    ] == before


@pytest.mark.parametrize(
    "query",
    [
        "before=abc",
        "before=12",
        "before=20241210T093000Z-0",
        "after=20241210T093000Z--1",
        "before=20241310T093000Z-5",  # month 13
        "before=00001210T093000Z-5",  # year 0
        "before=20241210T093000Z-99999999999999999999",
        "before=19991210T093000Z-5",  # nothing is that old
        "before={oldest}",  # nothing is listed after it
    ],
)
def test_pages_that_do_not_exist_are_not_found(client, make_article, query):
    for _ in range(45):
        make_article()
    oldest = Article.objects.published().order_by("publish_at", "id").first()
    response = client.get("/?" + query.format(oldest=ListingPage.cursor_of(oldest)))
    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")


def test_empty_home_page_says_so(client, db):
    assertContains(client.get("/"), "No articles have been published yet.")


def test_article_page_renders_the_whole_structure(client, make_full_article):
    article = make_full_article(sections=2, bullets=2, faqs=2, title="Whole")

    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    tags = [tag for tag, _ in elements(html)]

    assert response.status_code == 200
    assert tags.count("h1") == 1
    assert tags.count("article") == 1
    assertContains(response, '<h2 id="section-1">Section 1</h2>', html=False)
    assertContains(response, '<a href="#section-2">Section 2</a>', html=False)
    assertContains(response, "<strong>Label 1:</strong> Bullet 1.", html=False)
    assertContains(response, "<summary>", count=2)
    assertContains(response, "Answer 2.")
    assertContains(response, "Closing paragraph.")
    assert "no-cache" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "overrides",
    [
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.DRAFT, "publish_at": None},
        {"publish_at": timezone.now() + timedelta(days=3)},
    ],
    ids=["draft", "draft-without-date", "scheduled"],
)
def test_unpublished_articles_are_not_found(client, make_article, overrides):
    article = make_article(**overrides)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assertContains(response, "We can’t find that page", status_code=404)


def test_unknown_slug_gets_the_designed_404(client, db):
    response = client.get("/articles/no-such-article/")
    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")
    assertContains(response, "Read the latest articles", status_code=404)


def test_staff_can_preview_a_draft_which_is_never_cached(editor_client, make_article):
    article = make_article(status=Article.Status.DRAFT, title="Work in progress")
    response = editor_client.get(article.get_absolute_url())
    assertContains(response, "Work in progress")
    assertContains(response, "Preview: readers cannot see this article. State: Draft.")
    assertContains(response, '<meta name="robots" content="noindex">', html=False)
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("sections", [2, 40])
def test_article_page_queries_do_not_grow_with_the_article(
    client, make_full_article, django_assert_num_queries, sections
):
    topic = Topic.objects.create(name="Transport", slug="transport")
    tag = Tag.objects.create(name="Buses", slug="buses")
    for n in range(5):
        other = make_full_article(sections=1, topic=topic, slug=f"other-{n}")
        other.tags.add(tag)
    article = make_full_article(
        sections=sections, bullets=6, faqs=sections, topic=topic
    )
    article.tags.add(tag)
    article_saved(article, by=None, comment="tags")
    # The article with its topic; related; the next scheduled change and the
    # menu's topics (each read once per content generation, for every page,
    # but never stored from a transaction that announced a change, as the
    # test's has).
    with django_assert_num_queries(4):
        response = client.get(article.get_absolute_url())
    assert len(response.context["related"]) == 4
    last = article.sections.last().heading
    assertContains(response, f'<h2 id="{slugify(last)}">{last}</h2>', html=False)


def test_home_page_queries_do_not_grow_with_the_list(
    client, make_article, django_assert_num_queries
):
    for _ in range(25):
        make_article()
    # The page, the menu's topics and the next scheduled change (no topic in
    # the navigation: no query for the topic blocks).
    with django_assert_num_queries(3):
        client.get("/")


def test_hostile_markdown_is_inert_on_the_public_page(
    client, make_article, make_section, make_bullet, make_faq
):
    payload = "\n\n".join(XSS_PAYLOADS)
    article = make_article(
        title="<script>alert('title')</script>",
        standfirst='"><img src=x onerror=alert(1)>',
        lead=payload,
        closing=payload,
    )
    section = make_section(
        article, heading="<svg onload=alert(1)>", body=payload, body_after_list=payload
    )
    for line in XSS_PAYLOADS:
        make_bullet(section, label="<b onclick=alert(1)>x</b>", text=line)
    make_faq(article, question="<iframe src=x>", answer=payload)
    rendered(article)

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    article_html = html[html.index("<article") : html.rindex("</article>")]
    assert response.status_code == 200
    assert inert_problems(article_html) == []
    # The structured data, which is not code, and our own "Copy link".
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="application/ld+json">',
        '<script src="/static/js/share.js" defer>',
    ]
    assertContains(response, "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;")


def test_server_error_page_renders_without_a_request_context(db):
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
