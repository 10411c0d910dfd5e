"""The app's models, one module per kind; every model is importable from
here (``from articles.models import Article``)."""

import reversion

from articles.models.article import Article, ArticleQuerySet
from articles.models.editorial import (
    CorrectionNote,
    EditCounter,
    EditorialComment,
    PreviewLink,
    SlugRedirect,
)
from articles.models.embeds import Embed
from articles.models.images import Image, ImageQuerySet, Rendition
from articles.models.labels import Author, Tag, Topic
from articles.models.notifications import (
    Notification,
    NotificationPreference,
    NotificationQuerySet,
)
from articles.models.parts import FAQ, Bullet, Section
from articles.models.purges import PurgeRequest, PurgeRequestQuerySet
from articles.models.search import PostgreSQLSearchRow, SQLiteSearchRow
from articles.models.webhooks import (
    WebhookDelivery,
    WebhookDeliveryQuerySet,
    WebhookEndpoint,
    WebhookEvent,
    WebhookEventKind,
)

__all__ = [
    "FAQ",
    "Article",
    "ArticleQuerySet",
    "Author",
    "Bullet",
    "CorrectionNote",
    "EditCounter",
    "EditorialComment",
    "Embed",
    "Image",
    "ImageQuerySet",
    "Notification",
    "NotificationPreference",
    "NotificationQuerySet",
    "PostgreSQLSearchRow",
    "PreviewLink",
    "PurgeRequest",
    "PurgeRequestQuerySet",
    "Rendition",
    "SQLiteSearchRow",
    "Section",
    "SlugRedirect",
    "Tag",
    "Topic",
    "WebhookDelivery",
    "WebhookDeliveryQuerySet",
    "WebhookEndpoint",
    "WebhookEvent",
    "WebhookEventKind",
]

# Revisions hold the whole article: its sections with their bullet points, and
# its FAQ. The edit counter, notes and preview links stay out on purpose.
reversion.register(Section, follow=("bullets",))
reversion.register(Bullet)
reversion.register(FAQ)
reversion.register(Article, follow=("sections", "faqs"))
