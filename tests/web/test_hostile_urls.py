"""Whatever a reader or a bot puts in a public URL: never a server error."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ODD = [
    "",
    "%00",
    "\x00",
    "../../etc/passwd",
    "a" * 5000,
    "99999999999999999999999",
    "-1",
    "1e9",
    "<script>",
    "'; DROP TABLE articles_article; --",
    "東京",
    "%E0%A4%A",
    "%ff%fe",
    "?page=2",
]
TEMPLATES = [
    "/articles/{}/",
    "/topics/{}/",
    "/tags/{}/",
    "/authors/{}/",
    "/topics/{}/feed/rss/",
    "/preview/{}/",
    "/?before={}",
    "/?after={}",
    "/search/?q={}",
    "/search/?q=heat&page={}",
    "/topics/climate/?before={}",
]


def assert_no_server_error(client, path):
    response = client.get(path)
    assert response.status_code < 500, (path, response.status_code)


@pytest.fixture
def site(db, make_full_article):
    from articles.models import Topic

    topic = Topic.objects.create(name="Climate", slug="climate")
    make_full_article(title="Heat", topic=topic)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("value", ODD)
def test_odd_values_in_public_urls(client, site, template, value):
    assert_no_server_error(client, template.format(value))
    assert_no_server_error(client, template.format(quote(value, safe="")))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(max_size=300), template=st.sampled_from(TEMPLATES))
def test_random_text_in_public_urls(client, site, text, template):
    assert_no_server_error(client, template.format(quote(text, safe="")))
