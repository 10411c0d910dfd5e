"""The rows of the search index, read only as unmanaged models."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from articles.models.article import Article


class SQLiteSearchRow(models.Model):
    """An article's row in the search index on SQLite: the FTS5 table whose
    rowid is the article's id (migration 0032_search_index_lean), its text
    read from the article's own row, kept by triggers. Read only, by
    ``articles.services.search``."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        related_name="sqlite_search_row",
    )
    title = models.TextField()
    standfirst = models.TextField()
    body = models.TextField()
    names = models.TextField()

    class Meta:
        managed = False
        db_table = "articles_search"
        default_permissions = ()


class PostgreSQLSearchRow(models.Model):
    """An article's row in the search index on PostgreSQL: only its weighted
    ``vector``, with a GIN index (migration 0032_search_index_lean). Read
    only, by ``articles.services.search``, which also writes it."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="id",
        related_name="postgresql_search_row",
    )
    vector = SearchVectorField()

    class Meta:
        managed = False
        db_table = "articles_search"
        default_permissions = ()
