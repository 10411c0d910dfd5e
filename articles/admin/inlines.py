"""The parts of an article edited on its change page: sections with their
bullet points, FAQ entries and correction notes, each changed only by whoever
may change the article."""

import nested_admin
from django import forms
from django.db import models

from articles.admin.forms import BulletForm, StackedPartForm
from articles.admin.formsets import ArticlePartFormSet, BulletFormSet
from articles.admin.image_forms import image_formfield, load_images_once
from articles.admin.markdown import markdown_editor
from articles.checks import section_checks
from articles.formats.document import Bullet as BulletData
from articles.formats.document import Section as SectionData
from articles.models import FAQ, Article, Bullet, CorrectionNote, Section
from articles.services.workflow import PublishRefused, can_edit


class ArticlePartInline:
    """Parts of an article may be changed by whoever may change the article."""

    def _article_editable(self, request, obj):
        """Asked for every inline form: decided once per article a request."""
        article_id = (
            obj.pk if isinstance(obj, Article) else getattr(obj, "article_id", None)
        )
        if article_id is None:
            return True  # a new article: the add permission decided
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


class SectionFormSet(ArticlePartFormSet):
    def clean(self):
        """An article is not published with a section the editorial checks
        say blocks publishing: asked of the sections as posted."""
        super().clean()
        if self.instance.status != Article.Status.PUBLISHED:
            return
        blockers = [
            check.message
            for check in section_checks(self.posted_sections())
            if check.blocks_publishing
        ]
        if blockers:
            raise PublishRefused(
                [
                    *blockers,
                    "Write the missing text or remove what is empty before "
                    "publishing, or save the article as a draft.",
                ]
            )

    def posted_sections(self):
        """The sections this form would save, as a ``Document``'s, in order."""
        sections = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("heading"):
                continue
            bullets = []
            for formset in getattr(form, "nested_formsets", []):
                formset.is_valid()  # fills in each bullet's cleaned_data
                bullets += [
                    bullet.cleaned_data
                    for bullet in formset.forms
                    if getattr(bullet, "cleaned_data", None)
                    and not bullet.cleaned_data.get("DELETE")
                ]
            bullets.sort(key=lambda bullet: bullet.get("position") or 0)
            section = SectionData(
                heading=data["heading"],
                body=data.get("body") or "",
                body_after_list=data.get("body_after_list") or "",
                bullets=[
                    BulletData(text=b.get("text") or "", label=b.get("label") or "")
                    for b in bullets
                ],
            )
            sections.append((data.get("position") or 0, section))
        return [section for _, section in sorted(sections, key=lambda s: s[0])]


class BulletInline(
    ArticlePartInline,
    nested_admin.SortableHiddenMixin,
    nested_admin.NestedTabularInline,
):
    model = Bullet
    form = BulletForm
    template = "admin/articles/article/bullet_inline.html"
    formset = BulletFormSet
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "label", "text")
    # The label's width comes from editor.css, not the admin's vTextField.
    formfield_overrides = {
        **markdown_editor(),
        models.CharField: {"widget": forms.TextInput},
    }


class SectionInline(
    ArticlePartInline,
    nested_admin.SortableHiddenMixin,
    nested_admin.NestedStackedInline,
):
    model = Section
    form = StackedPartForm
    template = "admin/articles/article/stacked_inline.html"
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
    form = StackedPartForm
    template = "admin/articles/article/stacked_inline.html"
    formset = ArticlePartFormSet
    extra = 0
    sortable_field_name = "position"
    fields = ("position", "question", "answer")
    formfield_overrides = markdown_editor(rows=3)


class CorrectionNoteInline(ArticlePartInline, nested_admin.NestedTabularInline):
    model = CorrectionNote
    formset = ArticlePartFormSet
    extra = 0
    fields = ("text", "noted_at")
    verbose_name_plural = "Correction and update notes (shown to readers)"
