"""Every write that spans models or outlives a request, in one transaction.

``documents``: a ``Document`` into models and back; ``saving``: save, render
again, delete; ``editing``: edit tokens and conflicts; ``workflow``: status
changes and who may make them; ``revisions``: restore and compare;
``images``: the media library's files; ``search``: the search index.

The documents, saving and editing API is importable from here too
(``from articles.services import article_saved``); ``workflow``,
``revisions``, ``images`` and ``search`` are imported from their modules.
"""

from articles.services.documents import (
    article_create_from_document,
    author_for_user,
    document_from_article,
    document_from_parts,
    document_summary,
    new_labels,
    row_problems,
    unique_slug,
    validate_document,
)
from articles.services.editing import (
    EditConflict,
    check_edit_token,
    edit_token,
    lock_and_check_edit_token,
)
from articles.services.saving import (
    article_note_corrections,
    article_saved,
    article_slug_changed,
    articles_delete,
    articles_render,
    label_saved,
    labels_delete,
)

__all__ = [
    "EditConflict",
    "article_create_from_document",
    "article_note_corrections",
    "article_saved",
    "article_slug_changed",
    "articles_delete",
    "articles_render",
    "author_for_user",
    "check_edit_token",
    "document_from_article",
    "document_from_parts",
    "document_summary",
    "edit_token",
    "label_saved",
    "labels_delete",
    "lock_and_check_edit_token",
    "new_labels",
    "row_problems",
    "unique_slug",
    "validate_document",
]
