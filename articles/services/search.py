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

import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.backends.signals import connection_created
from django.db.models import (
    BooleanField,
    Exists,
    F,
    FloatField,
    Func,
    OuterRef,
    TextField,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat, Replace
from django.db.models.signals import post_migrate
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.models import Article
from articles.services import search_text

MAX_QUERY_LENGTH = 200
TABLE = "articles_search"
ID_COLUMN = {"sqlite": "rowid", "postgresql": "id"}
POSTGRES_CONFIG = "english"
MARK_START, MARK_STOP = search_text.MARK_START, search_text.MARK_STOP
LESS_THAN, PART_BREAK = search_text.LESS_THAN, search_text.PART_BREAK
# Articles indexed together: bounded memory and statement size.
INDEX_BATCH = 200
# The stored fields the index is read from.
STORED_TEXT = search_text.STORED_COLUMNS
# PostgreSQL's weights of title, standfirst, body, names (SQLite's are in
# its bm25 call).
WEIGHTS = ("A", "B", "C", "B")

# The SQL functions SQLite's index calls, on every connection; its triggers
# after every migration.
connection_created.connect(search_text.register_sqlite_functions)
post_migrate.connect(search_text.ensure_sqlite_triggers)


def clean_query(text):
    """The user's query, normalised: no control, format or private-use
    characters, single spaces, at most ``MAX_QUERY_LENGTH`` characters."""
    kept = "".join(
        " " if char.isspace() else char
        for char in text or ""
        if char.isspace() or unicodedata.category(char)[0] != "C"
    )
    return " ".join(kept.split())[:MAX_QUERY_LENGTH].strip()


# A search ranks the newest matches only, at most this many: a common word
# is read through the index no further than that, newest first, so its cost
# does not grow with the archive (issue 18). Older matches need more words.
# Five pages of results: on PostgreSQL, finding the newest matches of a word
# in one article of fifty reads fifty index rows for each (its GIN index
# has no order), so this number is most of a search's cost there.
RANKED_MATCHES = 100


@dataclass(frozen=True)
class TopicCount:
    slug: str
    name: str
    count: int
    pk: int


@dataclass(frozen=True)
class Matches:
    """What a search found. ``ids``: the ranked matches, best first, of the
    ``topic`` chosen if any; ``is_capped``: it has more, older matches, not
    ranked. ``total``: the ranked matches of all topics, ``total_is_capped``
    if there are more; ``topics``: their topics, counted among them, the
    most first."""

    ids: list
    is_capped: bool
    topics: list
    total: int
    total_is_capped: bool
    topic: TopicCount | None = None


def find_matches(query, topic=""):
    """The published articles containing every word of ``query``: the
    newest ``RANKED_MATCHES`` of them, best first; of the topic whose slug
    is ``topic`` if the matches have it (an old link narrows nothing).

    A word may be in the article's text or in the name of one of its authors,
    its topic or its tags. A title match ranks above a names match, which
    ranks with a standfirst match above a body match; equal matches newest
    first. One query, two with a topic, none for a query without words.
    """
    words = search_words(query)
    if not words or connection.vendor not in ID_COLUMN:
        return Matches([], False, [], 0, False)
    rows = _newest_matches(words)
    total_is_capped = len(rows) > RANKED_MATCHES
    rows = rows[:RANKED_MATCHES]
    total, topics = len(rows), _topics_of(rows)
    chosen = next((t for t in topics if t.slug == topic), None)
    is_capped = total_is_capped
    if chosen is not None:
        rows = _newest_matches(words, topic_id=chosen.pk)
        is_capped = len(rows) > RANKED_MATCHES
        rows = rows[:RANKED_MATCHES]
    ranked = sorted(rows, key=lambda row: (-row[1], -row[2].timestamp(), -row[0]))
    return Matches(
        [row[0] for row in ranked], is_capped, topics, total, total_is_capped, chosen
    )


def _newest_matches(words, topic_id=None):
    """``(id, rank, publish_at, topic id, slug, name)`` of the newest
    matches, newest first: one more than are ranked, to tell if there are."""
    if connection.vendor == "sqlite":
        matches = _sqlite_matches(words, topic_id).annotate(rank=_sqlite_rank())
        # The index's own order (its rowid is the article's id), read
        # backwards: the newest matches without sorting them all.
        newest_first = "-sqlite_search_row"
    else:
        query = postgresql_query(words)
        matches = _postgresql_matches(words, topic_id).annotate(
            # Weights A, B, C: title; standfirst and names; body.
            rank=SearchRank(F("postgresql_search_row__vector"), query)
        )
        newest_first = "-pk"
    return list(
        matches.order_by(newest_first).values_list(
            "pk", "rank", "publish_at", "topic", "topic__slug", "topic__name"
        )[: RANKED_MATCHES + 1]
    )


def _topics_of(rows):
    counts = Counter(row[3:] for row in rows if row[3] is not None)
    return [
        TopicCount(slug, name, count, pk)
        for (pk, slug, name), count in sorted(
            counts.items(), key=lambda item: (-item[1], item[0][2])
        )
    ]


def search_results(query, ids):
    """The articles of ``ids`` (matches of ``query``), in that order, each
    with ``snippet``: safe HTML, a passage of its text escaped, with the
    matched words in ``<mark>``. One query."""
    words = search_words(query)
    if not ids or not words:
        return []
    if connection.vendor == "sqlite":
        # The index's rowids too: FTS5 then looks each of them up, where it
        # would otherwise read every match of the words.
        articles = _sqlite_matches(words).filter(sqlite_search_row__in=ids)
        articles = articles.annotate(**_sqlite_passages())
    else:
        articles = _postgresql_matches(words).annotate(**_postgresql_passages(words))
    by_id = {a.pk: a for a in articles.filter(pk__in=ids).for_result_cards()}
    results = [by_id[pk] for pk in ids if pk in by_id]
    for article in results:
        article.snippet = snippet_html(article.standfirst_marked, article.body_marked)
    return results


def search_articles(query, topic=""):
    """The ranked matches of ``query`` as ``search_results`` gives them."""
    return search_results(query, find_matches(query, topic).ids)


def search_words(query):
    """The words of a cleaned query: a search needs every one of them."""
    return [word for word in query.split() if any(c.isalnum() for c in word)]


def _sqlite_matches(words, topic_id=None):
    # Each word is a quoted FTS5 string, so AND, OR, NEAR, *, ^, column names
    # and brackets are plain text; side by side, every word is required.
    match = sqlite_match(words)
    # "Published" is checked in a subquery, one match at a time, to keep the
    # full-text scan the outer loop: offered the listing index next to the
    # join on the rowid, SQLite walks the published articles and runs the
    # whole MATCH once for each of them (seconds for a common word). The
    # plan is checked in tests/db/test_search_plans.py. The topic too, or
    # SQLite walks the topic's articles.
    published = Article.objects.published().filter(pk=OuterRef("pk"))
    if topic_id is not None:
        published = published.filter(topic_id=topic_id)
    return (
        # The join to the index, whose alias in the query is its table's name.
        Article.objects.filter(sqlite_search_row__isnull=False)
        .filter(Exists(published))
        .filter(RawSQL(f"{TABLE} MATCH %s", [match], output_field=BooleanField()))
    )


def _sqlite_rank():
    # bm25 is lower for better matches; weights title, standfirst, body,
    # names.
    return RawSQL(f"-bm25({TABLE}, 10.0, 4.0, 1.0, 5.0)", [], FloatField())


def _sqlite_passages():
    return {
        "standfirst_marked": RawSQL(
            f"highlight({TABLE}, 1, %s, %s)", [MARK_START, MARK_STOP], TextField()
        ),
        "body_marked": RawSQL(
            f"snippet({TABLE}, 2, %s, %s, '…', 40)",
            [MARK_START, MARK_STOP],
            TextField(),
        ),
    }


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


def _postgresql_matches(words, topic_id=None):
    matches = Article.objects.published().filter(
        postgresql_search_row__vector=postgresql_query(words)
    )
    return matches if topic_id is None else matches.filter(topic_id=topic_id)


def _postgresql_passages(words):
    query = postgresql_query(words)
    return {
        "standfirst_marked": postgresql_headline(
            postgresql_text(F("standfirst")), query, highlight_all=True
        ),
        "body_marked": postgresql_headline(
            postgresql_body_text(), query, max_words=40, min_words=20, max_fragments=1
        ),
    }


def postgresql_text(text):
    """``text`` (an expression) without the characters never indexed."""
    return Func(
        text,
        Value(MARK_START + MARK_STOP + LESS_THAN),
        Value(""),
        function="translate",
        output_field=TextField(),
    )


def postgresql_body_text(relation=""):
    """An expression: the stored lead and body (of the article ``relation``
    leads to, such as ``"article__"``) as ``search_text.body_text`` reads
    them, by the SQL function of that name (on PostgreSQL, migration
    0035_postgresql_search_body; on SQLite, the app's)."""
    stored = Concat(
        F(f"{relation}lead_html"), F(f"{relation}body_html"), output_field=TextField()
    )
    return Func(stored, function="articles_search_body", output_field=TextField())


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
    """(Re)index ``article`` from its stored parts, whatever its status.
    On SQLite the index's triggers already did, when the row was written."""
    reindex([loaded or article])


def reindex(articles, using=DEFAULT_DB_ALIAS):
    """Index each of ``articles`` (a QuerySet or a list) again from its
    stored title, standfirst, body and page data. On SQLite nothing to do:
    the index's triggers follow every write to the article table."""
    if connections[using].vendor != "postgresql":
        return
    if not isinstance(articles, list):
        articles = articles.only(*STORED_TEXT).iterator(INDEX_BATCH)
    batch = []
    for article in articles:
        batch.append(article)
        if len(batch) == INDEX_BATCH:
            _write_postgresql_rows(batch, connections[using])
            batch = []
    _write_postgresql_rows(batch, connections[using])


def _write_postgresql_rows(articles, connection):
    if not articles:
        return
    vector = " || ".join(
        f"setweight(to_tsvector('{POSTGRES_CONFIG}'::regconfig, "
        f"replace(%s, '<', ' ')), '{weight}')"
        for weight in WEIGHTS
    )
    with connection.cursor() as cursor:
        ids = [article.pk for article in articles]
        cursor.execute(
            f"DELETE FROM {TABLE} WHERE id IN ({', '.join(['%s'] * len(ids))})", ids
        )
        cursor.executemany(
            f"INSERT INTO {TABLE} (id, vector) VALUES (%s, {vector})",
            [[article.pk, *search_text.indexed_text(article)] for article in articles],
        )


def article_deleted(sender, instance, using, **kwargs):
    """``post_delete`` receiver: the deleted article leaves the index (on
    SQLite its trigger did)."""
    if connections[using].vendor == "postgresql":
        with connections[using].cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE id = %s", [instance.pk])
