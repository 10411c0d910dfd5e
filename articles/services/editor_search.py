"""The article list's search: every article, drafts included, found through
the readers' index (``articles.services.search``), which holds every article
whatever its status.

Unlike the readers' search, this one narrows any QuerySet (the admin list's,
with its filters) and reads the index only in a subquery. Like the readers'
search, it reads only the newest matches through the index
(``EDITOR_MATCHES``), so a common word costs the same however large the
archive. The passages shown are read afterwards, for the page's articles
only, in one query (``matched_passages``).
"""

from django.db import connection
from django.db.models import BooleanField, F, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat

from articles.models import PostgreSQLSearchRow, SQLiteSearchRow
from articles.services import search

# Words either side of the matches in the passage shown.
PASSAGE_WORDS = 24
# The newest matches the list narrows to: five pages of the list's hundred.
EDITOR_MATCHES = 500


def find_articles(articles, query):
    """Those of ``articles`` among the newest ``EDITOR_MATCHES`` whose index
    entry (title, standfirst, body, bullets, FAQ, and the names of their
    authors, topic and tags) holds every word of ``query``."""
    words = search.search_words(query)
    if not words or connection.vendor not in search.ID_COLUMN:
        return articles.none()
    if connection.vendor == "sqlite":
        rows = _sqlite_rows(search.sqlite_match(words))
    else:
        rows = PostgreSQLSearchRow.objects.filter(vector=search.postgresql_query(words))
    newest = rows.order_by("-pk").values("pk")[:EDITOR_MATCHES]
    return articles.filter(pk__in=newest)


def matched_passages(ids, query):
    """``{id: passage}`` for those of the articles of ``ids`` whose text, not
    only the names they carry, holds every word of ``query``: the passage
    that matched, its words between ``search.MARK_START`` and
    ``search.MARK_STOP``; ``search.snippet_html`` turns it into HTML.

    One query, over the index's rows of ``ids`` only: the passage of each
    article shown, not of every match (none for no ``ids``)."""
    words = search.search_words(query)
    if not ids or not words or connection.vendor not in search.ID_COLUMN:
        return {}
    rows = _rows_with_passage(words)
    if connection.vendor == "sqlite":
        # The page's ids through FTS5 would be looked up one by one in every
        # segment of the index, which grows with it; their range is read in
        # one pass (at most EDITOR_MATCHES matches), and the ids filtered as
        # an expression FTS5 is not offered.
        rows = rows.filter(pk__gte=min(ids), pk__lte=max(ids))
        rows = rows.alias(row_id=F("pk") + 0).filter(row_id__in=ids)
    else:
        rows = rows.filter(pk__in=ids)
    return {
        pk: marked
        for pk, marked in rows.values_list("pk", "marked")
        if marked and search.MARK_START in marked
    }


def _sqlite_rows(match):
    # In a subquery the index's table has another alias, but FTS5 names its
    # hidden column after the table: unqualified, it still resolves.
    return SQLiteSearchRow.objects.filter(
        RawSQL(f"{search.TABLE} MATCH %s", [match], output_field=BooleanField())
    )


def _rows_with_passage(words):
    """The index's rows that match ``words``, each with ``marked``: the
    passage of its text (title, standfirst, body) that matched, which holds
    no mark when only a name did."""
    if connection.vendor == "sqlite":
        # The text's columns only: a row matched by a name has no passage.
        in_text = f"{{title standfirst body}} : ({search.sqlite_match(words)})"
        # Column -1: the passage of whichever column matched best.
        passage = RawSQL(
            f"snippet({search.TABLE}, -1, %s, %s, '…', {PASSAGE_WORDS})",
            [search.MARK_START, search.MARK_STOP],
            TextField(),
        )
        return _sqlite_rows(in_text).annotate(marked=passage)
    query = search.postgresql_query(words)
    brk = Value(search.PART_BREAK)
    text = Concat(
        search.postgresql_text(F("article__title")),
        brk,
        search.postgresql_text(F("article__standfirst")),
        brk,
        search.postgresql_body_text("article__"),
        output_field=TextField(),
    )
    passage = search.postgresql_headline(
        text, query, max_words=PASSAGE_WORDS, min_words=12, max_fragments=1
    )
    return PostgreSQLSearchRow.objects.filter(vector=query).annotate(marked=passage)
