"""Markdown in the admin: the editor the article form and its inlines use,
and markdownx's two endpoints, answered for staff by the public renderer and
refused for uploads."""

from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.db import models
from django.forms.utils import flatatt
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from markdownx import settings as markdownx_settings
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget

from articles.rendering import render_markdown


class TextareaField(forms.CharField):
    """A textarea's text with the line ends it is stored with: browsers send
    CRLF, so without this an unchanged field reads as changed."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


def normalise_line_ends(value):
    return (value or "").replace("\r\n", "\n").replace("\r", "\n")


class MarkdownEditor(AdminMarkdownxWidget):
    """markdownx's editor, asleep until the editor types in it.

    Its first preview is the HTML stored when the text was saved (or rendered
    here for text not saved yet), and it carries markdownx's "already set up"
    marker, so opening a long article asks the server for no preview at all.
    markdown-editors.js wakes an editor on its first keystroke, giving it
    markdownx's settings (named once in the page: ``page_settings``)."""

    template_name = "admin/widgets/markdown_editor.html"
    stored = ("", "")  # (Markdown, HTML) as last saved; see StoredPreviews

    @staticmethod
    def add_markdownx_attrs(attrs):
        # Not the admin's vLargeTextField: editor.css sizes the editors, and
        # a long article has hundreds of them. The marker is a bare attribute.
        classes = [
            name
            for name in attrs.get("class", "").split()
            if name not in ("vLargeTextField", "markdownx-editor")
        ]
        return {
            **attrs,
            "class": " ".join([*classes, "markdownx-editor"]),
            "data-markdownx-init": True,
        }

    @staticmethod
    def page_settings():
        """markdownx's attributes, for the one element that names them."""
        return flatatt(
            {
                "data-markdownx-editor-resizable": str(
                    markdownx_settings.MARKDOWNX_EDITOR_RESIZABLE
                ),
                "data-markdownx-urls-path": markdownx_settings.MARKDOWNX_URLS_PATH,
                "data-markdownx-upload-urls-path": (
                    markdownx_settings.MARKDOWNX_UPLOAD_URLS_PATH
                ),
                "data-markdownx-latency": str(
                    markdownx_settings.MARKDOWNX_SERVER_CALL_LATENCY
                ),
            }
        )

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("cols", None)  # the stylesheet sizes it
        context["widget"]["preview"] = self.preview_of(value)
        return context

    def preview_of(self, value):
        text = normalise_line_ends(value)
        markdown, html = self.stored
        if text == markdown:
            return mark_safe(html)  # rendered by render_markdown when saved
        return mark_safe(render_markdown(text)) if text.strip() else ""


class MarkdownCellEditor(MarkdownEditor):
    """The editor in a table cell (a bullet point's text): the cell is
    markdownx's container, and the text is two rows, the HTML default.

    A preview that would only repeat the text (no Markdown in it, as most
    bullet points) is left out of the page: markdown-editors.js shows the
    text there as it is."""

    template_name = "admin/widgets/markdown_cell_editor.html"
    is_table_cell = True

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("rows", None)
        preview = context["widget"]["preview"]
        if preview and preview == escape(normalise_line_ends(value)):
            context["widget"]["preview"] = ""
        return context


class StoredPreviews:
    """A model form whose Markdown editors preview the HTML stored beside
    each field (``lead`` → ``lead_html``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        for name, field in self.fields.items():
            if isinstance(field.widget, MarkdownEditor):
                field.widget.stored = (
                    getattr(self.instance, name),
                    getattr(self.instance, f"{name}_html"),
                )


class MarkdownPartForm(StoredPreviews, forms.ModelForm):
    """The form of an article part edited inline (section, bullet, FAQ)."""


def markdown_editor(rows=None):
    """The Markdown editor of ``rows`` lines; without, a table cell's."""
    return {
        MarkdownxField: {
            "widget": MarkdownEditor(attrs={"rows": rows})
            if rows
            else MarkdownCellEditor(),
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
