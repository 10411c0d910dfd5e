"""Labels of articles (topics, tags, authors) and the old addresses that
redirect to articles."""

from django import forms
from django.contrib import admin

from articles.models import Author, SlugRedirect, Tag, Topic
from articles.services import label_saved, labels_delete


class LabelAdmin(admin.ModelAdmin):
    """Topics, tags and authors: their articles store their name and address
    (cards show the topic, bodies the tags, bylines the authors, and the
    page's data all three)."""

    shown_fields = ()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A new topic may be in the navigation every page shows.
        if not change or form.changed_data:
            label_saved(
                obj,
                old_slug=form.initial.get("slug"),
                renamed=bool(set(form.changed_data) & set(self.shown_fields)),
            )

    # The delete page and the "Delete selected" action.

    def delete_model(self, request, obj):
        labels_delete(type(obj).objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        labels_delete(queryset)


@admin.register(Tag)
class TagAdmin(LabelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    shown_fields = ("name", "slug")


@admin.register(Topic)
class TopicAdmin(TagAdmin):
    """A topic has what a tag has, and may be in the site's navigation: in
    every page's menu and with a block on the home page, in the order set
    here."""

    list_display = ("name", "slug", "in_navigation", "navigation_order")
    list_editable = ("in_navigation", "navigation_order")
    # The navigation's topics first, in its order: no filter needed.
    ordering = ("-in_navigation", "navigation_order", "name")

    def get_changelist_form(self, request, **kwargs):
        return NavigationRowForm


class NavigationRowForm(forms.ModelForm):
    """A row of the topic list: its fields named for screen readers, which
    the list's column headings do not label."""

    class Meta:
        model = Topic
        fields = ("in_navigation", "navigation_order")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name = self.instance.name
        self.fields["in_navigation"].widget.attrs["aria-label"] = (
            f"{name} in the navigation"
        )
        self.fields["navigation_order"].widget.attrs["aria-label"] = (
            f"{name}'s place in the navigation"
        )


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
