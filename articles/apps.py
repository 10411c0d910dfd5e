from django.apps import AppConfig
from django.db.models.signals import post_delete


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from articles import search
        from articles.models import Article

        # Deletes go through Django's own delete (the admin), not a service.
        post_delete.connect(search.article_deleted, sender=Article)
