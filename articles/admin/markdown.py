"""Markdown in the admin: the editor the article form and its inlines use,
and markdownx's two endpoints, answered for staff by the public renderer and
refused for uploads."""

from django.contrib.admin.views.decorators import staff_member_required
from django.db import models
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget

from articles.admin.forms import TextareaField
from articles.rendering import render_markdown


def markdown_editor(rows):
    return {
        MarkdownxField: {
            "widget": AdminMarkdownxWidget(attrs={"rows": rows}),
            "form_class": TextareaField,
        },
        models.TextField: {"form_class": TextareaField},
    }


@staff_member_required
@require_POST
def markdown_preview(request):
    """The markdownx live preview, for staff, through the public renderer."""
    return HttpResponse(render_markdown(request.POST.get("content", "")))


@require_POST
def markdown_upload_refused(request):
    """markdownx's drag-and-drop upload would skip the media library's checks
    (and its alt text): images go through the library instead."""
    return JsonResponse(
        {"image": ["Add images through the media library, not into the text."]},
        status=403,
    )
