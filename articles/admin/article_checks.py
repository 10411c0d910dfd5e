"""The change page's editorial checks, kept up to date as the editor types:
live-checks.js posts the change form here and swaps in the panel this
answers. The rules stay in ``articles.checks``."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from articles.admin.article_views import (
    ArticlePageMixin,
    image_fields_without_alt_text,
)
from articles.checks import editorial_checks


class ArticleChecksMixin(ArticlePageMixin):
    def get_urls(self):
        return [
            path(
                "checks/",
                self.admin_site.admin_view(self.form_checks_view),
                name="articles_article_add_checks",
            ),
            path(
                "<int:object_id>/checks/",
                self.admin_site.admin_view(self.form_checks_view),
                name="articles_article_checks",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def form_checks_view(self, request, object_id=None):
        """The checks panel for the posted, unsaved change form: for those who
        may change the article (or add one)."""
        if object_id:
            article = self.article_or_403(request, object_id, change=True)
        elif self.has_add_permission(request):
            article = None
        else:
            raise PermissionDenied
        posted = self.read_posted_form(request, article)
        checks = editorial_checks(
            posted.document,
            section_ids=posted.section_ids,
            faq_ids=posted.faq_ids,
            without_alt_text=image_fields_without_alt_text(request.POST),
        )
        response = TemplateResponse(
            request,
            "admin/articles/article/includes/editorial_checks.html",
            {"checks": checks, "checked": "unsaved"},
        )
        add_never_cache_headers(response)
        return response
