import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import FAQ, Article, Author, Bullet, Section
from articles.services import article_saved
from tests.content import picture_bytes, rendered
from tests.signin import PASSWORD


@pytest.fixture(autouse=True)
def _empty_cache(request):
    """Each test starts with an empty shared cache (Redis outlives tests):
    every test with the database, through a fixture or the django_db mark
    (a mark alone adds no fixture name)."""
    marked = request.node.get_closest_marker("django_db") is not None
    if marked or {"db", "transactional_db"} & set(request.fixturenames):
        request.getfixturevalue(
            "transactional_db" if "transactional_db" in request.fixturenames else "db"
        )
        from django.core.cache import cache

        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_content_types(request):
    """A transactional test empties and refills tables (flush, restore): the
    content type ids this process cached may no longer exist afterwards."""
    yield
    marker = request.node.get_closest_marker("django_db")
    if (
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
    ):
        from django.contrib.contenttypes.models import ContentType

        ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def _cdn_purges_sent_before_teardown():
    """The background senders of CDN purges and of notifications write to the
    database: they are done before the test's rows are rolled back or flushed."""
    yield
    from articles.caching import outbox
    from articles.services import notifications

    outbox.wait_for_sender(timeout=30)
    notifications.wait_for_sender(timeout=30)


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Uploads go to a folder of the test's own, never to the project's media/.
    settings.MEDIA_ROOT = tmp_path / "media"
    # Cached pages too, so that test runs side by side never share them.
    if settings.CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):
        settings.CACHES = settings.CACHES | {
            "pages": settings.CACHES["pages"] | {"LOCATION": tmp_path / "pages"}
        }
    # Notifications are sent in the committing thread, which sees the test's
    # transaction (tests/web/test_notifications.py tests the background one).
    settings.NEWSROOM_NOTIFICATIONS_IN_BACKGROUND = False
    # The live server serves static files from the finders, without a manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }


@pytest.fixture
def make_article(db):
    seq = itertools.count(1)

    def make(**overrides):
        n = next(seq)
        fields = {
            "title": f"Article {n}",
            "slug": f"article-{n}",
            "standfirst": f"Standfirst of article {n}.",
            "lead": f"Lead of article {n}.",
            "status": Article.Status.PUBLISHED,
            "publish_at": timezone.now() - timedelta(days=1),
        } | overrides
        # Rendered as every write path does, which also announces the change.
        return rendered(Article.objects.create(**fields))

    return make


@pytest.fixture
def make_section(db):
    seq = itertools.count(1)

    def make(article, **overrides):
        n = next(seq)
        fields = {"heading": f"Section {n}", "body": f"Body {n}.", "position": n}
        return Section.objects.create(article=article, **(fields | overrides))

    return make


@pytest.fixture
def make_bullet(db):
    seq = itertools.count(1)

    def make(section, **overrides):
        n = next(seq)
        fields = {"label": f"Label {n}", "text": f"Bullet {n}.", "position": n}
        return Bullet.objects.create(section=section, **(fields | overrides))

    return make


@pytest.fixture
def make_faq(db):
    seq = itertools.count(1)

    def make(article, **overrides):
        n = next(seq)
        fields = {"question": f"Question {n}?", "answer": f"Answer {n}.", "position": n}
        return FAQ.objects.create(article=article, **(fields | overrides))

    return make


@pytest.fixture
def make_full_article(make_article, make_section, make_bullet, make_faq):
    """An article with every part, its body rendered as a save would."""

    def make(sections=2, bullets=3, faqs=2, **overrides):
        article = make_article(**({"closing": "Closing paragraph."} | overrides))
        # A byline, without which nothing is published.
        author, _ = Author.objects.get_or_create(
            slug="staff-reporter", defaults={"display_name": "Staff Reporter"}
        )
        article.authors.add(author)
        for _ in range(sections):
            section = make_section(article)
            for _ in range(bullets):
                make_bullet(section)
        for _ in range(faqs):
            make_faq(article)
        # As every real write path does: render, lock, record a revision.
        article_saved(article, by=None, comment="Created")
        return article

    return make


@pytest.fixture
def png_bytes():
    return picture_bytes("PNG", (640, 480))


@pytest.fixture
def make_image(db):
    """An image in the media library, made through the real upload path."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from articles.services.images import image_create_from_upload

    seq = itertools.count(1)

    def make(image_format="JPEG", size=(2000, 1500), **fields):
        n = next(seq)
        content = picture_bytes(image_format, size)
        extension = {"JPEG": "jpg"}.get(image_format, image_format.lower())
        upload = SimpleUploadedFile(f"photo-{n}.{extension}", content)
        fields = {"alt_text": f"Picture {n}", "credit": "Photo: Test Desk"} | fields
        return image_create_from_upload(upload, **fields)

    return make


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.com", PASSWORD
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def make_user(db, django_user_model):
    """A staff user in the named group ("Writers" or "Editors")."""
    from django.contrib.auth.models import Group

    def make(username, group=None, **fields):
        user = django_user_model.objects.create_user(
            username, password=PASSWORD, is_staff=True, **fields
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def writer(make_user):
    return make_user("wendy", "Writers", first_name="Wendy", last_name="Writer")


@pytest.fixture
def desk_editor(make_user):
    return make_user("eddie", "Editors", first_name="Eddie", last_name="Editor")


@pytest.fixture
def receiver(settings):
    """A CDN on loopback that records the purges the site sends it; it
    refuses connections until ``receiver.start()``."""
    from tests.servers import Receiver

    receiver = Receiver()
    settings.NEWSROOM_CDN_PURGE_URL = receiver.url
    yield receiver
    receiver.stop()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last: fast feedback first, and their transactional
    teardown empties every table (the roles' groups too) only at the end."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
