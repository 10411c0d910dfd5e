from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from articles import caching, search
        from articles.models import Article

        # Deletes go through Django's own delete (the admin), not a service.
        post_delete.connect(search.article_deleted, sender=Article)
        # Any row a reader may see, however it is written, ends cached pages.
        for name, signal in (
            ("save", post_save),
            ("delete", post_delete),
            ("m2m", m2m_changed),
        ):
            signal.connect(caching.row_changed, dispatch_uid=f"pages-{name}")
