"""Notifications in the admin: each user's own "Notifications" page (linked
beside "Change password"), and the outbox of emails, read-only, for
superusers, with what failed and why."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from articles.models import Notification, NotificationPreference
from articles.roles import EDITORS


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ("is_enabled",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("subject", "to", "kind", "status", "attempts", "created_at")
    list_filter = ("kind", "sent_at")
    search_fields = ("subject", "to")
    date_hierarchy = "created_at"
    list_select_related = ("article", "recipient")
    readonly_fields = (
        "kind",
        "article",
        "recipient",
        "to",
        "subject",
        "body",
        "created_at",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
    )
    fields = readonly_fields

    @admin.display(description="Status")
    def status(self, obj):
        return obj.status()

    # Superusers see the outbox; nobody writes to it by hand.

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "preferences/",
                self.admin_site.admin_view(self.preferences_view),
                name="articles_notification_preferences",
            ),
            *super().get_urls(),
        ]

    def preferences_view(self, request):
        """Every signed-in user's own choice: emails on or off."""
        preference = NotificationPreference.objects.filter(user=request.user).first()
        form = NotificationPreferenceForm(
            request.POST if request.method == "POST" else None,
            instance=preference or NotificationPreference(user=request.user),
        )
        if request.method == "POST" and form.is_valid():
            form.save()
            state = "on" if form.instance.is_enabled else "off"
            messages.success(request, f"Email notifications are {state}.")
            return redirect("admin:articles_notification_preferences")
        is_editor = request.user.groups.filter(name=EDITORS).exists()
        return TemplateResponse(
            request,
            "admin/articles/notification/preferences.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Notifications",
                "form": form,
                "is_editor": is_editor,
            },
        )
