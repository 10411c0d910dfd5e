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
from collections import Counter
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import (
    BooleanField,
    Exists,
    F,
    FloatField,
    OuterRef,
    TextField,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Replace
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from articles.models import Article

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


# A search ranks the newest matches only, at most this many: a common word
# is read through the index no further than that, newest first, so its cost
# does not grow with the archive (issue 18). Older matches need more words.
RANKED_MATCHES = 200


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

    def headline(column, **options):
        text = F(f"postgresql_search_row__{column}")
        return postgresql_headline(text, query, **options)

    return {
        "standfirst_marked": headline("standfirst", highlight_all=True),
        "body_marked": headline("body", max_words=40, min_words=20, max_fragments=1),
    }


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
