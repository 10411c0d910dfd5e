"""The article admin's own pages: import, export, history, compare, restore,
preview, shareable preview links, presence and the list actions' forms."""

import io
import logging
import zipfile

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import localize
from django.views.decorators.http import require_POST
from reversion.models import Version

from articles.admin.forms import ArticleImportForm, ScheduleForm, SendBackForm
from articles.checks import editorial_checks
from articles.formats import FORMAT_NAMES, write_markdown
from articles.formats.diff import diff_documents
from articles.formats.document import Bullet as BulletData
from articles.formats.document import Document, FAQEntry
from articles.formats.document import Section as SectionData
from articles.models import FAQ, Article, Author, Bullet, PreviewLink, Section
from articles.rendering import render_article
from articles.services import (
    article_create_from_document,
    author_for_user,
    document_from_article,
    document_summary,
    new_labels,
    unique_slug,
)
from articles.views import article_page_parts, never_cache_noindex
from articles.workflow import (
    PublishRefused,
    RestoreRefused,
    article_publish,
    article_restore,
    article_send_back,
    can_edit,
    can_publish,
    restore_content,
    restore_problems,
    revision_content,
    status_refusal,
)

logger = logging.getLogger(__name__)

PRESENCE_SECONDS = 90


def admin_context(request, model_admin, **context):
    return {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        **context,
    }


def get_article(request, model_admin, object_id, *, change=False):
    article = get_object_or_404(Article, pk=object_id)
    allowed = (
        model_admin.has_change_permission(request, article)
        if change
        else model_admin.has_view_or_change_permission(request, article)
    )
    if not allowed:
        raise PermissionDenied
    return article


# Import and export.


def article_import(request, model_admin):
    """Paste or upload, see the structure, then confirm to create a draft."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ArticleImportForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    context = admin_context(request, model_admin, title="Import article", form=form)
    if request.method == "POST" and form.is_valid():
        document = form.cleaned_data["document"]
        if "confirm" in request.POST:
            article = article_create_from_document(
                document,
                status=Article.Status.DRAFT,
                created_by=request.user,
                imported_by=request.user,
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


# The change page.


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


def change_page_context(request, model_admin, article, document=None):
    """``document`` is the saved article's, if the caller has it already;
    else ``article`` must come from ``with_content()``."""
    return {
        "checks": editorial_checks(document or document_from_article(article)),
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


def article_presence(request, model_admin, object_id):
    article = get_article(request, model_admin, object_id)
    return JsonResponse({"others": touch_presence(article.pk, request.user)})


# History, compare and restore.


def article_versions(article):
    return (
        Version.objects.get_for_object(article)
        .select_related("revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def article_history(request, model_admin, object_id):
    article = get_article(request, model_admin, object_id)
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
        admin_context(
            request,
            model_admin,
            title=f"History of “{article}”",
            article=article,
            versions=versions,
            restorable=restorable,
        ),
    )


def article_compare(request, model_admin, object_id):
    article = get_article(request, model_admin, object_id)
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
        admin_context(
            request,
            model_admin,
            title=f"Changes to “{article}”",
            article=article,
            old_label=old_label,
            new_label=new_label,
            changes=diff_documents(old, new),
            left_out=list(dict.fromkeys(old_notes + new_notes)),
        ),
    )


def article_restore_view(request, model_admin, object_id, version_id):
    """What restoring a version would change, and the button that does it;
    or why it cannot be restored, as a save of the change form would say."""
    article = get_article(request, model_admin, object_id, change=True)
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
                f"Restored the version of {when:%d %b %Y, %H:%M} as a new revision.",
            )
            for note in content.left_out:
                messages.warning(request, note)
            return redirect("admin:articles_article_change", article.pk)
    else:
        problems = restore_problems(content, article, by=request.user)
    current = document_from_article(Article.objects.with_content().get(pk=article.pk))
    recorded = version.field_dict
    keeps_publish_dates = not can_publish(request.user) and (
        recorded.get("publish_at"),
        recorded.get("unpublish_at"),
    ) != (article.publish_at, article.unpublish_at)
    return TemplateResponse(
        request,
        "admin/articles/article/restore.html",
        admin_context(
            request,
            model_admin,
            title=f"Restore “{article}”?",
            article=article,
            version=version,
            changes=diff_documents(current, content.document()),
            left_out=content.left_out,
            problems=problems,
            keeps_publish_dates=keeps_publish_dates,
        ),
    )


# Previews.


@require_POST
def article_form_preview(request, model_admin, object_id=None):
    """The change form's unsaved content, shown through the public templates,
    never cached."""
    article = get_article(request, model_admin, object_id) if object_id else None
    if article is None and not model_admin.has_add_permission(request):
        raise PermissionDenied
    if article is None or model_admin.has_change_permission(request, article):
        document = posted_document(request, model_admin, article)
    else:  # their form changes nothing: the article as it is
        document = document_from_article(
            Article.objects.with_content().get(pk=article.pk)
        )
    preview = render_article(document, saved=article)
    response = TemplateResponse(
        request,
        "articles/article_detail.html",
        {
            "article": preview,
            "preview_notice": "Preview of unsaved changes: readers do not see this.",
            "related": [],
            **article_page_parts(request, preview),
        },
    )
    return never_cache_noindex(response)


def posted_document(request, model_admin, article):
    """The ``Document`` the posted change form of ``article`` (None on the
    add page) describes, read through the form's and its inline formsets'
    cleaned data, errors or not: a preview shows what can be read."""
    form_class = model_admin.get_form(request, article, change=article is not None)
    form = form_class(request.POST, request.FILES, instance=article)
    form.checks_edit_token = False
    form.is_valid()
    posted = form.instance  # the saved article with the valid posted fields
    cleaned = getattr(form, "cleaned_data", {})
    authors = list(cleaned.get("authors") or [])
    if article is None and not authors:  # the first save will sign it
        authors = [author_for_user(request.user, create=False)]
    parts = posted_parts(request, model_admin, model_admin, article, posted)
    return Document(
        title=posted.title,
        slug=posted.slug,
        standfirst=posted.standfirst,
        lead=posted.lead,
        sections=[
            SectionData(
                heading=section.get("heading") or "",
                image=section["image"].key if section.get("image") else "",
                body=section.get("body") or "",
                bullets=[
                    BulletData(
                        text=bullet.get("text") or "", label=bullet.get("label") or ""
                    )
                    for bullet, _ in bullets.get(Bullet, [])
                ],
                body_after_list=section.get("body_after_list") or "",
            )
            for section, bullets in parts.get(Section, [])
        ],
        faq_heading=posted.faq_heading,
        faqs=[
            FAQEntry(question=faq.get("question") or "", answer=faq.get("answer") or "")
            for faq, _ in parts.get(FAQ, [])
        ],
        closing=posted.closing,
        status=posted.status,
        publish_at=posted.publish_at,
        unpublish_at=posted.unpublish_at,
        authors=[author.display_name for author in authors if author is not None],
        topic=posted.topic.name if posted.topic_id else "",
        tags=[tag.name for tag in cleaned.get("tags") or []],
        lead_image=posted.lead_image.key if posted.lead_image_id else "",
    )


def posted_parts(request, model_admin, admin, obj, instance, within=""):
    """The posted rows of each inline of ``admin`` (the article's admin, or
    an inline with inlines of its own) for ``instance``, by model: the
    cleaned data of each form that is filled in and not deleted, in position
    order, with the posted rows of its own inlines. ``obj`` is what the
    admin asks permissions about; ``within``, the prefix of the form that
    holds these inlines."""
    parts = {}
    for formset_class, inline in admin.get_formsets_with_inlines(request, obj):
        prefix = "-".join(filter(None, [within, formset_class.get_default_prefix()]))
        formset = formset_class(
            **model_admin.get_formset_kwargs(request, instance, inline, prefix)
        )
        formset.is_valid()  # fills each form's cleaned_data, errors or not
        forms = [
            form
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
        ]
        forms.sort(key=lambda form: form.cleaned_data.get("position") or 0)
        parts[inline.model] = [
            (
                form.cleaned_data,
                posted_parts(
                    request,
                    model_admin,
                    inline,
                    form.instance,
                    form.instance,
                    form.prefix,
                ),
            )
            for form in forms
        ]
    return parts


def preview_link_create(request, model_admin, object_id):
    if request.method != "POST":
        raise Http404
    article = get_article(request, model_admin, object_id, change=True)
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


def preview_link_revoke(request, model_admin, object_id, link_id):
    if request.method != "POST":
        raise Http404
    article = get_article(request, model_admin, object_id, change=True)
    link = get_object_or_404(article.preview_links, pk=link_id)
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at"])
    messages.success(request, "The preview link was revoked: it no longer opens.")
    return redirect("admin:articles_article_change", article.pk)


# List actions with a form of their own.


def apply_to_each(request, articles, action, verb):
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
        messages.success(request, f"{done} article{'s' if done != 1 else ''} {verb}.")


def action_form_page(request, model_admin, queryset, *, form_class, action, title):
    form = form_class(request.POST if "apply" in request.POST else None)
    return form, TemplateResponse(
        request,
        "admin/articles/article/action_form.html",
        admin_context(
            request,
            model_admin,
            title=title,
            form=form,
            articles=queryset,
            action=action,
            action_checkbox_name=helpers.ACTION_CHECKBOX_NAME,
        ),
    )


def schedule_action(request, model_admin, queryset):
    form, page = action_form_page(
        request,
        model_admin,
        queryset,
        form_class=ScheduleForm,
        action="schedule",
        title="Schedule publication",
    )
    if form.is_bound and form.is_valid():
        at = form.cleaned_data["publish_at"]
        apply_to_each(
            request,
            queryset,
            lambda article, by: article_publish(article, by=by, at=at),
            f"scheduled for {localize(timezone.localtime(at))}",
        )
        return None
    return page


def send_back_action(request, model_admin, queryset):
    form, page = action_form_page(
        request,
        model_admin,
        queryset,
        form_class=SendBackForm,
        action="send_back_to_draft",
        title="Send back to draft",
    )
    if form.is_bound and form.is_valid():
        comment = form.cleaned_data["comment"]
        apply_to_each(
            request,
            queryset,
            lambda article, by: article_send_back(article, by=by, comment=comment),
            "sent back to draft",
        )
        return None
    return page
