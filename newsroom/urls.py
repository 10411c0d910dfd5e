from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from articles import sitemaps
from articles.admin.markdown import markdown_preview, markdown_upload_refused
from articles.views import media_file

urlpatterns = [
    # The calendar's short address, for staff; the page is the article admin's.
    path(
        "admin/articles/calendar/",
        admin.site.admin_view(
            RedirectView.as_view(
                pattern_name="admin:articles_article_calendar", query_string=True
            )
        ),
    ),
    path("admin/", admin.site.urls),
    path("_nested_admin/", include("nested_admin.urls")),
    # markdownx's own routes answer anyone and store unchecked uploads; these
    # shadow them: a staff-only preview, and no uploads outside the library.
    path("markdownx/markdownify/", markdown_preview, name="markdownx_markdownify"),
    path("markdownx/upload/", markdown_upload_refused, name="markdownx_upload"),
    path("sitemap.xml", sitemaps.sitemap, name="django.contrib.sitemaps.views.sitemap"),
    path("sitemap-news.xml", sitemaps.news_sitemap, name="sitemap-news"),
    path(
        "sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap-section"
    ),
    path("api/v1/", include("articles.api.urls")),
    re_path(r"^media/(?P<path>.+)$", media_file, name="media-file"),
    path("", include("articles.urls")),
]
