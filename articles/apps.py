from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, pre_delete


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from django.contrib.auth import get_user_model

        from articles import roles
        from articles.models import Article, Image
        from articles.services import images, search

        post_migrate.connect(roles.apply_roles, sender=self)
        m2m_changed.connect(
            roles.role_members_are_staff, sender=get_user_model().groups.through
        )

        # Whatever deletes an article, it leaves the search index.
        post_delete.connect(search.article_deleted, sender=Article)
        # Whatever deletes an image, its files go once the delete commits.
        pre_delete.connect(images.delete_image_files, sender=Image)
