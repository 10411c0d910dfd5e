"""The article list's search: every article, drafts included, found through
the readers' index (``articles.services.search``), which holds every article
whatever its status.

Unlike the readers' search, this one narrows any QuerySet (the admin list's,
with its filters) and reads the index only in subqueries, so it adds no query
to the page that shows it. Like the readers' search, it reads only the
newest matches through the index (``EDITOR_MATCHES``), so a common word
costs the same however large the archive.
"""

from django.db import connection
from django.db.models import (
    BooleanField,
    F,
    OuterRef,
    Subquery,
    TextField,
    Value,
)
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
    authors, topic and tags) holds every word of ``query``. Each has
    ``match_marked``: the passage of its text that matched, its words between
    ``search.MARK_START`` and ``search.MARK_STOP`` (None when only a name
    matched); ``search.snippet_html`` turns it into HTML."""
    words = search.search_words(query)
    if not words or connection.vendor not in search.ID_COLUMN:
        return articles.none()
    rows, text_rows, passage = _matching_rows_and_passage(words)
    newest = rows.order_by("-pk").values("pk")[:EDITOR_MATCHES]
    marked = text_rows.filter(article=OuterRef("pk")).annotate(marked=passage)
    return articles.filter(pk__in=newest).annotate(
        match_marked=Subquery(marked.values("marked")[:1])
    )


def _matching_rows_and_passage(words):
    """The index's rows that match ``words``; those whose text matches them
    (not only the names the article carries, which the list shows as its
    byline); and the passage to show of such a row."""
    if connection.vendor == "sqlite":
        # In a subquery the index's table has another alias, but FTS5 names
        # its hidden column after the table: unqualified, it still resolves.
        match = search.sqlite_match(words)
        rows = SQLiteSearchRow.objects.filter(
            RawSQL(f"{search.TABLE} MATCH %s", [match], output_field=BooleanField())
        )
        in_text = f"{{title standfirst body}} : ({match})"
        text_rows = SQLiteSearchRow.objects.filter(
            RawSQL(f"{search.TABLE} MATCH %s", [in_text], output_field=BooleanField())
        )
        # Column -1: the passage of whichever column matched best.
        passage = RawSQL(
            f"snippet({search.TABLE}, -1, %s, %s, '…', {PASSAGE_WORDS})",
            [search.MARK_START, search.MARK_STOP],
            TextField(),
        )
        return rows, text_rows, passage
    query = search.postgresql_query(words)
    rows = PostgreSQLSearchRow.objects.filter(vector=query)
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
    text_rows = rows.alias(text_marked=passage).filter(
        text_marked__contains=search.MARK_START
    )
    return rows, text_rows, passage
