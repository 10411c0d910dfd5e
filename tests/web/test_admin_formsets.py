"""The article change form edits the rows of that article and no other.

Every inline row's posted id is attacker-controlled: a Writer posting their
own draft's form with the id of another article's section, bullet, FAQ entry
or correction note must get a form error, and nothing anywhere is written.
"""

import re

import pytest
from django.forms import inlineformset_factory
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nested_admin.formsets import NestedInlineFormSet

from articles.admin.formsets import NOT_IN_ARTICLE, ArticlePartFormSet
from articles.models import FAQ, Article, Bullet, CorrectionNote, Section
from tests.html_checks import form_data
from tests.signin import client_for

ID_FIELDS = {
    "sections": re.compile(r"^sections-\d+-id$"),
    "bullets": re.compile(r"^sections-\d+-bullets-\d+-id$"),
    "faqs": re.compile(r"^faqs-\d+-id$"),
    "notes": re.compile(r"^notes-\d+-id$"),
}
MODELS = {"sections": Section, "bullets": Bullet, "faqs": FAQ, "notes": CorrectionNote}


def snapshot(article):
    """Every stored value of an article and its parts."""
    return {
        "article": Article.objects.filter(pk=article.pk).values().get(),
        "authors": list(article.authors.order_by("pk").values_list("pk", flat=True)),
        "sections": list(
            Section.objects.filter(article=article).order_by("pk").values()
        ),
        "bullets": list(
            Bullet.objects.filter(section__article=article).order_by("pk").values()
        ),
        "faqs": list(FAQ.objects.filter(article=article).order_by("pk").values()),
        "notes": list(
            CorrectionNote.objects.filter(article=article).order_by("pk").values()
        ),
    }


def rows_of(article, level):
    model = MODELS[level]
    scope = (
        {"section__article": article} if level == "bullets" else {"article": article}
    )
    return list(model.objects.filter(**scope).values_list("pk", flat=True))


@pytest.fixture
def articles(make_full_article, writer, make_user):
    """The writer's own draft, a published article, another writer's draft:
    each with sections, bullets, FAQ entries and a correction note."""
    from articles.services import author_for_user

    other_writer = make_user("walter", "Writers")
    own = make_full_article(
        sections=2, bullets=2, faqs=2, status=Article.Status.DRAFT, created_by=writer
    )
    own.authors.add(author_for_user(writer))
    published = make_full_article(sections=2, bullets=2, faqs=2)
    others_draft = make_full_article(
        sections=2,
        bullets=2,
        faqs=2,
        status=Article.Status.DRAFT,
        created_by=other_writer,
    )
    for article in (own, published, others_draft):
        CorrectionNote.objects.create(
            article=article, text="A note.", noted_at=timezone.now()
        )
    # Saved once through the form, as the admin numbers positions from 0, so
    # that an unchanged save below really changes nothing.
    client = client_for(writer)
    data = form_data(client.get(change_url(own)).content.decode(), "article_form")
    assert client.post(change_url(own), data).status_code == 302
    return own, published, others_draft


def test_the_writers_own_form_shows_every_level(articles, writer):
    """The attacks below need a form with rows at every level."""
    own = articles[0]
    client = client_for(writer)
    data = form_data(client.get(change_url(own)).content.decode(), "article_form")
    for level, pattern in ID_FIELDS.items():
        if level == "notes":
            continue  # Writers see correction notes but cannot change them
        assert [name for name in data if pattern.match(name)], level


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    level=st.sampled_from(sorted(ID_FIELDS)),
    victim_index=st.integers(min_value=1, max_value=2),
    form_choice=st.integers(min_value=0, max_value=10),
    row_choice=st.integers(min_value=0, max_value=10),
    delete=st.booleans(),
    role=st.sampled_from(["writer", "desk_editor"]),
)
def test_foreign_ids_change_nothing_anywhere(
    articles,
    writer,
    desk_editor,
    level,
    victim_index,
    form_choice,
    row_choice,
    delete,
    role,
):
    own, victim = articles[0], articles[victim_index]
    user = {"writer": writer, "desk_editor": desk_editor}[role]
    client = client_for(user)
    page = client.get(change_url(own))
    assert page.status_code == 200
    data = form_data(page.content.decode(), "article_form")
    names = sorted(name for name in data if ID_FIELDS[level].match(name))
    if not names:
        # Writers get the correction notes read-only: add a row as an Editor
        # would see it, with the foreign id.
        names = ["notes-0-id"]
        data |= {
            "notes-TOTAL_FORMS": "1",
            "notes-INITIAL_FORMS": "1",
            "notes-0-text": "HACKED",
            "notes-0-noted_at_0": "2026-01-01",
            "notes-0-noted_at_1": "00:00",
        }
    name = names[form_choice % len(names)]
    foreign = rows_of(victim, level)
    data[name] = str(foreign[row_choice % len(foreign)])
    prefix = name.removesuffix("-id")
    for field in ("heading", "body", "label", "text", "question", "answer"):
        if f"{prefix}-{field}" in data:
            data[f"{prefix}-{field}"] = "HACKED"
    if delete:
        data[f"{prefix}-DELETE"] = "on"
    before = {article.pk: snapshot(article) for article in articles}

    response = client.post(change_url(own), data)

    after = {article.pk: snapshot(article) for article in articles}
    assert after == before
    if role == "writer" and level == "notes":
        # Read-only for Writers: Django ignores what is posted for it.
        assert response.status_code == 302
    else:
        assert response.status_code == 200
        assert NOT_IN_ARTICLE in response.content.decode()


def test_an_unknown_id_is_a_form_error_not_a_new_row(articles, desk_editor):
    own = articles[0]
    client = client_for(desk_editor)
    data = form_data(client.get(change_url(own)).content.decode(), "article_form")
    data["faqs-0-id"] = "999999"
    before = snapshot(own)
    response = client.post(change_url(own), data)
    assert response.status_code == 200
    assert NOT_IN_ARTICLE in response.content.decode()
    assert snapshot(own) == before


def test_a_bullet_moved_between_sections_of_the_article_still_moves(articles, writer):
    """The scope is the article, not the section: nested-admin posts a dragged
    bullet in its new section's formset."""
    own = articles[0]
    first, second = own.sections.all()
    moved = first.bullets.first()
    client = client_for(writer)
    data = form_data(client.get(change_url(own)).content.decode(), "article_form")
    # Swap one bullet of each section: both move, neither leaves the article.
    a, b = "sections-0-bullets-0-", "sections-1-bullets-0-"
    for key in [k for k in data if k.startswith(a)]:
        other = b + key[len(a) :]
        data[key], data[other] = data[other], data[key]
    data[a + "section"], data[b + "section"] = str(first.pk), str(second.pk)
    response = client.post(change_url(own), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    moved.refresh_from_db()
    assert moved.section == second
    assert first.bullets.count() == 2 and second.bullets.count() == 2


@pytest.mark.django_db
def test_nested_admin_still_reads_posted_rows_without_scope(make_full_article):
    """Contract: ``articles.admin.formsets`` replaces nested-admin's bound
    ``get_queryset``, which looks posted ids up in the whole table. If
    nested-admin scopes them itself one day, this fails: then drop the
    replacement (and keep the foreign-id tests above)."""
    own = make_full_article(sections=1, bullets=0, faqs=1)
    foreign = make_full_article(sections=1, bullets=0, faqs=1).faqs.get()
    data = {
        "faqs-TOTAL_FORMS": "1",
        "faqs-INITIAL_FORMS": "1",
        "faqs-0-id": str(foreign.pk),
        "faqs-0-question": "Q?",
        "faqs-0-answer": "A.",
    }

    def bound(base):
        formset = inlineformset_factory(
            Article, FAQ, formset=base, fields=("question", "answer")
        )
        return formset(data, instance=own, prefix="faqs")

    assert foreign in bound(NestedInlineFormSet).get_queryset()
    ours = bound(ArticlePartFormSet)
    assert foreign not in ours.get_queryset()
    assert not ours.is_valid()
    assert NOT_IN_ARTICLE in ours.non_form_errors()
