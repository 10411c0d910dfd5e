"""Webhooks in the admin, for superusers only: the endpoints (URL, secret,
events, active), and the deliveries, read-only, with what failed, when the
next attempt is, and a "Retry now" action."""

import json
import secrets

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, Q
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html

from articles.models import WebhookDelivery, WebhookEndpoint, WebhookEventKind
from articles.services import webhooks


class SuperusersOnly:
    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser


class WebhookEndpointForm(forms.ModelForm):
    url = forms.URLField(
        label="URL",
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"class": "vURLField"}),
        help_text=WebhookEndpoint._meta.get_field("url").help_text,
    )
    events = forms.MultipleChoiceField(
        choices=WebhookEventKind.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=WebhookEventKind.values,
        help_text=WebhookEndpoint._meta.get_field("events").help_text,
    )
    secret = forms.CharField(
        min_length=16,
        max_length=200,
        initial=lambda: secrets.token_urlsafe(32),
        widget=forms.TextInput(attrs={"class": "vTextField", "autocomplete": "off"}),
        help_text="The receiver checks each delivery's signature with it. "
        "Keep it private.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ("url", "description", "events", "secret", "is_active")

    def clean_url(self):
        url = self.cleaned_data["url"]
        refusal = webhooks.url_refusal(url)
        if refusal:
            raise forms.ValidationError(refusal)
        return url


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(SuperusersOnly, admin.ModelAdmin):
    form = WebhookEndpointForm
    list_display = ("__str__", "url", "event_list", "is_active", "waiting", "given_up")
    list_filter = ("is_active",)

    def get_queryset(self, request):
        pending, given_up = (
            WebhookDelivery.Status.PENDING,
            WebhookDelivery.Status.GIVEN_UP,
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                waiting_count=Count("deliveries", filter=Q(deliveries__status=pending)),
                given_up_count=Count(
                    "deliveries", filter=Q(deliveries__status=given_up)
                ),
            )
        )

    @admin.display(description="Events")
    def event_list(self, obj):
        labels = dict(WebhookEventKind.choices)
        return ", ".join(labels[kind] for kind in obj.events if kind in labels)

    @admin.display(description="Waiting", ordering="waiting_count")
    def waiting(self, obj):
        return obj.waiting_count

    @admin.display(description="Given up", ordering="given_up_count")
    def given_up(self, obj):
        return obj.given_up_count

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(SuperusersOnly, admin.ModelAdmin):
    list_display = ("due_at", "what", "endpoint", "outcome", "error")
    list_filter = ("status", "event__kind", "endpoint")
    search_fields = ("event__slug", "endpoint__url", "uuid")
    list_select_related = ("endpoint", "event")
    actions = ("retry_now",)
    fields = (
        "uuid",
        "endpoint",
        "event_kind",
        "article",
        "due_at",
        "status",
        "attempts",
        "response_code",
        "next_attempt_at",
        "sent_at",
        "last_error",
        "body",
    )
    readonly_fields = fields

    @admin.display(description="Event", ordering="event__kind")
    def event_kind(self, obj):
        return obj.event.get_kind_display()

    @admin.display(description="Article", ordering="event__slug")
    def article(self, obj):
        return obj.event.slug

    @admin.display(description="Event", ordering="event__slug")
    def what(self, obj):
        return f"{obj.event.get_kind_display()}: {obj.event.slug}"

    @admin.display(description="Status", ordering="status")
    def outcome(self, obj):
        """Status, attempts, the last answer and the next attempt in one
        column: the list stays readable at laptop widths."""
        parts = [obj.get_status_display()]
        if obj.attempts:
            parts.append(f"{obj.attempts} attempt{pluralize(obj.attempts)}")
        if obj.response_code:
            parts.append(f"answered {obj.response_code}")
        if obj.attempts and obj.next_attempt_at:
            parts.append(f"next {localize(timezone.localtime(obj.next_attempt_at))}")
        return ", ".join(parts)

    @admin.display(description="Last error")
    def error(self, obj):
        return obj.last_error[:80] + ("…" if len(obj.last_error) > 80 else "")

    @admin.display(description="Body (signed when sent)")
    def body(self, obj):
        data = json.loads(webhooks.delivery_body(obj))
        return format_html("<pre>{}</pre>", json.dumps(data, indent=2))

    @admin.action(description="Retry now", permissions=("retry",))
    def retry_now(self, request, queryset):
        count = webhooks.retry_now(queryset)
        if count:
            transaction.on_commit(webhooks.send_after_commit, robust=True)
        messages.success(
            request, f"{count} deliver{pluralize(count, 'y,ies')} queued to retry now."
        )

    def has_retry_permission(self, request):
        return request.user.is_superuser

    # Deliveries are written by the sender only.

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
