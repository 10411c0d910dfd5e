"""Full-text search of published articles.

Every article, whatever its status, has one row in the ``articles_search``
table: its title, its standfirst, the plain text of everything else and the
names it carries (its authors, topic and tags), which a rename of one of
them re-indexes (``services.saving.articles_render``). Who
may see it is decided when searching, by ``Article.objects.published()``, so
scheduled and expired articles come and go without indexing.

SQLite (the default) uses an FTS5 table whose rowid is the article's id;
PostgreSQL a plain table whose weighted ``tsvector`` is a generated column
with a GIN index. Migration 0007_search_index creates either, 0025_search_names
adds the names; on any other database there is no index and a search finds
nothing. Searches join it as
the unmanaged model ``SQLiteSearchRow`` or ``PostgreSQLSearchRow``.
"""

import html
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher, get_close_matches

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    TextField,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Replace
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from articles.models import Article, Author, Tag, Topic

MAX_QUERY_LENGTH = 200
TABLE = "articles_search"
ID_COLUMN = {"sqlite": "rowid", "postgresql": "id"}
POSTGRES_CONFIG = "english"
# Private-use characters mark the matches in snippets. They are stripped from
# everything indexed, so after escaping they can only be the database's marks.
MARK_START, MARK_STOP = "\ue000", "\ue001"
# Stands for "<" in PostgreSQL's snippets, and becomes "&lt;" once escaped.
LESS_THAN = "\ue002"
NOT_INDEXED = str.maketrans("", "", MARK_START + MARK_STOP + LESS_THAN)
# Between the parts of the body (a heading and its paragraph, two bullets…).
PART_BREAK = "\n"
# How alike a word of the query and a name must be to suggest the name
# (difflib's ratio: 0.75 lets one letter in four be wrong).
SUGGESTION_CUTOFF = 0.75
MAX_SUGGESTIONS = 3
# Articles indexed together: bounded memory and statement size.
INDEX_BATCH = 200


def clean_query(text):
    """The user's query, normalised: no control, format or private-use
    characters, single spaces, at most ``MAX_QUERY_LENGTH`` characters."""
    kept = "".join(
        " " if char.isspace() else char
        for char in text or ""
        if char.isspace() or unicodedata.category(char)[0] != "C"
    )
    return " ".join(kept.split())[:MAX_QUERY_LENGTH].strip()


def search_articles(query, topic=None):
    """Published articles containing every word of ``query``, best first;
    those of the topic whose slug is ``topic``, if given.

    A word may be in the article's text or in the name of one of its authors,
    its topic or its tags. A title match ranks above a names match, which
    ranks with a standfirst match above a body match. Each article has
    ``standfirst_marked`` and ``body_marked``, the passages ``with_snippets``
    shows. A page of results costs two queries (the count and the page); a
    query without words finds nothing.
    """
    words = search_words(query)
    if not words or connection.vendor not in ID_COLUMN:
        return Article.objects.none()
    if connection.vendor == "sqlite":
        results = _sqlite_ranked(_sqlite_matches(words))
    else:
        results = _postgresql_ranked(_postgresql_matches(words), words)
    if topic:
        results = results.filter(topic__slug=topic)
    return results.for_result_cards().order_by("-rank", "-publish_at", "-id")


@dataclass(frozen=True)
class TopicCount:
    slug: str
    name: str
    count: int


def topics_of_matches(query):
    """``(total, topics)``: how many published articles match ``query``, and
    the topics among them as ``TopicCount``, the most matches first. One
    query, none for a query without words."""
    words = search_words(query)
    if not words or connection.vendor not in ID_COLUMN:
        return 0, []
    if connection.vendor == "sqlite":
        matches = _sqlite_matches(words)
    else:
        matches = _postgresql_matches(words)
    groups = (
        matches.values("topic__slug", "topic__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "topic__name")
    )
    topics, total = [], 0
    for group in groups:
        total += group["count"]
        if group["topic__slug"] is not None:
            topics.append(
                TopicCount(group["topic__slug"], group["topic__name"], group["count"])
            )
    return total, topics


def search_words(query):
    """The words of a cleaned query: a search needs every one of them."""
    return [word for word in query.split() if any(c.isalnum() for c in word)]


def with_snippets(results):
    """``results`` of ``search_articles`` (a page of them), as a list in which
    each article has ``snippet``: safe HTML, a passage of its text escaped,
    with the matched words in ``<mark>``."""
    results = list(results)
    for article in results:
        article.snippet = snippet_html(article.standfirst_marked, article.body_marked)
    return results


def _sqlite_matches(words):
    # Each word is a quoted FTS5 string, so AND, OR, NEAR, *, ^, column names
    # and brackets are plain text; side by side, every word is required.
    match = sqlite_match(words)
    # "Published" is checked in a subquery, one match at a time, to keep the
    # full-text scan the outer loop: offered the listing index next to the
    # join on the rowid, SQLite walks the published articles and runs the
    # whole MATCH once for each of them (seconds for a common word). The
    # plan is checked in tests/db/test_search.py.
    published = Article.objects.published().filter(pk=OuterRef("pk"))
    return (
        # The join to the index, whose alias in the query is its table's name.
        Article.objects.filter(sqlite_search_row__isnull=False)
        .filter(Exists(published))
        .filter(RawSQL(f"{TABLE} MATCH %s", [match], output_field=BooleanField()))
    )


def _sqlite_ranked(matches):
    return matches.annotate(
        # bm25 is lower for better matches; weights title, standfirst, body,
        # names.
        rank=RawSQL(f"-bm25({TABLE}, 10.0, 4.0, 1.0, 5.0)", [], FloatField()),
        standfirst_marked=RawSQL(
            f"highlight({TABLE}, 1, %s, %s)", [MARK_START, MARK_STOP], TextField()
        ),
        body_marked=RawSQL(
            f"snippet({TABLE}, 2, %s, %s, '…', 40)",
            [MARK_START, MARK_STOP],
            TextField(),
        ),
    )


def sqlite_match(words):
    """The FTS5 query that requires every one of ``words``."""
    return " ".join('"{}"'.format(word.replace('"', '""')) for word in words)


def postgresql_query(words):
    return SearchQuery(" ".join(words), config=POSTGRES_CONFIG, search_type="plain")


def postgresql_headline(text, query, **options):
    """``text`` (an expression) with the matches of ``query`` marked."""
    # ts_headline drops whatever looks like markup ("<b>"): hide the "<".
    return SearchHeadline(
        Replace(text, Value("<"), Value(LESS_THAN)),
        query,
        config=POSTGRES_CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        short_word=0,
        **options,
    )


def _postgresql_matches(words):
    return Article.objects.published().filter(
        postgresql_search_row__vector=postgresql_query(words)
    )


def _postgresql_ranked(matches, words):
    query = postgresql_query(words)

    def headline(column, **options):
        text = F(f"postgresql_search_row__{column}")
        return postgresql_headline(text, query, **options)

    return matches.annotate(
        # Weights A, B, C: title; standfirst and names; body.
        rank=SearchRank(F("postgresql_search_row__vector"), query),
        standfirst_marked=headline("standfirst", highlight_all=True),
        body_marked=headline("body", max_words=40, min_words=20, max_fragments=1),
    )


def snippet_html(standfirst, body):
    """The passage to show: the body's if it matched, else the standfirst.

    Both come with their matches between ``MARK_START`` and ``MARK_STOP``. The
    text is escaped first; only then do the marks become ``<mark>`` elements.
    """
    text = body if MARK_START in body or not standfirst else standfirst
    escaped = escape(text).replace(LESS_THAN, "&lt;")
    parts = (" ".join(part.split()) for part in escaped.split(PART_BREAK))
    passage = " · ".join(part for part in parts if part)
    return mark_safe(
        passage.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    )


def index_article(article, loaded=None):
    """(Re)index ``article`` from its saved parts, whatever its status;
    ``loaded`` is it with its sections, bullets and FAQ already prefetched."""
    if loaded is not None:
        reindex([loaded])
        return
    reindex(Article.objects.filter(pk=article.pk))


def reindex(articles, using=DEFAULT_DB_ALIAS):
    """Index each of ``articles``: a QuerySet, or a list of articles read
    with their sections' bullets, FAQ, topic, authors and tags (as
    ``Article.objects.for_rendering()`` reads them). Two queries a list, or
    a batch of a QuerySet."""
    vendor = connections[using].vendor
    if vendor not in ID_COLUMN:
        return
    if isinstance(articles, list):
        _write_rows(articles, connections[using])
        return
    articles = articles.select_related("topic").prefetch_related(
        "sections__bullets", "faqs", "authors", "tags"
    )
    batch = []
    for article in articles.iterator(INDEX_BATCH):
        batch.append(article)
        if len(batch) == INDEX_BATCH:
            _write_rows(batch, connections[using])
            batch = []
    _write_rows(batch, connections[using])


def _write_rows(articles, connection):
    if not articles:
        return
    id_column = ID_COLUMN[connection.vendor]
    with connection.cursor() as cursor:
        ids = [article.pk for article in articles]
        cursor.execute(
            f"DELETE FROM {TABLE} WHERE {id_column} IN "
            f"({', '.join(['%s'] * len(ids))})",
            ids,
        )
        cursor.executemany(
            f"INSERT INTO {TABLE} ({id_column}, title, standfirst, body, names) "
            "VALUES (%s, %s, %s, %s, %s)",
            [[article.pk, *indexed_text(article)] for article in articles],
        )


def indexed_text(article):
    """``(title, standfirst, body, names)`` as plain text; the body is every
    other part, in page order, one part a line; the names are those of its
    authors, topic and tags, one a line."""
    parts = [plain(article.lead_html)]
    for section in article.sections.all():
        parts += [section.heading, plain(section.body_html)]
        for bullet in section.bullets.all():
            text = plain(bullet.text_html)
            parts.append(f"{bullet.label}: {text}" if bullet.label else text)
        parts.append(plain(section.body_after_list_html))
    for faq in article.faqs.all():
        parts += [faq.question, plain(faq.answer_html)]
    parts.append(plain(article.closing_html))
    body = PART_BREAK.join(" ".join(part.split()) for part in parts if part.strip())
    names = [author.display_name for author in article.authors.all()]
    names += [article.topic.name] if article.topic else []
    names += [tag.name for tag in article.tags.all()]
    return tuple(
        text.translate(NOT_INDEXED)
        for text in (article.title, article.standfirst, body, PART_BREAK.join(names))
    )


def plain(fragment):
    """The text of a stored, sanitised HTML fragment."""
    return html.unescape(strip_tags(fragment))


def article_deleted(sender, instance, using, **kwargs):
    """``post_delete`` receiver: the deleted article leaves the index."""
    vendor = connections[using].vendor
    if vendor in ID_COLUMN:
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE {ID_COLUMN[vendor]} = %s", [instance.pk]
            )


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
