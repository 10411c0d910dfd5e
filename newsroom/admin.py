"""The newsroom's admin site: branded with the publication's name, its home
page the editor's desk, and the models editors rarely open (sign-in lockouts,
old addresses) grouped under "Site". ``NewsroomAdminConfig`` installs it as
``admin.site``, as Django's documentation shows ("Overriding the default
admin site")."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import reverse

# (app label, model name) of the models listed under "Site".
SITE_MODELS = {
    ("axes", "AccessAttempt"),
    ("axes", "AccessLog"),
    ("axes", "AccessFailureLog"),
    ("articles", "SlugRedirect"),
}


class NewsroomAdminSite(admin.AdminSite):
    # Read when asked, so the name follows the settings.
    @property
    def site_header(self):
        return settings.SITE_NAME

    @property
    def site_title(self):
        return settings.SITE_NAME

    @property
    def index_title(self):
        return f"{settings.SITE_NAME} desk"

    def index(self, request, extra_context=None):
        # Imported here: the articles' admin modules register on this site,
        # so importing them first would ask for the site while it is made.
        from articles.admin.dashboard import Desk

        return super().index(request, {"desk": Desk(request), **(extra_context or {})})

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        if app_label is not None:
            return app_list
        site_models = []
        for app in app_list:
            kept = []
            for model in app["models"]:
                key = (app["app_label"], model["object_name"])
                (site_models if key in SITE_MODELS else kept).append(model)
            app["models"] = kept
        app_list = [app for app in app_list if app["models"]]
        if site_models:
            app_list.append(
                {
                    "name": "Site",
                    "app_label": "site",
                    # No page of its own: its caption leads to the desk.
                    "app_url": reverse("admin:index", current_app=self.name) + "#site",
                    "has_module_perms": True,
                    "models": sorted(site_models, key=lambda model: model["name"]),
                }
            )
        return app_list


class NewsroomAdminConfig(AdminConfig):
    default_site = "newsroom.admin.NewsroomAdminSite"
