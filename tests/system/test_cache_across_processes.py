"""The page cache holds across processes: gunicorn with 2 workers, a real
admin edit over HTTP, then every reader gets the new version."""

import pytest

from tests import servers
from tests.html_checks import form_data

SETUP = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.formats.document import Document, Section
from articles.services import article_create_from_document
get_user_model().objects.create_superuser("ed", "ed@example.com", "a long password 1")
article_create_from_document(
    Document(title="Harbour opens", slug="harbour", lead="The harbour opens.",
             sections=[Section(heading="When", body="On Monday.")],
             authors=["Ana Reporter"]),
    status="published", publish_at=timezone.now() - timezone.timedelta(hours=1))
"""


@pytest.fixture
def server(tmp_path):
    env = servers.site_env(tmp_path)
    servers.prepare_database(env, SETUP)
    with servers.gunicorn(env, workers=2) as base:
        yield base


def test_an_admin_edit_reaches_every_worker_at_once(server):
    page = "/articles/harbour/"
    reader = servers.Browser(server)
    for _ in range(10):  # both workers answer, and the page is cached
        response = reader.get(page)
        assert "Harbour opens" in response.text
    assert response["X-Page-Cache"] == "hit"

    editor = servers.Browser(server)
    editor.log_in("ed", "a long password 1")
    change = "/admin/articles/article/1/change/"
    data = form_data(editor.get(change).text, "article_form")
    data["title"] = "Harbour opens at dawn"
    assert "was changed successfully" in editor.post(change, data).text

    for _ in range(20):
        assert "Harbour opens at dawn" in reader.get(page).text
    assert "Harbour opens at dawn" in reader.get("/").text
