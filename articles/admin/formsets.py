"""The formsets behind the article change page's inlines.

Every posted id of a section, bullet, FAQ entry or correction note is looked
up among the rows of the article being edited, never in the whole table: a
foreign or unknown id is a form error and nothing is saved.

Django scopes an inline formset's queryset to its parent. django-nested-admin
4.1 replaces it, on a posted form, by every row of the model whose id was
posted (so that a bullet can be dragged to another section), and saves and
deletes rows found with ``Model.objects.get(pk=…)``: any row of any article.
These formsets keep Django's scoped queryset instead, widened for bullets to
the other sections of the same article, and save through ``form.instance``,
which the formset took from that queryset. ``tests/web/test_admin_formsets.py``
fails if nested-admin changes the behaviour this module replaces.
"""

import nested_admin
from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseModelFormSet

NOT_IN_ARTICLE = (
    "This part is not in this article any more (someone may have deleted it, "
    "or the page is out of date). Nothing was saved: reload the page and "
    "make your change again."
)


class ArticlePartIdField(forms.ModelChoiceField):
    """An inline form's hidden id: valid only for a row its formset has read
    from the article being edited, found without a query of its own."""

    default_error_messages = {"invalid_choice": NOT_IN_ARTICLE}

    def __init__(self, formset, *args, **kwargs):
        self.formset = formset
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            pk = self.queryset.model._meta.pk.to_python(value)
        except ValidationError:
            pk = None
        row = self.formset.rows_by_pk().get(pk)
        if row is None:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return row


class ArticlePartFormSet(nested_admin.formsets.NestedInlineFormSet):
    """Rows of one part of an article, scoped to the article."""

    def get_queryset(self):
        # Django's own: the inline's queryset filtered to ``self.instance``
        # (prefetches included); not nested-admin's unscoped one.
        return BaseModelFormSet.get_queryset(self)

    def rows_by_pk(self):
        if not hasattr(self, "_rows_by_pk"):
            self._rows_by_pk = {row.pk: row for row in self.get_queryset()}
        return self._rows_by_pk

    def add_fields(self, form, index):
        super().add_fields(form, index)
        name = self.model._meta.pk.name
        field = form.fields.get(name)
        if isinstance(field, forms.ModelChoiceField):
            form.fields[name] = ArticlePartIdField(
                self,
                field.queryset,
                initial=field.initial,
                required=False,
                widget=field.widget,
            )

    def clean(self):
        super().clean()
        name = self.model._meta.pk.name
        if any(name in form.errors for form in self.initial_forms):
            raise ValidationError(NOT_IN_ARTICLE, code="not_in_article")

    def moved(self, row):
        """Whether the form moved ``row`` to another parent."""
        return False

    def save_existing_objects(self, initial_forms=None, commit=True):
        """Django's, for the forms nested-admin passes one at a time: each
        row is the scoped one the form was built with."""
        saved = []
        deleted = self.deleted_forms
        for form in initial_forms or []:
            row = form.instance
            if row.pk is None:
                continue
            if form in deleted:
                self.deleted_objects.append(row)
                self.delete_existing(row, commit=commit)
                continue
            if form.has_changed() or self.moved(row):
                self.changed_objects.append((row, form.changed_data))
                saved.append(self.save_existing(form, row, commit=commit))
                if not commit:
                    self.saved_forms.append(form)
        return saved


class BulletFormSet(ArticlePartFormSet):
    """A section's bullets. A bullet dragged from another section of the same
    article is posted in its new section's formset: rows of the article's
    other sections are accepted too, never rows of another article."""

    def get_queryset(self):
        if not hasattr(self, "_bullets"):
            bullets = (
                self.instance.bullets.all()  # prefetched by SectionInline
                if self.instance.pk
                else self.model._default_manager.none()
            )
            posted = self.posted_pks()
            if posted - {row.pk for row in bullets}:
                # The section's article: a new section's too, which its
                # formset made for the article being edited.
                article_id = self.instance.article_id
                bullets = (
                    self.model._default_manager.filter(
                        section__article_id=article_id, pk__in=posted
                    )
                    if article_id
                    else self.model._default_manager.none()
                )
            self._bullets = bullets
            # Where each bullet was before anything moved: the forms set
            # their rows' section to this one when they are built.
            self._sections_before = {row.pk: row.section_id for row in bullets}
        return self._bullets

    def posted_pks(self):
        """The ids this formset's forms carry, as posted."""
        if not self.is_bound:
            return set()
        pk = self.model._meta.pk
        pks = set()
        for i in range(self.initial_form_count()):
            try:
                pks.add(pk.to_python(self.data.get(f"{self.add_prefix(i)}-{pk.name}")))
            except ValidationError:
                continue
        pks.discard(None)
        return pks

    def moved(self, row):
        return self._sections_before.get(row.pk) != self.instance.pk

    def save(self, commit=True):
        # A deleted section takes its bullets with it; saving an edited bullet
        # of that section would point it at a row that no longer exists.
        section_form = getattr(self, "parent_form", None)
        if section_form is not None and section_form.cleaned_data.get("DELETE"):
            self.changed_objects, self.deleted_objects, self.new_objects = [], [], []
            return []
        return super().save(commit)
