"""The article admin: its fields, inlines, list, actions and permissions, and
how a save is checked, rendered and recorded. Its own pages come from the
mixins of ``article_views``, ``article_history`` and ``article_preview``."""

import json

import nested_admin
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.views.main import PAGE_VAR
from django.utils import timezone

from articles.admin import article_list
from articles.admin.article_checks import ArticleChecksMixin
from articles.admin.article_history import ArticleHistoryMixin
from articles.admin.article_preview import ArticlePreviewMixin
from articles.admin.article_views import ArticleViewsMixin, export_markdown_response
from articles.admin.calendar import ArticleCalendarMixin
from articles.admin.forms import ArticleAdminForm
from articles.admin.image_forms import image_formfield, load_images_once
from articles.admin.inlines import CorrectionNoteInline, FAQInline, SectionInline
from articles.admin.markdown import markdown_editor
from articles.models import Article, Author
from articles.services import (
    EditConflict,
    article_note_corrections,
    article_saved,
    article_slug_changed,
    articles_delete,
    author_for_user,
    lock_and_check_edit_token,
    notifications,
)
from articles.services.embeds import embed_warnings
from articles.services.workflow import (
    article_publish,
    article_submit_for_review,
    article_unpublish,
    can_edit,
    can_publish,
    submission_recorded,
)


def saved_any(formsets):
    """Whether saving these formsets, or any nested in them, wrote a row."""
    for formset in formsets:
        if formset.new_objects or formset.changed_objects or formset.deleted_objects:
            return True
        nested = [n for f in formset.forms for n in getattr(f, "nested_formsets", [])]
        if saved_any(nested):
            return True
    return False


@admin.register(Article)
class ArticleAdmin(
    ArticleCalendarMixin,
    ArticleViewsMixin,
    ArticleHistoryMixin,
    ArticlePreviewMixin,
    ArticleChecksMixin,
    nested_admin.NestedModelAdmin,
):
    form = ArticleAdminForm
    list_display = (
        "title",
        "state",
        article_list.byline,
        "publish_at",
        article_list.words,
        article_list.last_edited_by,
        "updated_at",
    )
    list_filter = (
        article_list.StateFilter,
        ("authors", article_list.AuthorFilter),
        "topic",
        ("tags", article_list.TagFilter),
        ("publish_at", article_list.PublicationDateFilter),
    )
    # Not these fields only: get_search_results reads the search index. (No
    # search_help_text: Django's describedby makes axe find the box unlabelled.)
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "publish_at"
    # The list's budget is 12 queries: no second count for "(60 total)" and
    # no per-filter counts ("Show counts").
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    # Nor a full count for the pages: only as far as a few pages ahead.
    paginator = article_list.CountedAheadPaginator
    autocomplete_fields = ("authors", "topic", "tags")
    # The chooser widget, not a wrapped <select>.
    raw_id_fields = ("lead_image", "social_image")
    inlines = (SectionInline, FAQInline, CorrectionNoteInline)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "standfirst",
                    "authors",
                    "topic",
                    "tags",
                    "lead_image",
                    "lead",
                )
            },
        ),
        (
            "FAQ heading and closing",
            {"fields": ("faq_heading", "closing"), "classes": ("after-inlines",)},
        ),
        (
            "Search and sharing",
            {
                "fields": ("seo_title", "meta_description", "social_image"),
                "classes": ("collapse", "after-inlines", "seo-fields"),
            },
        ),
        (
            "Publishing",
            {
                "fields": (
                    "status",
                    "publish_at",
                    "unpublish_at",
                    "front_page_until",
                    "mark_updated",
                    "edit_token",
                ),
                "classes": ("after-inlines",),
            },
        ),
    )
    formfield_overrides = markdown_editor(rows=6)
    ordering = ("-updated_at",)
    actions = (
        "publish_now",
        "schedule",
        "unpublish",
        "submit_for_review",
        "send_back_to_draft",
        "export_markdown",
    )
    change_form_template = "admin/articles/article/change_form.html"

    class Media:
        css = {
            "all": (
                "articles/admin/editor.css",
                "articles/admin/seo-preview.css",
                "articles/admin/admin-accessibility.css",
            )
        }
        js = (
            "articles/admin/markdown-editors.js",
            "articles/admin/editing-safety.js",
            "articles/admin/seo-preview.js",
            "articles/admin/autocomplete-labels.js",
        )

    def get_queryset(self, request):
        articles = super().get_queryset(request)
        match = request.resolver_match
        if match and match.url_name == "articles_article_changelist":
            return article_list.for_the_list(articles)
        return articles

    def get_changelist(self, request, **kwargs):
        return article_list.ArticleChangeList

    def get_paginator(self, request, queryset, per_page, *args, **kwargs):
        return self.paginator(
            queryset, per_page, *args, asked_for=request.GET.get(PAGE_VAR), **kwargs
        )

    def get_search_results(self, request, queryset, search_term):
        return article_list.search_results(queryset, search_term)

    def get_list_display(self, request):
        search_term = request.GET.get("q", "")  # the search box
        if not article_list.search_words(search_term):
            return self.list_display
        title, *others = self.list_display  # where it matched, next to it
        return (title, article_list.matched(search_term), *others)

    @admin.display(description="State", ordering="publish_at")
    def state(self, obj):
        return obj.state()

    # Permissions: writers change their own drafts; editors change everything.

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or can_edit(request.user, obj)

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        if can_publish(request.user):
            return ()
        return ("publish_at", "unpublish_at", "front_page_until")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if can_publish(request.user):
            return fieldsets
        return [
            (
                name,
                {
                    **options,
                    "fields": [f for f in options["fields"] if f != "mark_updated"],
                },
            )
            for name, options in fieldsets
        ]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not can_publish(request.user):
            kwargs["choices"] = [
                (value, label)
                for value, label in Article.Status.choices
                if value in (Article.Status.DRAFT, Article.Status.REVIEW)
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in ("lead_image", "social_image"):
            return image_formfield(db_field, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        load_images_once(request, form, "lead_image", obj)
        load_images_once(request, form, "social_image", obj)
        authors = form.base_fields.get("authors")
        if obj is None and authors is not None:
            authors.help_text = "The byline. Left empty, it is signed with your name."
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        author = Author.objects.filter(user=request.user).first()
        if author:
            initial.setdefault("authors", [author.pk])
        return initial

    # Saving: every save renders the body, moves the edit counter on and
    # records a revision of the whole article.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        try:
            return super().change_view(request, object_id, form_url, extra_context)
        except EditConflict:
            # Another save committed between the form's check and this save's
            # lock. The admin's transaction rolled back, so nothing was
            # written; checked again (permissions too), the form now reports
            # that save with the other editor's changes, as for any form
            # opened before it.
            request.__dict__.pop("_articles_editable", None)
            return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
            # The form's check only read the edit counter: checked again under
            # the article's write lock, before anything is written, so two
            # saves of one article cannot interleave.
            lock_and_check_edit_token(obj, form.cleaned_data.get("edit_token"))
        else:
            obj.created_by = request.user
        if form.cleaned_data.get("mark_updated"):
            obj.public_updated_at = timezone.now()
        if "status" in form.changed_data and obj.status == Article.Status.REVIEW:
            submission_recorded(obj, by=request.user)
        if change and not form.has_changed():
            return  # no write, so no new "last edited" time either
        renamed = change and "slug" in form.changed_data
        if renamed:  # asked of the stored article, before this save
            was_seen = Article.objects.filter(pk=obj.pk).seen_by_readers().exists()
        super().save_model(request, obj, form, change)
        if renamed:
            article_slug_changed(obj, old_slug=form.initial["slug"], was_seen=was_seen)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not change and not article.authors.exists():
            # Whoever writes a new article signs it, unless they named others.
            author = author_for_user(request.user)
            if author is not None:
                article.authors.add(author)
        if change and not form.has_changed() and not saved_any(formsets):
            # Nothing to render again and no revision equal to the last one.
            return
        if change and not form.has_changed():
            # Only its parts changed: the article was not saved above.
            Article.objects.filter(pk=article.pk).update(updated_at=timezone.now())
        article_note_corrections(article)
        message = self.construct_change_message(request, form, formsets, not change)
        comment = LogEntry(change_message=json.dumps(message)).get_change_message()
        article_saved(article, by=request.user, comment=comment or "Saved")
        for warning in embed_warnings(article):
            self.message_user(request, warning, messages.WARNING)
        notifications.article_status_changed(
            article,
            by=request.user,
            was_status=form.initial.get("status"),
            was_publish_at=form.initial.get("publish_at"),
        )

    # The delete page and the "Delete selected" action.

    def delete_model(self, request, obj):
        articles_delete(Article.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        articles_delete(queryset)

    def log_change(self, request, obj, message):
        if message:  # an unchanged save leaves no "No fields changed." entry
            return super().log_change(request, obj, message)
        return None

    # List actions.

    @admin.action(description="Publish now", permissions=("publish",))
    def publish_now(self, request, queryset):
        self.apply_to_each(request, queryset, article_publish, "published")

    @admin.action(description="Schedule…", permissions=("publish",))
    def schedule(self, request, queryset):
        return self.schedule_page(request, queryset)

    @admin.action(description="Unpublish", permissions=("publish",))
    def unpublish(self, request, queryset):
        self.apply_to_each(request, queryset, article_unpublish, "unpublished")

    @admin.action(description="Submit for review", permissions=("change",))
    def submit_for_review(self, request, queryset):
        mine = [a for a in queryset if can_edit(request.user, a)]
        if len(mine) < len(queryset):
            self.message_user(
                request,
                f"{len(queryset) - len(mine)} article(s) skipped: you can only "
                "submit your own drafts.",
                messages.WARNING,
            )
        self.apply_to_each(
            request, mine, article_submit_for_review, "submitted for review"
        )

    @admin.action(description="Send back to draft…", permissions=("publish",))
    def send_back_to_draft(self, request, queryset):
        return self.send_back_page(request, queryset)

    @admin.action(description="Export as Markdown", permissions=("view",))
    def export_markdown(self, request, queryset):
        return export_markdown_response(queryset.with_content())
