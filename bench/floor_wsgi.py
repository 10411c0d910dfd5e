"""The project's WSGI application with one page more, for make bench only.

``/_bench/stored-body/<slug>/`` is the least a reader's page can cost on this
stack: the whole middleware, one ORM query for an article's stored body, no
template, compressed as every public page. Its share of the static file's
throughput is the ceiling any real page can reach on the machine. The route
comes last, so no other page resolves differently.
"""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import clear_url_caches, path

from newsroom.wsgi import application  # noqa: F401 - what gunicorn serves


def stored_body(request, slug):
    from articles.models import Article

    article = get_object_or_404(
        Article.objects.published().only("body_html"), slug=slug
    )
    return HttpResponse(article.body_html)


def add_route():
    # Only once Django is set up (newsroom.wsgi above): the URLconf imports
    # the views, which import the models.
    from newsroom import urls

    urls.urlpatterns.append(path("_bench/stored-body/<slug:slug>/", stored_body))
    clear_url_caches()


add_route()
