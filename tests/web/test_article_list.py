"""The article list (issue 15, "Finding articles"): full-text search of every
article through the readers' index, the state, label and date filters, the
columns, and a fixed query budget, for a Writer and an Editor signed in."""

import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, Author, Tag, Topic
from articles.services import article_saved
from tests.html_checks import inert_problems
from tests.signin import client_for

LIST = "/admin/articles/article/"


class _FilterLinks(HTMLParser):
    """The filter links of a changelist: {(filter title, link text): href}."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.title, self.href, self.text = {}, None, None, ""
        self.in_filters = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and attrs.get("id") == "changelist-filter":
            self.in_filters = True
        elif self.in_filters and tag == "details":
            self.title = attrs.get("data-filter-title")
        elif self.in_filters and tag == "a" and self.title:
            self.href, self.text = attrs["href"], ""

    def handle_data(self, data):
        if self.href is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_filters = False
        elif tag == "a" and self.href is not None:
            self.links[(self.title, " ".join(self.text.split()))] = self.href
            self.href = None


def filter_links(response):
    parser = _FilterLinks()
    parser.feed(response.content.decode())
    return parser.links


def titles(response):
    """The titles of the rows listed, in order."""
    html = response.content.decode()
    return re.findall(r'<th class="field-title"><a href="[^"]*">([^<]*)</a>', html)


def cell(response, column, title):
    """The HTML of ``column`` in the row of the article titled ``title``."""
    html = response.content.decode()
    row = re.search(rf"<tr>(?:(?!</tr>).)*>{re.escape(title)}</a>.*?</tr>", html, re.S)
    assert row, f"no row for {title!r}"
    found = re.search(rf'<td class="field-{column}[^"]*">(.*?)</td>', row.group(0))
    return found.group(1)


@pytest.fixture
def desk(make_article, make_section, make_bullet, make_faq):
    """A draft, an article in review, and others in every public state."""
    now = timezone.now()
    ana = Author.objects.create(display_name="Ana Reporter", slug="ana")
    bo = Author.objects.create(display_name="Bo Columnist", slug="bo")
    transport = Topic.objects.create(name="Transport", slug="transport")
    buses = Tag.objects.create(name="Buses", slug="buses")

    draft = make_article(
        title="Kestrel draft", status=Article.Status.DRAFT, publish_at=None
    )
    section = make_section(draft, heading="Where they nest", body="Hello.")
    make_bullet(section, label="Habitat", text="Church towers and cliffs.")
    make_faq(draft, question="Are they rare?", answer="A falcon of farmland.")
    draft.authors.add(ana)
    article_saved(draft, by=None, comment="Created")

    review = make_article(
        title="Ferry timetable", status=Article.Status.REVIEW, publish_at=None
    )
    review.authors.add(bo)
    scheduled = make_article(title="Bus lanes", publish_at=now + timedelta(days=2))
    scheduled.topic = transport
    scheduled.save()
    scheduled.tags.add(buses)
    expired = make_article(
        title="Winter gritting",
        publish_at=now - timedelta(days=40),
        unpublish_at=now - timedelta(days=1),
    )
    live = make_article(title="Tram extension", publish_at=now - timedelta(hours=3))
    gone = make_article(title="Old ferry", status=Article.Status.UNPUBLISHED)
    for article in (review, scheduled, expired, live, gone):
        article_saved(article, by=None, comment="Created")
    return locals()


@pytest.fixture(params=["writer", "desk_editor"])
def signed_in(request):
    """A Writer's and an Editor's admin, each signed in."""
    return client_for(request.getfixturevalue(request.param))


def test_the_search_box_finds_drafts_by_their_bullets_and_faq(signed_in, desk):
    for words, shown in (
        ("church towers", "<mark>Church</mark> <mark>towers</mark>"),
        ("farmland falcon", "A <mark>falcon</mark> of <mark>farmland</mark>"),
        ("nest", "Where they <mark>nest</mark>"),
    ):
        response = signed_in.get(LIST, {"q": words})
        assert titles(response) == ["Kestrel draft"], words
        assert shown in cell(response, "matched", "Kestrel draft")


def test_an_authors_name_finds_their_articles_and_is_marked(signed_in, desk):
    response = signed_in.get(LIST, {"q": "ana"})
    assert titles(response) == ["Kestrel draft"]
    assert cell(response, "matched", "Kestrel draft") == "By <mark>Ana</mark> Reporter"


def test_a_search_needs_every_word(signed_in, desk):
    assert titles(signed_in.get(LIST, {"q": "kestrel towers"})) == ["Kestrel draft"]
    assert titles(signed_in.get(LIST, {"q": "kestrel ferry"})) == []
    assert titles(signed_in.get(LIST, {"q": "!!!"})) == []


def test_the_matched_passage_is_escaped(desk_editor, make_article, make_faq):
    article = make_article(title="Markup", status=Article.Status.DRAFT)
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"):
        make_faq(article, question="How?", answer=f"Type `{payload}` plainly.")
    article_saved(article, by=None, comment="Created")
    response = client_for(desk_editor).get(LIST, {"q": "plainly"})
    passage = cell(response, "matched", "Markup")
    assert "&lt;script&gt;" in passage
    assert inert_problems(passage, allowed_tags={"mark"}) == []


def test_no_matched_column_without_a_search(signed_in, desk):
    response = signed_in.get(LIST)
    assertNotContains(response, "column-matched")
    assert len(titles(response)) == 6


@pytest.mark.parametrize(
    "state, expected",
    [
        ("Draft", ["Kestrel draft"]),
        ("In review", ["Ferry timetable"]),
        ("Scheduled", ["Bus lanes"]),
        ("Published", ["Tram extension"]),
        ("Expired", ["Winter gritting"]),
        ("Unpublished", ["Old ferry"]),
    ],
)
def test_each_state_is_its_own_filter(signed_in, desk, state, expected):
    links = filter_links(signed_in.get(LIST))
    assert titles(signed_in.get(LIST + links[("state", state)])) == expected


def test_author_topic_tag_and_date_filters(signed_in, desk):
    links = filter_links(signed_in.get(LIST))
    by_ana = signed_in.get(LIST + links[("author", "Ana Reporter")])
    assert titles(by_ana) == ["Kestrel draft"]
    transport = signed_in.get(LIST + links[("topic", "Transport")])
    assert titles(transport) == ["Bus lanes"]
    buses = signed_in.get(LIST + links[("tag", "Buses")])
    assert titles(buses) == ["Bus lanes"]
    this_week = signed_in.get(LIST + links[("publication date", "Past 7 days")])
    assert set(titles(this_week)) == {"Tram extension", "Old ferry"}


def test_search_and_filters_combine(signed_in, desk):
    links = filter_links(signed_in.get(LIST, {"q": "ferry"}))
    in_review = signed_in.get(LIST + links[("state", "In review")])
    assert "q=ferry" in links[("state", "In review")]
    assert titles(in_review) == ["Ferry timetable"]


def test_the_date_hierarchy_narrows_to_a_year(signed_in, desk):
    year = desk["expired"].publish_at.year
    response = signed_in.get(LIST, {"publish_at__year": year})
    assert "Winter gritting" in titles(response)
    assert "Kestrel draft" not in titles(response)  # no publication date
    month = desk["expired"].publish_at.month
    assertContains(response, f"?publish_at__month={month}&amp;publish_at__year={year}")


def test_columns_show_dates_authors_words_and_last_editor(
    desk_editor, writer, make_article, make_section
):
    article = make_article(title="Counted", lead="One two three.")
    make_section(article, heading="Four five", body="Six seven eight nine ten.")
    article.authors.add(Author.objects.create(display_name="Cy Writer", slug="cy"))
    article_saved(article, by=writer, comment="Written")
    article_saved(article, by=desk_editor, comment="Edited")
    untouched = make_article(title="Never saved", status=Article.Status.DRAFT)

    response = client_for(desk_editor).get(LIST)
    assert cell(response, "last_edited_by", "Counted") == "Eddie Editor"
    assert cell(response, "byline", "Counted") == "Cy Writer"
    assert cell(response, "words", "Counted") == "10"
    assert cell(response, "last_edited_by", untouched.title) == "-"
    assertContains(response, "column-publish_at")


def test_last_edited_by_falls_back_to_the_username(desk_editor, make_user, desk):
    nameless = make_user("nameless", "Editors")
    article_saved(desk["live"], by=nameless, comment="Edited")
    response = client_for(desk_editor).get(LIST)
    assert cell(response, "last_edited_by", "Tram extension") == "nameless"


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "article"},
        {
            "q": "article",
            "state": "published",
            "tags__id__exact": "tag",
            "publish_at__year": "year",
        },
    ],
)
def test_the_list_costs_at_most_twelve_queries(
    signed_in, make_article, make_section, django_assert_max_num_queries, params
):
    tag = Tag.objects.create(name="Buses", slug="buses")
    author = Author.objects.create(display_name="Ana Reporter", slug="ana")

    def grow(count):
        for _ in range(count):
            article = make_article(status=Article.Status.PUBLISHED)
            make_section(article)
            article.tags.add(tag)
            article.authors.add(author)
            article_saved(article, by=None, comment="Created")

    query = {
        name: {"tag": tag.pk, "year": timezone.now().year}.get(value, value)
        for name, value in params.items()
    }
    grow(3)
    with django_assert_max_num_queries(12):
        small = signed_in.get(LIST, query | {"all": ""})
    grow(60)
    with django_assert_max_num_queries(12):
        large = signed_in.get(LIST, query | {"all": ""})
    assert len(titles(small)) == 3
    assert len(titles(large)) == 63


def test_a_page_of_a_hundred_matches_marks_each_passage_in_one_query(
    signed_in, make_article, django_assert_max_num_queries
):
    """Each row's passage is read with the others', after the page is cut,
    not once per row (issue 18)."""
    for n in range(105):
        article = make_article(
            title=f"Report {n}", standfirst=f"High tide at the harbour, day {n}."
        )
        article_saved(article, by=None, comment="Created")
    make_article(title="Inland", standfirst="Nowhere near the sea.")

    with django_assert_max_num_queries(12):
        first = signed_in.get(LIST, {"q": "harbour tide"})
    second = signed_in.get(LIST, {"q": "harbour tide", "p": 2})

    assert len(titles(first)) == 100
    assert len(titles(second)) == 5
    assert sorted(titles(first) + titles(second)) == sorted(
        f"Report {n}" for n in range(105)
    )
    for response in (first, second):
        for title in titles(response):
            n = title.split()[-1]
            passage = f"High <mark>tide</mark> at the <mark>harbour</mark>, day {n}."
            assert passage in cell(response, "matched", title)
