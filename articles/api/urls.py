from csp.decorators import csp_update
from django.urls import path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularSwaggerSplitView,
)

from articles.api import views

app_name = "api"
urlpatterns = [
    path("articles/", views.ArticleList.as_view(), name="article-list"),
    path("articles/<slug:slug>/", views.ArticleDetail.as_view(), name="article-detail"),
    path("topics/", views.TopicList.as_view(), name="topic-list"),
    path("tags/", views.TagList.as_view(), name="tag-list"),
    path("authors/", views.AuthorList.as_view(), name="author-list"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI from our own static files, its setup in a script file of its
    # own: the Content-Security-Policy allows no CDN and no inline script. Its
    # stylesheet draws its icons from data: URLs.
    path(
        "docs/",
        csp_update({"img-src": ["data:"]})(
            SpectacularSwaggerSplitView.as_view(
                url_name="api:schema", template_name="articles/api_docs.html"
            )
        ),
        name="docs",
    ),
    # Anything else under /api/ is a JSON 404, not the readers' HTML page.
    re_path(r"^", views.NotFoundView.as_view()),
]
