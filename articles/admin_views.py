import io
import zipfile

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from articles.formats import write_markdown
from articles.forms import ArticleImportForm
from articles.models import Article
from articles.rendering import render_markdown
from articles.services import (
    article_create_from_document,
    document_from_article,
    document_summary,
    unique_slug,
)


@staff_member_required
@require_POST
def markdown_preview(request):
    """The markdownx live preview, for staff, through the public renderer."""
    return HttpResponse(render_markdown(request.POST.get("content", "")))


def article_import(request, model_admin):
    """Paste or upload, see the structure, then confirm to create a draft."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "title": "Import article",
        "form": form,
    }
    if request.method == "POST" and form.is_valid():
        document = form.cleaned_data["document"]
        if "confirm" in request.POST:
            article = article_create_from_document(
                document, status=Article.Status.DRAFT, created_by=request.user
            )
            model_admin.log_addition(request, article, "Imported.")
            messages.success(
                request,
                f"Imported “{article.title}” as a draft: {document_summary(document)}.",
            )
            return redirect("admin:articles_article_change", article.pk)
        context |= {
            "title": "Check the imported structure",
            "document": document,
            "summary": document_summary(document),
            "slug": unique_slug(document.slug or document.title),
            "source_text": form.cleaned_data["text"],
            "source_filename": form.cleaned_data.get("filename") or "",
        }
    return TemplateResponse(request, "admin/articles/article/import.html", context)


def export_markdown_response(articles):
    """One article as a .md download; several as a .zip of .md files."""
    files = [
        (f"{article.slug}.md", write_markdown(document_from_article(article)))
        for article in articles
    ]
    if len(files) == 1:
        name, text = files[0]
        response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for file_name, text in files:
                archive.writestr(file_name, text)
        name = "articles.zip"
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
