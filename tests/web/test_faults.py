"""Faults: the database locked or gone during a save, the cache gone."""

import sqlite3
from contextlib import contextmanager

import pytest
from django.db import connection
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from tests.html_checks import form_data
from tests.signin import client_for

# Transactional: the lock is taken by a second connection, which only sees
# committed rows. serialized_rollback keeps the roles' groups for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@contextmanager
def database_write_locked():
    """Another connection holds the write lock; ours gives up after 0.2 s."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        other = sqlite3.connect(params["NAME"], isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout = 200")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA busy_timeout = 5000")
    else:
        import psycopg

        other = psycopg.connect(
            dbname=params["NAME"],
            user=params["USER"],
            password=params["PASSWORD"],
            host=params["HOST"],
            port=params["PORT"],
        )
        other.execute("LOCK TABLE articles_article, articles_section IN EXCLUSIVE MODE")
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '200ms'")
        try:
            yield
        finally:
            other.rollback()
            other.close()
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")


@contextmanager
def database_unreachable():
    """Our connection points where no database is."""
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent/folder/db.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT="9")
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.fixture
def article_and_form(make_full_article, editor):
    article = make_full_article(title="Cool Roofs")
    client = client_for(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(client.get(url).content.decode(), "article_form")
    data |= {"title": "Cool Roofs, Revised", "sections-0-heading": "New heading"}
    data["_continue"] = "Save"
    return article, client, url, data


def snapshot(article):
    article = Article.objects.with_content().get(pk=article.pk)
    return (
        article.title,
        article.body_html,
        [
            (s.heading, [b.text for b in s.bullets.all()])
            for s in article.sections.all()
        ],
        Version.objects.get_for_object(article).count(),
    )


def test_a_save_while_the_database_is_locked_is_a_clear_503(article_and_form):
    article, client, url, data = article_and_form
    before = snapshot(article)
    with database_write_locked():
        response = client.post(url, data)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Nothing was saved." in page
    assert f'href="{url}"' in page  # back to the form, whose autosave kept it
    assert snapshot(article) == before

    # Once the lock is gone, the same form saves.
    response = client.post(url, data)
    assert response.status_code == 302
    assert snapshot(article)[0] == "Cool Roofs, Revised"


def test_the_database_gone_during_a_save_is_a_clear_503(article_and_form):
    article, client, url, data = article_and_form
    before = snapshot(article)
    with database_unreachable():
        response = client.post(url, data)
        reader = client.get("/")
    assert response.status_code == 503
    assert "Nothing was saved." in response.content.decode()
    assert reader.status_code == 503
    assert "Please try again in a minute." in reader.content.decode()
    assert snapshot(article) == before


DEAD_CACHE = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
}


def test_pages_render_from_the_database_without_the_cache(
    client, make_full_article, settings
):
    article = make_full_article(title="Cool Roofs")
    # Every cache we have (the shared one, the page cache) is unreachable.
    settings.CACHES = dict.fromkeys(settings.CACHES, DEAD_CACHE)
    for url in ("/", article.get_absolute_url(), "/feed/rss/", "/search/?q=roofs"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Cool Roofs" in response.content.decode(), url
