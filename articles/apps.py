from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from django.contrib.auth import get_user_model

        from articles import caching, roles, search
        from articles.models import Article

        post_migrate.connect(roles.apply_roles, sender=self)
        m2m_changed.connect(
            roles.role_members_are_staff, sender=get_user_model().groups.through
        )

        # Deletes go through Django's own delete (the admin), not a service.
        post_delete.connect(search.article_deleted, sender=Article)
        # Any row a reader may see, however it is written, ends cached pages.
        for name, signal in (
            ("save", post_save),
            ("delete", post_delete),
            ("m2m", m2m_changed),
        ):
            signal.connect(caching.row_changed, dispatch_uid=f"pages-{name}")
