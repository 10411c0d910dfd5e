"""SEO and sharing: an Editor sets the SEO title, meta description and social
image on the change form; readers' pages, the front matter and revisions
carry them."""

import json
import re
from html import unescape

import pytest
from pytest_django.asserts import assertContains, assertRedirects
from reversion.models import Version

from articles.models import Article, Author
from tests.html_checks import form_data
from tests.signin import client_for

IMPORT_URL = "/admin/articles/article/import/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def open_form(client, article):
    response = client.get(change_url(article))
    assert response.status_code == 200
    data = form_data(response.content.decode(), "article_form")
    # As browsers post textareas.
    return {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }


def save(client, article, data):
    response = client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def head_of(client, article):
    """What the public page tells search engines and social networks."""
    html = client.get(article.get_absolute_url()).content.decode()
    meta = {
        unescape(key): unescape(value)
        for key, value in re.findall(
            r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', html
        )
    }
    (ld_json,) = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    news = json.loads(ld_json)[0]
    title = unescape(re.search(r"<title>(.*?)</title>", html, re.DOTALL)[1])
    return title, meta, news


@pytest.fixture
def article(make_article, make_image):
    article = make_article(
        title="Night Buses Return to the Harbour Line",
        standfirst="From 1 December the N4 runs every half hour, all night.",
        lead_image=make_image(alt_text="The N4 at Harbour Gate"),
    )
    article.authors.set([Author.objects.create(display_name="Ana", slug="ana")])
    return article


@pytest.fixture
def editor_client(desk_editor):
    return client_for(desk_editor)


def test_the_editors_seo_fields_are_what_search_and_sharing_show(
    editor_client, client, article, make_image, settings
):
    social = make_image(alt_text="A night bus under street lights")
    data = open_form(editor_client, article)
    data["seo_title"] = "N4 night bus: times and stops"
    data["meta_description"] = "Every half hour from midnight: where the N4 stops."
    data["social_image"] = str(social.pk)
    save(editor_client, article, data)

    title, meta, news = head_of(client, article)

    assert title == f"N4 night bus: times and stops · {settings.SITE_NAME}"
    for key in ("og:title", "twitter:title"):
        assert meta[key] == "N4 night bus: times and stops"
    for key in ("description", "og:description", "twitter:description"):
        assert meta[key] == "Every half hour from midnight: where the N4 stops."
    share = social.renditions.get(kind="share")
    assert meta["og:image"].endswith(share.url)
    assert meta["twitter:image"] == meta["og:image"]
    assert meta["og:image:alt"] == "A night bus under street lights"
    assert news["headline"] == "Night Buses Return to the Harbour Line"
    assert news["description"] == "Every half hour from midnight: where the N4 stops."
    assert news["image"]["url"] == meta["og:image"]


def test_without_them_the_title_standfirst_and_lead_image_are_used(
    client, article, settings
):
    title, meta, news = head_of(client, article)

    assert title == f"Night Buses Return to the Harbour Line · {settings.SITE_NAME}"
    assert meta["og:title"] == "Night Buses Return to the Harbour Line"
    standfirst = "From 1 December the N4 runs every half hour, all night."
    assert meta["description"] == meta["twitter:description"] == standfirst
    assert news["description"] == standfirst
    lead_share = article.lead_image.renditions.get(kind="share")
    assert meta["og:image"].endswith(lead_share.url)
    assert meta["og:image:alt"] == "The N4 at Harbour Gate"


def test_too_long_seo_fields_are_refused_and_nothing_is_saved(editor_client, article):
    data = open_form(editor_client, article)
    data["seo_title"] = "x" * 71
    data["meta_description"] = "y" * 161
    data["title"] = "Changed with the rest"

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 200
    assertContains(response, "Keep the SEO title to 70 characters at most (it has 71)")
    assertContains(
        response, "Keep the meta description to 160 characters at most (it has 161)"
    )
    article.refresh_from_db()
    assert (article.title, article.seo_title, article.meta_description) == (
        "Night Buses Return to the Harbour Line",
        "",
        "",
    )


def test_the_change_page_warns_when_seo_fields_are_longer_than_shown(
    editor_client, article
):
    data = open_form(editor_client, article)
    data["seo_title"] = "A" * 65
    save(editor_client, article, data)

    response = editor_client.get(change_url(article))

    assertContains(response, "The SEO title has 65 characters; search results show")
    assertContains(response, 'collapse after-inlines seo-fields"')


def test_import_reads_the_seo_keys(editor_client, make_image):
    social = make_image()
    text = (
        "---\n"
        'title: "Heat in the City"\n'
        'authors: ["Ana Reporter"]\n'
        'seo_title: "Heatwave: how cities cool down"\n'
        'meta_description: "Trees, water and white roofs."\n'
        f'social_image: "{social.key}"\n'
        "---\n"
        "Cities are getting hotter.\n"
    )
    preview = editor_client.post(IMPORT_URL, {"text": text, "preview": "1"})
    assertContains(preview, "Nothing has been saved yet")
    data = form_data(preview.content.decode(), "import_confirm_form")
    editor_client.post(IMPORT_URL, data | {"confirm": "Create draft"})

    article = Article.objects.get(title="Heat in the City")
    assert article.seo_title == "Heatwave: how cities cool down"
    assert article.meta_description == "Trees, water and white roofs."
    assert article.social_image == social


def test_import_refuses_a_too_long_seo_title(editor_client):
    text = f'---\ntitle: "Heat"\nseo_title: "{"x" * 80}"\n---\nHot.\n'

    response = editor_client.post(IMPORT_URL, {"text": text, "preview": "1"})

    assertContains(response, "Keep the SEO title to 70 characters at most")
    assert not Article.objects.filter(title="Heat").exists()


def test_compare_lists_and_restore_brings_back_the_seo_fields(
    editor_client, article, make_image
):
    social = make_image()
    data = open_form(editor_client, article)
    data["seo_title"] = "The SEO title of the first version"
    data["meta_description"] = "The description of the first version."
    data["social_image"] = str(social.pk)
    save(editor_client, article, data)
    first = Version.objects.get_for_object(article).first()
    data = open_form(editor_client, article)
    data["seo_title"] = ""
    data["meta_description"] = ""
    data["social_image"] = ""
    save(editor_client, article, data)
    article.refresh_from_db()
    assert article.seo_title == ""

    compare = editor_client.get(
        f"/admin/articles/article/{article.pk}/history/{first.pk}/restore/"
    )
    assertContains(compare, "SEO title")
    assertContains(compare, "Meta description")
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/history/{first.pk}/restore/"
    )

    assertRedirects(response, change_url(article))
    article.refresh_from_db()
    assert article.seo_title == "The SEO title of the first version"
    assert article.meta_description == "The description of the first version."
    assert article.social_image == social
    assertContains(
        editor_client.get(article.get_absolute_url()),
        '<meta property="og:title" content="The SEO title of the first version">',
    )
