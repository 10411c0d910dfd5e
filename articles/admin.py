import nested_admin
from django import forms
from django.contrib import admin
from django.urls import path
from markdownx.models import MarkdownxField
from markdownx.widgets import AdminMarkdownxWidget

from articles.admin_views import article_import, export_markdown_response
from articles.models import FAQ, Article, Bullet, Section


def markdown_editor(rows):
    return {MarkdownxField: {"widget": AdminMarkdownxWidget(attrs={"rows": rows})}}


class BulletFormSet(nested_admin.formsets.NestedInlineFormSet):
    def save(self, commit=True):
        # A deleted section takes its bullets with it; saving an edited bullet
        # of that section would point it at a row that no longer exists.
        section_form = getattr(self, "parent_form", None)
        if section_form is not None and section_form.cleaned_data.get("DELETE"):
            self.changed_objects, self.deleted_objects, self.new_objects = [], [], []
            return []
        return super().save(commit)


class BulletInline(nested_admin.SortableHiddenMixin, nested_admin.NestedTabularInline):
    model = Bullet
    formset = BulletFormSet
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "label", "text")
    formfield_overrides = markdown_editor(rows=2)


class SectionInline(nested_admin.SortableHiddenMixin, nested_admin.NestedStackedInline):
    model = Section
    extra = 0
    sortable_field_name = "position"
    # The after-list paragraphs get a fieldset of their own, which editor.css
    # moves below the bullet points, where they appear to readers.
    fieldsets = (
        (None, {"fields": ("position", "heading", "body")}),
        (None, {"fields": ("body_after_list",), "classes": ("after-list",)}),
    )
    inlines = (BulletInline,)
    formfield_overrides = markdown_editor(rows=5)


class FAQInline(nested_admin.SortableHiddenMixin, nested_admin.NestedStackedInline):
    model = FAQ
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "question", "answer")
    formfield_overrides = markdown_editor(rows=3)


@admin.register(Article)
class ArticleAdmin(nested_admin.NestedModelAdmin):
    list_display = ("title", "status", "live", "publish_at", "updated_at")
    list_filter = ("status",)
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    inlines = (SectionInline, FAQInline)
    fieldsets = (
        (None, {"fields": ("title", "slug", "standfirst", "lead")}),
        (
            "FAQ heading and closing",
            {"fields": ("faq_heading", "closing"), "classes": ("after-inlines",)},
        ),
        (
            "Publishing",
            {"fields": ("status", "publish_at"), "classes": ("after-inlines",)},
        ),
    )
    formfield_overrides = markdown_editor(rows=6)
    ordering = ("-updated_at",)
    actions = ("export_markdown",)

    class Media:
        css = {"all": ("articles/admin/editor.css",)}
        js = ("articles/admin/markdownx-inlines.js",)

    @admin.display(boolean=True, description="Live")
    def live(self, obj):
        return obj.is_live()

    @admin.action(description="Export as Markdown", permissions=("view",))
    def export_markdown(self, request, queryset):
        return export_markdown_response(queryset.with_content())

    def get_urls(self):
        import_view = self.admin_site.admin_view(
            lambda request: article_import(request, self)
        )
        return [
            path("import/", import_view, name="articles_article_import"),
            *super().get_urls(),
        ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "standfirst":
            kwargs["widget"] = forms.Textarea(
                attrs={"rows": 2, "class": "vLargeTextField"}
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_body_html()
