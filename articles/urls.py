from django.urls import path
from django.views.generic import TemplateView

from articles import feeds, views

app_name = "articles"
urlpatterns = [
    path("", views.ArticleListView.as_view(), name="index"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("tags/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("feed/rss/", feeds.LatestArticlesRSS(), name="feed-rss"),
    path("feed/atom/", feeds.LatestArticlesAtom(), name="feed-atom"),
    path("topics/<slug:slug>/feed/rss/", feeds.TopicRSS(), name="topic-feed-rss"),
    path("preview/<str:token>/", views.shared_preview, name="preview"),
    path("healthz", views.healthz, name="healthz"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]
