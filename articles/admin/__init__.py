"""The newsroom's admin: the sign-in form, and every model admin, registered
by importing the modules that declare them."""

from django.contrib import admin

from articles.admin import (  # noqa: F401 (registers)
    articles,
    images,
    labels,
    notifications,
    signin,
    webhooks,
)
from articles.admin.forms import NewsroomLoginForm

admin.site.login_form = NewsroomLoginForm
