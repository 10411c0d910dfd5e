"""The desk's list of what a user may change agrees with the permission the
change page asks (``can_edit``), for every role, owner and state."""

import pytest

from articles.models import Article, Author
from articles.services.workflow import can_edit


@pytest.mark.parametrize("role", ["writer", "desk_editor", "editor"])
def test_editable_by_agrees_with_can_edit(request, role, make_user, make_article):
    user = request.getfixturevalue(role)
    other = make_user("olga", "Writers")
    signed, _ = Author.objects.get_or_create(
        slug="signed", defaults={"display_name": "Signed", "user": user}
    )
    for status in Article.Status.values:
        make_article(status=status, created_by=user)
        make_article(status=status, created_by=other)
        make_article(status=status, created_by=other).authors.add(signed)
        make_article(status=status, created_by=None)

    editable = set(Article.objects.editable_by(user))
    assert editable == {a for a in Article.objects.all() if can_edit(user, a)}
    assert editable  # every role changes something
