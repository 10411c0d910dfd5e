"""Migration 0034_lead_stored_once: bodies stored before it (the lead picture
and a copy of the lead at their head) are split so that the lead is stored
once; the page shows the same article after it, the search still finds the
lead's words, and the way back joins the bodies again."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

BEFORE = ("articles", "0033_sitemap_index")
AFTER = ("articles", "0034_lead_stored_once")
FIGURE = '<figure class="figure figure-lead"><img src="/media/x.jpg" alt=""></figure>'
LEAD = "<p>The lighthouse keeper retires.</p>"
FACADE = '<div class="embed embed-video"><a href="https://youtu.be/x">Watch</a></div>'
REST = (
    '<nav class="toc" aria-labelledby="toc-heading"><ol><li>Routes</li></ol></nav>\n'
    '<section class="article-section"><h2 id="routes">Routes</h2>'
    "<p>Three routes.</p></section>"
)
PAGE_DATA = {
    "url": "/articles/keeper/",
    "topic": None,
    "image": None,
    "lead_preload": {},
    "authors": [],
    "keywords": [],
    "tag_ids": [],
    "faq": [],
    "corrections": "",
    "embed_frames": [],
}
API_DATA = {
    "path": "/articles/keeper/",
    "lead_image": None,
    "sections": [],
    "faq": {"heading": "Frequently Asked Questions", "entries": []},
    "authors": [],
    "topic": None,
    "tags": [],
    "corrections": [],
}


def old_body(*head):
    return "\n".join([*head, REST])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_lead_is_stored_once_and_the_page_is_the_same():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    Article = executor.loader.project_state([BEFORE]).apps.get_model(
        "articles", "Article"
    )
    published = {"status": "published", "publish_at": "2025-01-01T00:00:00Z"}
    keeper = Article.objects.create(
        title="Keeper",
        slug="keeper",
        lead_html=LEAD,
        body_html=old_body(FIGURE, f'<div class="article-lead">{LEAD}</div>'),
        page_data=PAGE_DATA,
        api_data=API_DATA,
        **published,
    )
    video_lead = "<p>https://youtu.be/x</p>"
    video = Article.objects.create(
        title="Video",
        slug="video",
        lead_html=video_lead,
        body_html=old_body(f'<div class="article-lead">{FACADE}</div>'),
        page_data=PAGE_DATA | {"url": "/articles/video/"},
        api_data=API_DATA | {"path": "/articles/video/"},
        **published,
    )
    try:
        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        Article = executor.loader.project_state([AFTER]).apps.get_model(
            "articles", "Article"
        )
        stored = Article.objects.get(pk=keeper.pk)
        assert stored.body_html == REST
        assert stored.page_data == {
            "url": "/articles/keeper/",
            "topic": None,
            "authors": [],
            "keywords": [],
            "tag_ids": [],
            "lead_figure": FIGURE,
        }
        assert stored.api_data == {}
        assert "lead_facades" not in stored.page_data
        assert Article.objects.get(pk=video.pk).page_data["lead_facades"] == FACADE

        page = Client().get("/articles/keeper/").content.decode()
        assert page.index(FIGURE) < page.index(LEAD) < page.index('id="routes"')
        assert page.count("lighthouse keeper") == 1
        page = Client().get("/articles/video/").content.decode()
        assert FACADE in page and video_lead not in page
        api = Client().get("/api/v1/articles/keeper/").json()
        assert api["faq"] == {"heading": "Frequently Asked Questions", "entries": []}
        assert api["canonical_url"].endswith("/articles/keeper/")
        if connection.vendor == "sqlite":  # rebuilt from the lead and the body
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT rowid FROM articles_search WHERE articles_search MATCH %s",
                    ["lighthouse routes"],
                )
                assert cursor.fetchall() == [(keeper.pk,)]

        executor = MigrationExecutor(connection)
        executor.migrate([BEFORE])
        Article = executor.loader.project_state([BEFORE]).apps.get_model(
            "articles", "Article"
        )
        back = Article.objects.get(pk=keeper.pk)
        assert back.body_html == keeper.body_html
        assert back.page_data == PAGE_DATA
        assert back.api_data == API_DATA
        assert Article.objects.get(pk=video.pk).body_html == video.body_html
    finally:
        call_command("migrate", verbosity=0, stdout=io.StringIO())
