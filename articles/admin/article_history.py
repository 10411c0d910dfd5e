"""The article admin's history pages: every saved version, two versions
compared, and a version restored as a new revision."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from reversion.models import Version

from articles.admin.article_views import ArticlePageMixin
from articles.formats.diff import diff_documents
from articles.models import Article
from articles.services import document_from_article
from articles.services.revisions import (
    RestoreRefused,
    article_restore,
    restore_content,
    restore_problems,
    revision_content,
    status_refusal,
)
from articles.services.workflow import can_edit, can_publish


def article_versions(article):
    return (
        Version.objects.get_for_object(article)
        .select_related("revision__user")
        .order_by("-revision__date_created", "-pk")
    )


class ArticleHistoryMixin(ArticlePageMixin):
    def get_urls(self):
        return [
            path(
                "<int:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="articles_article_compare",
            ),
            path(
                "<int:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name="articles_article_restore",
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        article = self.article_or_403(request, object_id)
        versions = list(article_versions(article))
        restorable = set()
        if can_edit(request.user, article):
            # Not the newest (the article as it is), nor a version whose status
            # this user may not set: no link to a page that refuses.
            restorable = {
                version.pk
                for version in versions[1:]
                if can_publish(request.user)
                or not status_refusal(request.user, version.field_dict.get("status"))
            }
        return TemplateResponse(
            request,
            "admin/articles/article/history.html",
            self.page_context(
                request,
                title=f"History of “{article}”",
                article=article,
                versions=versions,
                restorable=restorable,
            ),
        )

    def compare_view(self, request, object_id):
        article = self.article_or_403(request, object_id)
        versions = article_versions(article)

        def side(value):
            if value in (None, "", "current"):
                current = Article.objects.with_content().get(pk=article.pk)
                return "Current version", document_from_article(current), []
            version = get_object_or_404(versions, pk=value)
            when = timezone.localtime(version.revision.date_created)
            content = revision_content(version)
            label = f"Version of {when:%d %b %Y, %H:%M:%S}"
            return label, content.document(), content.left_out

        try:
            (old_label, old, old_notes), (new_label, new, new_notes) = (
                side(request.GET.get("a")),
                side(request.GET.get("b")),
            )
        except ValueError:
            raise Http404("No such version") from None
        return TemplateResponse(
            request,
            "admin/articles/article/compare.html",
            self.page_context(
                request,
                title=f"Changes to “{article}”",
                article=article,
                old_label=old_label,
                new_label=new_label,
                changes=diff_documents(old, new),
                left_out=list(dict.fromkeys(old_notes + new_notes)),
            ),
        )

    def restore_view(self, request, object_id, version_id):
        """What restoring a version would change, and the button that does it;
        or why it cannot be restored, as a save of the change form would say."""
        article = self.article_or_403(request, object_id, change=True)
        version = get_object_or_404(article_versions(article), pk=version_id)
        content = restore_content(version, article, by=request.user)
        refusal = status_refusal(request.user, content.article.status)
        if refusal:
            raise PermissionDenied(refusal)
        if request.method == "POST":
            try:
                article_restore(version, by=request.user)
            except RestoreRefused as refused:
                problems = refused.messages
            else:
                when = timezone.localtime(version.revision.date_created)
                messages.success(
                    request,
                    f"Restored the version of {when:%d %b %Y, %H:%M} as a new "
                    "revision.",
                )
                for note in content.left_out:
                    messages.warning(request, note)
                return redirect("admin:articles_article_change", article.pk)
        else:
            problems = restore_problems(content, article, by=request.user)
        current = Article.objects.with_content().get(pk=article.pk)
        recorded = version.field_dict
        keeps_publish_dates = not can_publish(request.user) and (
            recorded.get("publish_at"),
            recorded.get("unpublish_at"),
        ) != (article.publish_at, article.unpublish_at)
        return TemplateResponse(
            request,
            "admin/articles/article/restore.html",
            self.page_context(
                request,
                title=f"Restore “{article}”?",
                article=article,
                version=version,
                changes=diff_documents(
                    document_from_article(current), content.document()
                ),
                left_out=content.left_out,
                problems=problems,
                keeps_publish_dates=keeps_publish_dates,
            ),
        )
