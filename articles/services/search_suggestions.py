"""What a reader may have meant when a search finds nothing: the topics,
tags and authors whose names come closest to the words searched."""

from dataclasses import dataclass
from difflib import SequenceMatcher, get_close_matches

from django.db.models import CharField, Exists, F, OuterRef, Value
from django.urls import reverse

from articles.models import Article, Author, Tag, Topic
from articles.services.search import search_words

# How alike a word of the query and a name must be to suggest the name
# (difflib's ratio: 0.75 lets one letter in four be wrong).
SUGGESTION_CUTOFF = 0.75
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Suggestion:
    """A topic, tag or author a reader may have meant."""

    kind: str
    name: str
    url: str


def suggest_labels(query):
    """The topics, tags and authors with published articles whose names come
    closest to ``query`` (or to one of its words), the closest first; at
    most ``MAX_SUGGESTIONS``. One query, none for a query without words."""
    words = [word.casefold() for word in search_words(query) if len(word) > 2]
    if not words:
        return []
    by_key = {}
    for kind, name, slug in _labels_with_published_articles():
        label = Suggestion(kind, name, reverse(f"articles:{kind}", args=[slug]))
        for key in {name.casefold(), *name.casefold().split()}:
            by_key.setdefault(key, set()).add(label)
    scores = {}
    # Five words are enough to see what was meant, and bound the work.
    for word in [" ".join(words), *words[:5]]:
        for key in get_close_matches(word, by_key, n=5, cutoff=SUGGESTION_CUTOFF):
            score = SequenceMatcher(None, word, key).ratio()
            for label in by_key[key]:
                scores[label] = max(scores.get(label, 0), score)
    closest = sorted(scores, key=lambda label: (-scores[label], label.name))
    return closest[:MAX_SUGGESTIONS]


def _labels_with_published_articles():
    """``(kind, name, slug)`` of every topic, tag and author that readers can
    find articles of, in one query."""
    published = Article.objects.published()

    def labels(model, kind, name, lookup):
        carried = published.filter(**{lookup: OuterRef("pk")})
        return (
            model.objects.filter(Exists(carried))
            .annotate(kind=Value(kind, CharField()), label_name=F(name))
            .order_by()
            .values_list("kind", "label_name", "slug")
        )

    return labels(Topic, "topic", "name", "topic").union(
        labels(Tag, "tag", "name", "tags"),
        labels(Author, "author", "display_name", "authors"),
    )
