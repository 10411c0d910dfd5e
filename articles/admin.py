import json
import re

import nested_admin
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.core.exceptions import ValidationError
from django.urls import path
from django.utils import timezone
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget

from articles import admin_views
from articles.forms import ArticleAdminForm
from articles.image_admin import image_formfield, load_images_once
from articles.models import (
    FAQ,
    Article,
    Author,
    Bullet,
    CorrectionNote,
    Section,
    SlugRedirect,
    Tag,
    Topic,
)
from articles.services import (
    article_note_corrections,
    article_saved,
    article_slug_changed,
    document_from_parts,
    label_renamed,
)
from articles.workflow import (
    PublishRefused,
    article_publish,
    article_submit_for_review,
    article_unpublish,
    can_edit,
    can_publish,
)


def markdown_editor(rows):
    return {MarkdownxField: {"widget": AdminMarkdownxWidget(attrs={"rows": rows})}}


class ArticlePartInline:
    """Parts of an article may be changed by whoever may change the article."""

    def _article_editable(self, request, obj):
        """Asked for every inline form: decided once per article a request."""
        if obj is None:
            return True
        article_id = obj.pk if isinstance(obj, Article) else obj.article_id
        decided = request.__dict__.setdefault("_articles_editable", {})
        if article_id not in decided:
            article = obj if isinstance(obj, Article) else obj.article
            decided[article_id] = can_edit(request.user, article)
        return decided[article_id]

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._article_editable(
            request, obj
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._article_editable(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._article_editable(
            request, obj
        )


class KnownRowField(forms.ModelChoiceField):
    """An inline form's hidden id, looked up among the rows its formset has
    already read instead of with one query per form (Django's default)."""

    def __init__(self, formset, *args, **kwargs):
        self.formset = formset
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            pk = self.formset.model._meta.pk.to_python(value)
        except ValidationError:
            pk = None
        row = self.formset._existing_object(pk) if pk is not None else None
        if row is None:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return row


class ArticlePartFormSet(nested_admin.formsets.NestedInlineFormSet):
    """Reads an article's parts in a fixed number of queries, however many
    there are: shown, from the parent's prefetched rows (a section's bullets);
    posted, every row the whole form names at once; never once per form."""

    prefetched_name = None  # the parent's related name, e.g. "bullets"

    def get_queryset(self):
        if not self.is_bound:
            prefetched = getattr(self.instance, "_prefetched_objects_cache", {})
            if self.prefetched_name in prefetched:
                return prefetched[self.prefetched_name]
            return super().get_queryset()
        if not hasattr(self, "_posted_rows"):
            # The rows this formset's forms name, wherever they were before
            # (nested-admin lets a bullet be dragged to another section).
            posted = self.rows_posted()
            names = [
                self.data.get(f"{self.add_prefix(i)}-{self.model._meta.pk.name}")
                for i in range(self.initial_form_count())
            ]
            keys = {self.model._meta.pk.to_python(n) for n in names if n}
            rows = [row for pk, row in posted.items() if pk in keys]
            queryset = self.model._default_manager.filter(pk__in=keys)
            queryset._result_cache = sorted(rows, key=lambda row: row.pk)
            queryset._prefetch_done = True
            self._posted_rows = queryset
            # Where each row was before this form moved anything.
            self._saved_parent = {row.pk: getattr(row, self.fk.attname) for row in rows}
        return self._posted_rows

    def rows_posted(self):
        """Every row of this model the posted form names, in one query."""
        root = self  # nested-admin gives each nested formset its own copy
        while getattr(getattr(root, "parent_form", None), "parent_formset", None):
            root = root.parent_form.parent_formset
        loaded = root.__dict__.setdefault("_article_parts", {})
        if self.model not in loaded:
            pattern = re.compile(
                rf"(?:^|-){re.escape(self.get_default_prefix())}-\d+-"
                rf"{re.escape(self.model._meta.pk.name)}$"
            )
            names = [v for k, v in self.data.items() if v and pattern.search(k)]
            keys = set()
            for name in names:
                try:
                    keys.add(self.model._meta.pk.to_python(name))
                except ValidationError:
                    continue
            loaded[self.model] = self.model._default_manager.in_bulk(keys)
        return loaded[self.model]

    def save_existing_objects(self, initial_forms=None, commit=True):
        """nested-admin's, without its two queries a form: rows come from
        ``get_queryset`` and their previous parent from ``_saved_parent``."""
        if not initial_forms:
            return []
        saved = []
        to_delete = self.deleted_forms
        for form in initial_forms:
            name = self._pk_field.name
            raw = form.fields[name].widget.value_from_datadict(
                form.data, form.files, form.add_prefix(name)
            )
            if self._should_delete_form(form):
                obj = self._existing_object(self.model._meta.pk.to_python(raw))
            else:
                try:
                    obj = form.fields[name].clean(raw)
                except ValidationError:
                    # Its parent was deleted: saved as a new row instead.
                    saved.extend(super().save_existing_objects([form], commit))
                    continue
            if obj is None or not obj.pk:
                continue
            if form in to_delete:
                self.deleted_objects.append(obj)
                self.delete_existing(obj, commit=commit)
                continue
            moved = self._saved_parent.get(obj.pk) != self.instance.pk
            if form.has_changed() or moved:
                self.changed_objects.append((obj, form.changed_data))
                saved.append(self.save_existing(form, obj, commit=commit))
                if not commit:
                    self.saved_forms.append(form)
        return saved

    def add_fields(self, form, index):
        super().add_fields(form, index)
        name = self._pk_field.name
        field = form.fields.get(name)
        if isinstance(field, forms.ModelChoiceField):
            form.fields[name] = KnownRowField(
                self,
                field.queryset,
                initial=field.initial,
                required=False,
                widget=field.widget,
            )


class BulletFormSet(ArticlePartFormSet):
    prefetched_name = "bullets"

    def save(self, commit=True):
        # A deleted section takes its bullets with it; saving an edited bullet
        # of that section would point it at a row that no longer exists.
        section_form = getattr(self, "parent_form", None)
        if section_form is not None and section_form.cleaned_data.get("DELETE"):
            self.changed_objects, self.deleted_objects, self.new_objects = [], [], []
            return []
        return super().save(commit)


class SectionFormSet(ArticlePartFormSet):
    def clean(self):
        """An article is not published with a section that has no text."""
        super().clean()
        if self.instance.status != Article.Status.PUBLISHED:
            return
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("heading"):
                continue
            nested = getattr(form, "nested_formsets", [])
            for formset in nested:
                formset.is_valid()  # fills in each bullet's cleaned_data
            bullets = [
                bullet
                for formset in nested
                for bullet in formset.forms
                if getattr(bullet, "cleaned_data", None)
                and not bullet.cleaned_data.get("DELETE")
                and (bullet.cleaned_data.get("text") or "").strip()
            ]
            if not (
                (data.get("body") or "").strip()
                or (data.get("body_after_list") or "").strip()
                or bullets
            ):
                raise PublishRefused(
                    f"Section “{data['heading']}” has no text: write some or "
                    "remove it before publishing, or save the article as a draft."
                )


class BulletInline(
    ArticlePartInline,
    nested_admin.SortableHiddenMixin,
    nested_admin.NestedTabularInline,
):
    model = Bullet
    formset = BulletFormSet
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "label", "text")
    formfield_overrides = markdown_editor(rows=2)


class SectionInline(
    ArticlePartInline,
    nested_admin.SortableHiddenMixin,
    nested_admin.NestedStackedInline,
):
    model = Section
    formset = SectionFormSet
    extra = 0
    sortable_field_name = "position"
    # The after-list paragraphs get a fieldset of their own, which editor.css
    # moves below the bullet points, where they appear to readers.
    raw_id_fields = ("image",)  # the chooser widget, not a wrapped <select>
    fieldsets = (
        (None, {"fields": ("position", "heading", "image", "body")}),
        (None, {"fields": ("body_after_list",), "classes": ("after-list",)}),
    )
    inlines = (BulletInline,)
    formfield_overrides = markdown_editor(rows=5)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "image":
            return image_formfield(db_field, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        load_images_once(request, formset.form, "image", obj)
        return formset

    def get_queryset(self, request):
        # Each section's bullet formset then reads its rows from here.
        return super().get_queryset(request).prefetch_related("bullets")


class FAQInline(
    ArticlePartInline,
    nested_admin.SortableHiddenMixin,
    nested_admin.NestedStackedInline,
):
    model = FAQ
    formset = ArticlePartFormSet
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "question", "answer")
    formfield_overrides = markdown_editor(rows=3)


class CorrectionNoteInline(nested_admin.NestedTabularInline):
    model = CorrectionNote
    extra = 0
    fields = ("text", "noted_at")
    verbose_name_plural = "Correction and update notes (shown to readers)"


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
    return document_from_parts(article, sections, bullets, faqs, image_keys=image_keys)


def saved_any(formsets):
    """Whether saving these formsets, or any nested in them, wrote a row."""
    for formset in formsets:
        if formset.new_objects or formset.changed_objects or formset.deleted_objects:
            return True
        nested = [n for f in formset.forms for n in getattr(f, "nested_formsets", [])]
        if saved_any(nested):
            return True
    return False


class LabelAdmin(admin.ModelAdmin):
    """Topics, tags and authors: their articles store their name and address."""

    shown_fields = ()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and set(form.changed_data) & set(self.shown_fields):
            label_renamed(obj)


@admin.register(Topic, Tag)
class TopicAdmin(LabelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    shown_fields = ("name", "slug")


@admin.register(Author)
class AuthorAdmin(LabelAdmin):
    list_display = ("display_name", "slug", "user")
    search_fields = ("display_name", "slug")
    prepopulated_fields = {"slug": ("display_name",)}
    list_select_related = ("user",)
    shown_fields = ("display_name", "slug")


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ("old_slug", "article", "created_at")
    search_fields = ("old_slug", "article__slug", "article__title")
    list_select_related = ("article",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(nested_admin.NestedModelAdmin):
    form = ArticleAdminForm
    list_display = ("title", "state", "byline", "updated_at")
    list_filter = ("status", "topic")
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("authors", "topic", "tags")
    raw_id_fields = ("lead_image",)  # the chooser widget, not a wrapped <select>
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
            "Publishing",
            {
                "fields": (
                    "status",
                    "publish_at",
                    "unpublish_at",
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
        css = {"all": ("articles/admin/editor.css",)}
        js = (
            "articles/admin/markdownx-inlines.js",
            "articles/admin/editing-safety.js",
        )

    def get_queryset(self, request):
        articles = super().get_queryset(request)
        match = request.resolver_match
        if match and match.url_name == "articles_article_changelist":
            return articles.prefetch_related("authors")  # the byline column
        return articles

    @admin.display(description="State", ordering="publish_at")
    def state(self, obj):
        return obj.state()

    @admin.display(description="Byline")
    def byline(self, obj):
        return ", ".join(author.display_name for author in obj.authors.all())

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
        return ("publish_at", "unpublish_at")

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
        if db_field.name == "lead_image":
            return image_formfield(db_field, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        load_images_once(request, form, "lead_image", obj)
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        author = Author.objects.filter(user=request.user).first()
        if author:
            initial.setdefault("authors", [author.pk])
        return initial

    # Saving: every save renders the body, moves the edit counter on and
    # records a revision of the whole article.

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        if form.cleaned_data.get("mark_updated"):
            obj.public_updated_at = timezone.now()
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            article_slug_changed(obj, old_slug=form.initial["slug"])

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if change and not form.has_changed() and not saved_any(formsets):
            # Nothing to render again and no revision equal to the last one.
            return
        article_note_corrections(article)
        message = self.construct_change_message(request, form, formsets, not change)
        comment = LogEntry(change_message=json.dumps(message)).get_change_message()
        article_saved(article, by=request.user, comment=comment or "Saved")

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        # Only when the page is shown: a successful save redirects instead.
        if change and obj is not None and obj.pk:
            document = saved_document(request, obj, context)
            if document is None:
                obj = Article.objects.with_content().get(pk=obj.pk)
            context.update(
                admin_views.change_page_context(request, self, obj, document)
            )
        return super().render_change_form(
            request, context, add=add, change=change, form_url=form_url, obj=obj
        )

    def history_view(self, request, object_id, extra_context=None):
        return admin_views.article_history(request, self, object_id)

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(
                lambda request, *args, **kwargs: function(
                    request, self, *args, **kwargs
                )
            )

        return [
            path(
                "import/",
                view(admin_views.article_import),
                name="articles_article_import",
            ),
            path(
                "preview/",
                view(admin_views.article_form_preview),
                name="articles_article_add_preview",
            ),
            path(
                "<int:object_id>/preview/",
                view(admin_views.article_form_preview),
                name="articles_article_preview",
            ),
            path(
                "<int:object_id>/history/compare/",
                view(admin_views.article_compare),
                name="articles_article_compare",
            ),
            path(
                "<int:object_id>/history/<int:version_id>/restore/",
                view(admin_views.article_restore_view),
                name="articles_article_restore",
            ),
            path(
                "<int:object_id>/share/",
                view(admin_views.preview_link_create),
                name="articles_article_share",
            ),
            path(
                "<int:object_id>/share/<int:link_id>/revoke/",
                view(admin_views.preview_link_revoke),
                name="articles_article_share_revoke",
            ),
            path(
                "<int:object_id>/presence/",
                view(admin_views.article_presence),
                name="articles_article_presence",
            ),
            *super().get_urls(),
        ]

    # List actions.

    @admin.action(description="Publish now", permissions=("publish",))
    def publish_now(self, request, queryset):
        admin_views.apply_to_each(request, queryset, article_publish, "published")

    @admin.action(description="Schedule…", permissions=("publish",))
    def schedule(self, request, queryset):
        return admin_views.schedule_action(request, self, queryset)

    @admin.action(description="Unpublish", permissions=("publish",))
    def unpublish(self, request, queryset):
        admin_views.apply_to_each(request, queryset, article_unpublish, "unpublished")

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
        admin_views.apply_to_each(
            request, mine, article_submit_for_review, "submitted for review"
        )

    @admin.action(description="Send back to draft…", permissions=("publish",))
    def send_back_to_draft(self, request, queryset):
        return admin_views.send_back_action(request, self, queryset)

    @admin.action(description="Export as Markdown", permissions=("view",))
    def export_markdown(self, request, queryset):
        return admin_views.export_markdown_response(queryset.with_content())
