"""make backup / make restore: a round trip that loses nothing.

On SQLite through its online backup API; when DATABASE_URL is PostgreSQL (as
in CI's second run), through pg_dump and pg_restore.
"""

import io
import tarfile

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article
from articles.services import article_saved

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

APPS = ("articles", "reversion", "auth", "contenttypes")


def every_row():
    """Every field of every row of our models, many-to-many tables included."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for app in APPS
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if model._meta.managed  # not the search index's rows, on one vendor each
    }


@pytest.fixture
def site(make_full_article, editor, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "images" / "ab").mkdir(parents=True)
    (settings.MEDIA_ROOT / "images" / "ab" / "w480.webp").write_bytes(b"RIFF\x00webp")
    from articles.models import Tag, Topic

    topic = Topic.objects.create(name="Climate", slug="climate")
    for n in range(3):
        article = make_full_article(title=f"Story {n}", topic=topic)
        article.tags.add(Tag.objects.get_or_create(name="Heat", slug="heat")[0])
        article.title = f"Story {n}, revised"
        article.save()
        article_saved(article, by=editor, comment="Revised")  # a second revision
    return settings.MEDIA_ROOT


def test_backup_and_restore_round_trip_every_field(site, tmp_path, client):
    before = every_row()
    assert len(before["reversion.Version"]) >= 6
    archive = tmp_path / "backups" / "newsroom-test.tar.gz"
    out = io.StringIO()
    call_command("backup", output=str(archive), stdout=out)
    assert "1 media files" in out.getvalue()
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert "media/images/ab/w480.webp" in names
    dump = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
    assert dump[connection.vendor] in names

    # Into a database with content: refused, nothing touched.
    with pytest.raises(
        CommandError, match=r"not empty \(3 articles, 1 user, files in "
    ):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert every_row() == before

    # Into an empty database and media folder: everything comes back.
    call_command("flush", interactive=False, verbosity=0)
    (site / "images" / "ab" / "w480.webp").unlink()
    assert not Article.objects.exists()
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "Restored the" in out.getvalue()
    assert every_row() == before
    assert (site / "images" / "ab" / "w480.webp").read_bytes() == b"RIFF\x00webp"
    # The site works on it: the page, and the search index came back too.
    restored = Article.objects.get(title="Story 1, revised")
    assert "Story 1, revised" in client.get(restored.get_absolute_url()).text
    assert "Story 1, revised" in client.get("/search/?q=revised").text


def test_restore_with_force_replaces_content(site, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    before = every_row()
    Article.objects.filter(title="Story 0, revised").delete()
    Article.objects.create(title="Written after the backup", slug="later")
    call_command("restore", str(archive), force=True, stdout=io.StringIO())
    assert every_row() == before


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        tar.add(__file__, "something.py")
    with pytest.raises(CommandError, match="not a Newsroom backup"):
        call_command("restore", str(bogus), stdout=io.StringIO())
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))
