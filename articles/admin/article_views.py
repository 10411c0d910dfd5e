"""The article admin's own pages: import, the change page's panels and
presence, shareable preview links, export, and the list actions that ask for
a form first. History and the preview of unsaved changes have modules of
their own."""

import io
import logging
import re
import zipfile

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import localize

from articles.admin.bundles import bundle_media, bundled
from articles.admin.forms import ArticleImportForm, ScheduleForm, SendBackForm
from articles.admin.markdown import MarkdownEditor
from articles.checks import editorial_checks
from articles.formats import FORMAT_NAMES, write_markdown
from articles.models import FAQ, Article, Author, Image, PreviewLink, Section
from articles.services import (
    article_create_from_document,
    document_from_article,
    document_from_parts,
    document_summary,
    new_labels,
    unique_slug,
)
from articles.services.workflow import (
    PublishRefused,
    article_publish,
    article_send_back,
    can_edit,
)

logger = logging.getLogger(__name__)

PRESENCE_SECONDS = 90


class ArticlePageMixin:
    """What each page of the article admin starts from."""

    def page_context(self, request, **context):
        return {**self.admin_site.each_context(request), "opts": self.opts, **context}

    def article_or_403(self, request, object_id, *, change=False):
        """The article, if this user may see it (or, with ``change``, change it)."""
        article = get_object_or_404(Article, pk=object_id)
        allowed = (
            self.has_change_permission(request, article)
            if change
            else self.has_view_or_change_permission(request, article)
        )
        if not allowed:
            raise PermissionDenied
        return article


class ArticleViewsMixin(ArticlePageMixin):
    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="articles_article_import",
            ),
            path(
                "<int:object_id>/share/",
                self.admin_site.admin_view(self.preview_link_create_view),
                name="articles_article_share",
            ),
            path(
                "<int:object_id>/share/<int:link_id>/revoke/",
                self.admin_site.admin_view(self.preview_link_revoke_view),
                name="articles_article_share_revoke",
            ),
            path(
                "<int:object_id>/presence/",
                self.admin_site.admin_view(self.presence_view),
                name="articles_article_presence",
            ),
            *super().get_urls(),
        ]

    # Import.

    def import_view(self, request):
        """Paste or upload, see the structure, then confirm to create a draft."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleImportForm(
            request.POST or None, request.FILES or None, user=request.user
        )
        context = self.page_context(request, title="Import article", form=form)
        if request.method == "POST" and form.is_valid():
            document = form.cleaned_data["document"]
            if "confirm" in request.POST:
                article = article_create_from_document(
                    document,
                    status=Article.Status.DRAFT,
                    created_by=request.user,
                    imported_by=request.user,
                )
                self.log_addition(request, article, "Imported.")
                messages.success(
                    request,
                    f"Imported “{article.title}” as a draft: "
                    f"{document_summary(document)}.",
                )
                return redirect("admin:articles_article_change", article.pk)
            context |= import_check_context(request, form)
        return TemplateResponse(request, "admin/articles/article/import.html", context)

    # The change page.

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        # Only when the page is shown: a successful save redirects instead.
        if change and obj is not None and obj.pk:
            document = saved_document(request, obj, context)
            if document is None:
                obj = Article.objects.with_content().get(pk=obj.pk)
            context.update(self.change_page_context(request, obj, document))
        context["markdown_editor_settings"] = MarkdownEditor.page_settings()
        if bundled():
            context |= {"media": bundle_media(), "bundled": True}
        return super().render_change_form(
            request, context, add=add, change=change, form_url=form_url, obj=obj
        )

    def change_page_context(self, request, article, document=None):
        """``document`` is the saved article's, if the caller has it already;
        else ``article`` must come from ``with_content()``."""
        return {
            "checks": editorial_checks(
                document or document_from_article(article),
                without_alt_text=saved_images_without_alt_text(article),
            ),
            "others_editing": touch_presence(article.pk, request.user),
            "comments": article.comments.select_related("author")[:5],
            "preview_links": [
                link
                for link in article.preview_links.select_related("created_by")
                if link.is_valid()
            ],
            "can_share": can_edit(request.user, article),
            "preview_link_days": PreviewLink.DEFAULT_LIFETIME.days,
        }

    def presence_view(self, request, object_id):
        article = self.article_or_403(request, object_id)
        return JsonResponse({"others": touch_presence(article.pk, request.user)})

    # Shareable preview links.

    def preview_link_create_view(self, request, object_id):
        if request.method != "POST":
            raise Http404
        article = self.article_or_403(request, object_id, change=True)
        link = PreviewLink.objects.create(
            article=article,
            created_by=request.user,
            expires_at=timezone.now() + PreviewLink.DEFAULT_LIFETIME,
        )
        url = request.build_absolute_uri(link.get_absolute_url())
        messages.success(
            request,
            f"Anyone with this link can read the preview until "
            f"{localize(timezone.localtime(link.expires_at))}: {url}",
        )
        return redirect("admin:articles_article_change", article.pk)

    def preview_link_revoke_view(self, request, object_id, link_id):
        if request.method != "POST":
            raise Http404
        article = self.article_or_403(request, object_id, change=True)
        link = get_object_or_404(article.preview_links, pk=link_id)
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        messages.success(request, "The preview link was revoked: it no longer opens.")
        return redirect("admin:articles_article_change", article.pk)

    # List actions, and the pages of those that ask for a form first.

    def apply_to_each(self, request, articles, action, verb):
        done = 0
        for article in articles:
            try:
                action(article, by=request.user)
                done += 1
            except PublishRefused as refusal:
                messages.error(
                    request,
                    f"“{article}” was not {verb}: " + " ".join(refusal.messages),
                )
        if done:
            messages.success(
                request, f"{done} article{'s' if done != 1 else ''} {verb}."
            )

    def action_form_page(self, request, queryset, *, form_class, action, title):
        form = form_class(request.POST if "apply" in request.POST else None)
        return form, TemplateResponse(
            request,
            "admin/articles/article/action_form.html",
            self.page_context(
                request,
                title=title,
                form=form,
                articles=queryset,
                action=action,
                action_checkbox_name=helpers.ACTION_CHECKBOX_NAME,
            ),
        )

    def schedule_page(self, request, queryset):
        """The schedule action's page; None once the articles are scheduled."""
        form, page = self.action_form_page(
            request,
            queryset,
            form_class=ScheduleForm,
            action="schedule",
            title="Schedule publication",
        )
        if form.is_bound and form.is_valid():
            at = form.cleaned_data["publish_at"]
            self.apply_to_each(
                request,
                queryset,
                lambda article, by: article_publish(article, by=by, at=at),
                f"scheduled for {localize(timezone.localtime(at))}",
            )
            return None
        return page

    def send_back_page(self, request, queryset):
        """The send-back action's page; None once the articles are sent back."""
        form, page = self.action_form_page(
            request,
            queryset,
            form_class=SendBackForm,
            action="send_back_to_draft",
            title="Send back to draft",
        )
        if form.is_bound and form.is_valid():
            comment = form.cleaned_data["comment"]
            self.apply_to_each(
                request,
                queryset,
                lambda article, by: article_send_back(article, by=by, comment=comment),
                "sent back to draft",
            )
            return None
        return page


def import_check_context(request, form):
    """What the import page shows of a valid import before it is confirmed."""
    document = form.cleaned_data["document"]
    return {
        "title": "Check the imported structure",
        "document": document,
        "summary": document_summary(document),
        "slug": unique_slug(document.slug or document.title),
        "format_name": FORMAT_NAMES[form.cleaned_data["format"]],
        # Without authors in the document, the importer signs it.
        "byline": document.authors
        or [
            Author.objects.filter(user=request.user)
            .values_list("display_name", flat=True)
            .first()
            or request.user.get_full_name().strip()
            or request.user.get_username()
        ],
        "new_labels": [label for _, label in new_labels(document)],
        "source_text": form.cleaned_data["text"],
        "source_filename": form.cleaned_data.get("filename") or "",
    }


def saved_document(request, article, context):
    """The saved article's document, from the rows the change form's inlines
    have already read (when they show saved rows, not posted ones), or None."""
    if request.method != "GET":
        return None
    parts = {
        inline.formset.model: list(inline.formset.get_queryset())
        for inline in context.get("inline_admin_formsets", [])
    }
    sections, faqs = parts.get(Section, []), parts.get(FAQ, [])
    bullets = [bullet for section in sections for bullet in section.bullets.all()]
    # The checks ask whether there are images, not which: ids stand in for keys.
    used = [article.lead_image_id, *(section.image_id for section in sections)]
    image_keys = {pk: str(pk) for pk in used if pk}
    authors = [author.display_name for author in article.authors.all()]
    return document_from_parts(
        article, sections, bullets, faqs, authors=authors, image_keys=image_keys
    )


def touch_presence(article_id, user):
    """Note that ``user`` has the article open; return the others who do."""
    key = f"article-presence-{article_id}"
    now = timezone.now().timestamp()
    try:
        stored = cache.get(key) or {}
    except Exception:  # noqa: BLE001 - a courtesy: editing goes on without it
        logger.warning("Presence unavailable: the cache does not answer")
        return []
    present = {
        user_id: entry
        for user_id, entry in stored.items()
        if now - entry["seen"] < PRESENCE_SECONDS
    }
    present[str(user.pk)] = {
        "name": user.get_full_name() or user.get_username(),
        "seen": now,
    }
    try:
        cache.set(key, present, PRESENCE_SECONDS)
    except Exception:  # noqa: BLE001
        logger.warning("Presence unavailable: the cache does not answer")
    return sorted(
        entry["name"] for user_id, entry in present.items() if user_id != str(user.pk)
    )


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


IMAGE_FIELD = re.compile(r"^(lead_image|social_image|sections-\d+-image)$")


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


def saved_images_without_alt_text(article):
    """As above, for the saved article: an image may have lost its alt text
    in the media library since the article was saved."""
    chosen = {
        "lead_image": article.lead_image_id,
        "social_image": article.social_image_id,
    }
    sections = article.sections.order_by("position").values_list("image_id", flat=True)
    for index, image_id in enumerate(sections):
        chosen[f"sections-{index}-image"] = image_id
    return image_fields_without_alt_text(
        {name: str(image_id) for name, image_id in chosen.items() if image_id}
    )
