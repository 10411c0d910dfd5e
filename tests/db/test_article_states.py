"""The states the article list filters by (issue 15): each is a method of
``ArticleQuerySet``, "Published" is ``published()`` itself, and every article
is in exactly one state, whatever its status and dates."""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article

STATES = ("drafts", "in_review", "scheduled", "published", "expired", "unpublished")
PAST, FUTURE = timedelta(days=-2), timedelta(days=2)
# (status, publish_at, unpublish_at) relative to now, and the state expected.
TRUTH_TABLE = [
    ("draft", None, None, "drafts"),
    ("draft", FUTURE, None, "drafts"),
    ("draft", PAST, PAST, "drafts"),
    ("review", None, None, "in_review"),
    ("review", PAST, FUTURE, "in_review"),
    ("published", FUTURE, None, "scheduled"),
    ("published", FUTURE, FUTURE * 2, "scheduled"),
    ("published", PAST, None, "published"),
    ("published", PAST, FUTURE, "published"),
    ("published", PAST * 2, PAST, "expired"),
    ("unpublished", PAST, None, "unpublished"),
    ("unpublished", PAST * 2, PAST, "unpublished"),
    ("unpublished", FUTURE, None, "unpublished"),
]


@pytest.fixture
def articles(db):
    now = timezone.now()
    made = {}
    for n, (status, publish, unpublish, state) in enumerate(TRUTH_TABLE):
        article = Article.objects.create(
            title=f"{status} {n}",
            slug=f"article-{n}",
            status=status,
            publish_at=now + publish if publish is not None else None,
            unpublish_at=now + unpublish if unpublish is not None else None,
        )
        made[article.pk] = state
    return made


def test_each_article_is_in_the_state_its_status_and_dates_say(articles):
    found = {
        state: set(getattr(Article.objects, state)().values_list("pk", flat=True))
        for state in STATES
    }
    for pk, expected in articles.items():
        assert [state for state in STATES if pk in found[state]] == [expected], (
            Article.objects.get(pk=pk).title
        )


def test_states_do_not_overlap_and_cover_every_article(articles):
    counts = [getattr(Article.objects, state)().count() for state in STATES]
    assert sum(counts) == Article.objects.count() == len(TRUTH_TABLE)
    for one, other in itertools.combinations(STATES, 2):
        both = getattr(Article.objects, one)() & getattr(Article.objects, other)()
        assert not both.exists(), (one, other)


def test_published_agrees_with_is_live_and_scheduled_with_is_scheduled(articles):
    for article in Article.objects.all():
        live = Article.objects.published().filter(pk=article.pk).exists()
        scheduled = Article.objects.scheduled().filter(pk=article.pk).exists()
        assert live == article.is_live(), article.title
        assert scheduled == article.is_scheduled(), article.title


def test_states_narrow_an_already_filtered_queryset(articles):
    """As the list's filter does: after a search or another filter."""
    published = Article.objects.filter(title__startswith="published")
    assert published.expired().count() == 1
    assert published.scheduled().count() == 2
    assert published.drafts().count() == 0
