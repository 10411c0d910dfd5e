import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.formats import parse_markdown, write_markdown
from articles.management.commands.seed_demo import DEMO_DIR
from articles.models import Article, Image


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_seed_demo_illustrates_the_demo_article(db, client):
    run("seed_demo")
    run("seed_demo")
    demo = Article.objects.with_content().get(slug="how-cities-keep-cool")
    assert demo.lead_image.key == "demo-hot-street"
    assert not demo.lead_image.needs_alt_text and demo.lead_image.credit
    illustrated = [s for s in demo.sections.all() if s.image_id]
    assert [s.image.key for s in illustrated] == ["demo-shade-chart"]
    assert Image.objects.count() == 2  # made once
    html = client.get(demo.get_absolute_url()).content.decode()
    assert html.count("<figure") == 2 and 'property="og:image"' in html


def test_seed_demo_loads_an_article_with_every_part_and_is_idempotent(db):
    first = run("seed_demo")
    second = run("seed_demo")

    assert "Loaded demo article 'how-cities-keep-cool'" in first
    assert "Demo article 'how-cities-keep-cool' exists" in second
    assert Article.objects.filter(slug="how-cities-keep-cool").count() == 1
    demo = Article.objects.with_content().get(slug="how-cities-keep-cool")
    assert demo.is_live()
    assert demo.lead.count("\n\n") >= 1, "a lead of several paragraphs"
    sections = list(demo.sections.all())
    bullets = [b for s in sections for b in s.bullets.all()]
    assert any(not s.bullets.all() for s in sections), "a section without a list"
    assert any(s.bullets.all() and not s.body for s in sections), "list under heading"
    assert any(s.bullets.all() and s.body_after_list for s in sections)
    assert any(b.label for b in bullets) and any(not b.label for b in bullets)
    assert demo.faqs.count() >= 2
    assert demo.closing


def test_demo_articles_are_published_on_the_home_page(client, db):
    run("seed_demo")
    response = client.get("/")
    assert len(response.context["article_list"]) == Article.objects.count() >= 1


def test_ensure_admin_uses_the_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "from-the-env-123")
    assert "Created admin account 'admin'" in run("ensure_admin")
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("from-the-env-123")
    assert "exists" in run("ensure_admin")


def test_ensure_admin_generates_and_prints_a_password_once(db, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    output = run("ensure_admin")
    password = output.split("password '")[1].split("'")[0]
    assert get_user_model().objects.get(username="admin").check_password(password)
    again = run("ensure_admin")
    assert password not in again


def test_render_articles_refreshes_stored_html(make_full_article):
    article = make_full_article()
    Article.objects.filter(pk=article.pk).update(body_html="stale", lead_html="stale")
    assert "Rendered 1 article." in run("render_articles")
    article.refresh_from_db()
    assert "stale" not in article.body_html
    assert article.lead_html == "<p>Lead of article 1.</p>"


def test_demo_files_are_in_the_canonical_markdown_form():
    """They double as examples of what export_article writes."""
    for path in DEMO_DIR.glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert write_markdown(parse_markdown(text)) == text, path.name
