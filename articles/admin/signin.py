"""The sign-in lockouts (django-axes) in the admin, where Editors unlock
accounts by deleting their failed attempts."""

from axes.admin import AccessAttemptAdmin
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.contrib import admin

admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class SignInLockoutAdmin(AccessAttemptAdmin):
    @admin.action(description="Clean up expired attempts", permissions=("delete",))
    def cleanup_expired_attempts(self, request, queryset):
        # axes measures expiry from the time of "this sign-in attempt", which
        # it sets on sign-in requests only: without it the action fails.
        AxesProxyHandler.update_request(request)
        return super().cleanup_expired_attempts(request, queryset)
