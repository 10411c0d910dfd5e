"""The Content API (issue 17): public, read-only, only published articles,
keyset pages, hostile input answered with a clear 400 or 404, cached and
invalidated like readers' pages, within its query budget."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from articles.api import serializers
from articles.models import Article, Author, Tag, Topic
from articles.services import article_create_from_document, article_saved
from tests.content import large_document
from tests.html_checks import form_data
from tests.signin import client_for


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's commit callbacks at its end, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def labelled(make_full_article):
    """A published article with a topic, a tag and an author."""

    def make(name, **fields):
        topic = Topic.objects.create(name=f"Topic {name}", slug=f"topic-{name}")
        tag = Tag.objects.create(name=f"Tag {name}", slug=f"tag-{name}")
        author = Author.objects.create(display_name=f"By {name}", slug=f"by-{name}")
        article = make_full_article(
            title=f"Story {name}", slug=f"story-{name}", topic=topic, **fields
        )
        article.tags.set([tag])
        article.authors.set([author])
        article_saved(article, by=None, comment="Labelled")
        return article

    return make


def api(client, url, status=200, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json"), url
    return response


def slugs(client, url):
    return [item["slug"] for item in api(client, url).json()["results"]]


def label_slugs(client, kind):
    return {item["slug"] for item in api(client, f"/api/v1/{kind}/").json()["results"]}


NOW = timezone.now()
HIDDEN_STATES = {
    "draft": {"status": Article.Status.DRAFT},
    "review": {"status": Article.Status.REVIEW},
    "scheduled": {"publish_at": NOW + timedelta(days=3)},
    "expired": {
        "publish_at": NOW - timedelta(days=3),
        "unpublish_at": NOW - timedelta(days=1),
    },
    "unpublished": {"status": Article.Status.UNPUBLISHED},
}


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_nothing_unpublished_appears_anywhere(client, labelled, state):
    shown = labelled("shown")
    hidden = labelled(state)
    Article.objects.filter(pk=hidden.pk).update(**HIDDEN_STATES[state])
    assert not Article.objects.published().filter(pk=hidden.pk).exists()
    assert slugs(client, "/api/v1/articles/") == [shown.slug]
    api(client, f"/api/v1/articles/{hidden.slug}/", status=404)
    for name, value in (("topic", "topic"), ("tag", "tag"), ("author", "by")):
        assert slugs(client, f"/api/v1/articles/?{name}={value}-{state}") == []
        assert slugs(client, f"/api/v1/articles/?{name}={value}-shown") == [shown.slug]
    # A label only unpublished articles carry is not listed at all.
    assert label_slugs(client, "topics") == {"topic-shown"}
    assert label_slugs(client, "tags") == {"tag-shown"}
    assert label_slugs(client, "authors") == {"by-shown"}
    everything = b"".join(
        client.get(url).content
        for url in ("/api/v1/articles/", "/api/v1/topics/", "/api/v1/tags/")
    )
    assert f"Story {state}".encode() not in everything


def test_labels_count_only_published_articles(client, labelled):
    first = labelled("one")
    second = labelled("two", status=Article.Status.DRAFT)
    second.tags.set(first.tags.all())
    topics = api(client, "/api/v1/tags/").json()["results"]
    assert [(t["slug"], t["article_count"]) for t in topics] == [("tag-one", 1)]
    assert topics[0]["articles_url"] == "http://testserver/api/v1/articles/?tag=tag-one"
    assert topics[0]["url"] == "http://testserver/tags/tag-one/"


def test_article_carries_its_whole_structure(client, labelled, make_image):
    article = labelled("full", closing="The **end**.")
    article.lead_image = make_image()
    article.save()
    article.notes.create(text="Corrected a figure.")
    section = article.sections.first()
    section.body = "Before the *list*."
    section.body_after_list = "After the list."
    section.save()
    article_saved(article, by=None, comment="Edited")
    data = api(client, f"/api/v1/articles/{article.slug}/").json()
    assert data["title"] == "Story full"
    assert data["canonical_url"] == "http://testserver/articles/story-full/"
    assert data["topic"]["slug"] == "topic-full"
    assert [a["name"] for a in data["authors"]] == ["By full"]
    assert data["closing"] == {
        "markdown": "The **end**.",
        "html": "<p>The <strong>end</strong>.</p>",
    }
    first = data["sections"][0]
    assert first["heading"] == section.heading
    assert first["body"]["html"] == "<p>Before the <em>list</em>.</p>"
    assert first["body_after_list"]["markdown"] == "After the list."
    assert [b["label"] for b in first["bullets"]] == [
        b.label for b in section.bullets.all()
    ]
    assert len(data["faq"]["entries"]) == 2
    assert data["corrections"][0]["text"] == "Corrected a figure."
    renditions = data["lead_image"]["renditions"]
    assert renditions and all(
        r["url"].startswith("http://testserver/") for r in renditions
    )
    assert {r["type"] for r in renditions} >= {"image/webp", "image/jpeg"}
    assert data["reading_minutes"] >= 1
    stored = Article.objects.get(pk=article.pk)
    # The HTML is the page's own: each part appears in the stored page.
    assert first["body"]["html"] in stored.body_html
    assert f'id="{first["anchor"]}"' in stored.body_html


def test_keyset_pages_follow_next_newest_first(client, make_article):
    made = [make_article(publish_at=NOW - timedelta(hours=n)).slug for n in range(1, 8)]
    seen, url = [], "/api/v1/articles/?page_size=3"
    while url:
        page = api(client, url).json()
        seen += [item["slug"] for item in page["results"]]
        url = page["next"]
    assert seen == made


def test_filters_combine_and_updated_since(client, labelled):
    old = labelled("old")
    new = labelled("new")
    Article.objects.filter(pk=old.pk).update(updated_at=NOW - timedelta(days=10))
    since = (NOW - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert slugs(client, f"/api/v1/articles/?updated_since={since}") == [new.slug]
    assert slugs(client, "/api/v1/articles/?topic=topic-new&tag=tag-old") == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("cursor=nonsense", "cursor"),
        ("cursor=20260101T000000Z-1'%20OR%201=1--", "cursor"),
        ("updated_since=yesterday", "updated_since"),
        ("updated_since=2026-13-45", "updated_since"),
        ("updated_since=9999-12-31T23:59:59-14:00", "updated_since"),
        ("page_size=1e9", "page_size"),
        ("page_size=100000", "page_size"),
        ("page_size=-1", "page_size"),
        ("topic=x'%20OR%20'1'='1", "topic"),
        ("tag=%3Cscript%3E", "tag"),
    ],
)
def test_hostile_queries_get_a_clear_400(client, make_article, query, field):
    make_article()
    response = api(client, f"/api/v1/articles/?{query}", status=400)
    assert field in response.json()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles/no-such-article/",
        "/api/v1/articles/'%20OR%201=1--/",
        "/api/v1/articles/%00/",
        "/api/v1/nothing-here/",
    ],
)
def test_unknown_addresses_get_a_json_404(client, db, path):
    assert "detail" in api(client, path, status=404).json()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize(
    "path", ["/api/v1/articles/", "/api/v1/articles/story-x/", "/api/v1/tags/"]
)
def test_the_api_is_read_only(client, editor, labelled, method, path):
    labelled("x")
    before = list(Article.objects.values_list("title", "status"))
    for who in (client, client_for(editor)):
        response = getattr(who, method)(
            path, '{"title": "Hacked"}', content_type="application/json"
        )
        assert response.status_code in (403, 405), (method, path)
    assert list(Article.objects.values_list("title", "status")) == before


def test_etag_304_and_cache_control_like_the_pages(client, labelled):
    labelled("cached")
    url = "/api/v1/articles/story-cached/"
    first = api(client, url)
    assert "public" in first["Cache-Control"] and "max-age" in first["Cache-Control"]
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


def test_an_edit_in_the_admin_changes_the_answer_and_its_etag(
    client, editor, labelled, committed
):
    with committed():
        article = labelled("edited")
    url = "/api/v1/articles/story-edited/"
    before = api(client, url)
    assert api(client, url)["X-Page-Cache"] == "hit"
    admin = client_for(editor)
    change = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(admin.get(change).content.decode(), "article_form")
    data["title"] = "Story edited again"
    with committed():
        assert admin.post(change, data).status_code == 302
    after = api(client, url)
    assert after.json()["title"] == "Story edited again"
    assert after["ETag"] != before["ETag"]
    stale = client.get(url, headers={"If-None-Match": before["ETag"]})
    assert stale.status_code == 200
    assert slugs(client, "/api/v1/articles/") == ["story-edited"]


def test_cors_only_for_the_listed_origins_and_only_the_api(client, settings, labelled):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
    labelled("cors")
    allowed = client.get(
        "/api/v1/articles/", headers={"Origin": "https://app.example.com"}
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.com"
    # A second origin, answered from the cache, gets no header of the first's.
    other = client.get("/api/v1/articles/", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/", headers={"Origin": "https://app.example.com"})
    assert "Access-Control-Allow-Origin" not in page
    preflight = client.options(
        "/api/v1/articles/",
        headers={
            "Origin": "https://app.example.com",
            "Access-Control-Request-Method": "GET",
        },
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


def test_schema_and_docs_are_served_from_our_own_files(client, db):
    schema = client.get("/api/v1/schema/?format=json")
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    paths = schema.json()["paths"]
    assert set(paths) == {
        "/api/v1/articles/",
        "/api/v1/articles/{slug}/",
        "/api/v1/topics/",
        "/api/v1/tags/",
        "/api/v1/authors/",
    }
    assert all(set(methods) == {"get"} for methods in paths.values())
    parameters = paths["/api/v1/articles/"]["get"]["parameters"]
    assert {p["name"] for p in parameters} >= {"topic", "tag", "author", "cursor"}
    docs = client.get("/api/v1/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    assert "<script>" not in html and "<style>" not in html  # as the CSP asks
    assert "cdn" not in html.lower()


def test_answers_have_the_shape_the_schema_documents(client, labelled):
    """The serializers document the answers built from stored data: a field
    added to one and not the other fails here."""
    labelled("shape")
    page = api(client, "/api/v1/articles/").json()
    assert set(page) == set(serializers.ArticlePage().fields)
    assert set(page["results"][0]) == set(serializers.ArticleSummary().fields)
    data = api(client, "/api/v1/articles/story-shape/").json()
    assert set(data) == set(serializers.Article().fields)
    section = serializers.Section()
    assert set(data["sections"][0]) == set(section.fields)
    label = api(client, "/api/v1/topics/").json()["results"][0]
    assert set(label) == set(serializers.LabelWithCount().fields)


def test_the_large_article_in_three_queries(client, db, django_assert_max_num_queries):
    article_create_from_document(large_document(topic="Guides", tags=["City", "Maps"]))
    with django_assert_max_num_queries(3):
        data = api(client, "/api/v1/articles/large-guide/").json()
    assert len(data["sections"]) == 50 and len(data["faq"]["entries"]) == 30


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/?page_size=100",
        "/api/v1/articles/?tag=city&author=ana-reporter&page_size=100",
        "/api/v1/topics/",
        "/api/v1/tags/",
        "/api/v1/authors/",
    ],
)
def test_lists_of_many_articles_in_three_queries(
    client, db, url, django_assert_max_num_queries
):
    for n in range(40):
        document = large_document(topic="Guides", tags=["City", "Maps"])
        document.slug = f"large-guide-{n}"
        document.sections = document.sections[:5]
        article_create_from_document(document)
    with django_assert_max_num_queries(3):
        response = api(Client(), url)
    assert len(response.json()["results"]) in (1, 2, 40)


def test_api_answers_carry_the_site_security_headers(client, labelled):
    labelled("safe")
    site = client.get("/")["Content-Security-Policy"]
    for url in (
        "/api/v1/articles/",
        "/api/v1/articles/story-safe/",
        "/api/v1/articles/?cursor=bad",
        "/api/v1/nothing/",
        "/api/v1/tags/",
        "/api/v1/schema/",
    ):
        response = client.get(url)
        assert response["Content-Security-Policy"] == site, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["X-Frame-Options"] == "DENY", url
    docs = client.get("/api/v1/docs/")["Content-Security-Policy"]
    # The docs' only difference: Swagger UI's icons are data: URLs.
    assert docs.replace(" data:", "") == site
