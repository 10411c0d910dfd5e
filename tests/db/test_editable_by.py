"""``ArticleQuerySet.editable_by`` is ``can_edit`` as a query: for every role
and every status, the same articles."""

import pytest

from articles.models import Article, Author
from articles.services.workflow import can_edit


@pytest.mark.parametrize("role", ["writer", "desk_editor", "editor", "viewer"])
def test_editable_by_agrees_with_can_edit(request, make_article, make_user, role):
    user = make_user("vic") if role == "viewer" else request.getfixturevalue(role)
    other = make_user("walt", "Writers")
    byline = Author.objects.create(display_name="Wendy", slug="wendy", user=user)
    articles = []
    for status in Article.Status.values:
        articles += [
            make_article(status=status, created_by=user),
            make_article(status=status, created_by=other),
            make_article(status=status, created_by=None),
        ]
        articles[-1].authors.add(byline)  # bylined to the user, made by nobody

    editable = set(Article.objects.editable_by(user))

    assert editable == {a for a in articles if can_edit(user, a)}
    if role == "writer":
        assert len(editable) == 4  # own and bylined drafts and reviews
