"""The change page's editorial checks, kept up to date as the editor types:
live-checks.js posts the change form here and swaps in the panel this
answers. The rules stay in ``articles.checks``."""

import re

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from articles.admin.article_views import ArticlePageMixin
from articles.checks import editorial_checks
from articles.models import Image

IMAGE_FIELD = re.compile(r"^(lead_image|social_image|sections-\d+-image)$")


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


def image_fields_without_alt_text(data):
    """The names of the posted image fields whose chosen image has no alt text
    (the form refuses them, so the document does not show them)."""
    chosen = {
        name: value
        for name, value in data.items()
        if IMAGE_FIELD.match(name)
        and value.isdigit()
        and not (name.startswith("sections-") and data.get(name[:-5] + "DELETE"))
    }
    missing = set(
        Image.objects.filter(pk__in=chosen.values())
        .missing_alt_text()
        .values_list("pk", flat=True)
    )
    return {name for name, value in chosen.items() if int(value) in missing}
