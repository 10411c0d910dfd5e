"""What a change makes stale, announced by the write services
(articles/services/) and by nothing else: no signal watches the models.

Each announcement takes effect when the write's transaction commits (at once
outside a transaction): every cached page ends (a new content generation,
``pages``), and, when ``NEWSROOM_CDN_PURGE_URL`` is set, the exact public
addresses the change touched are purged from the HTTP cache in front
(``outbox``). Lists further down, search results and the "related" boxes on
other articles leave that cache within ``s-maxage``.
"""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.urls import reverse

from articles.caching import outbox, pages

# The pages of a topic, tag or author, by their model's name.
LABEL_PAGES = {
    "topic": ("articles:topic", "articles:topic-feed-rss"),
    "tag": ("articles:tag",),
    "author": ("articles:author",),
}


def content_changed(paths=(), using=DEFAULT_DB_ALIAS):
    """After a write readers may see; ``paths`` are the public addresses it
    touched, purged from the HTTP cache in front."""
    # The generation first: a CDN that asks again at once gets the new page.
    pages.new_generation_on_commit(using)
    purge_on_commit(paths, using)


def purge_on_commit(paths, using=DEFAULT_DB_ALIAS):
    """Purge ``paths`` from the HTTP cache in front once the write commits."""
    if not paths or not settings.NEWSROOM_CDN_PURGE_URL:
        return
    outbox.enqueue(paths, using=using)
    transaction.on_commit(outbox.send_soon, using=using, robust=True)


def cdn_in_front():
    """Whether addresses are worth working out: only the CDN needs them."""
    return bool(settings.NEWSROOM_CDN_PURGE_URL)


def article_changed(article):
    """After a write to ``article`` or its parts (``services.article_saved``):
    every page showing it goes, as it is now and as it was."""
    content_changed(article_paths(article) if cdn_in_front() else ())


def articles_changed(articles):
    """After a write to many articles at once (a rename of their topic, tag or
    author, a delete), in a fixed number of queries: every page showing them
    as they are now."""
    content_changed(articles_paths(articles) if cdn_in_front() else ())


def label_changed(label, *, old_slug=None):
    """After a topic, tag or author changed or went: its own pages, at its old
    address too. The pages of its articles are ``articles_changed``'s."""
    slugs = {label.slug, old_slug} - {None}
    content_changed(label_paths(label._meta.model_name, slugs))


def files_removed(urls):
    """Uploaded files that are gone: no page shows them (an image in use cannot
    be deleted), but the HTTP cache in front keeps a file for a year. Files on
    another host (a bucket, a media domain) are not the site's to purge."""
    purge_on_commit([url for url in urls if url.startswith("/")])


def label_paths(model_name, slugs):
    return {
        reverse(name, args=[slug]) for slug in slugs for name in LABEL_PAGES[model_name]
    }


def article_paths(article):
    """The public addresses that show ``article``, as it is now and as its
    last revision had it (its old slug, topic, tags and authors)."""
    from reversion.models import Version

    slugs = {article.slug}
    topics, tags, authors = {article.topic_id}, set(), set()
    tags.update(article.tags.values_list("pk", flat=True))
    authors.update(article.authors.values_list("pk", flat=True))
    previous = Version.objects.get_for_object(article).first()
    if previous is not None:
        old = previous.field_dict
        slugs.add(old.get("slug"))
        topics.add(old.get("topic"))
        tags.update(old.get("tags") or ())
        authors.update(old.get("authors") or ())
    return paths_showing(slugs, topics, tags, authors) | sitemap_paths([article.pk])


def articles_paths(articles):
    """The public addresses that show any of ``articles`` as they are now."""
    from articles.models import Article

    ids = [article.pk for article in articles]
    tags = Article.tags.through.objects.filter(article_id__in=ids)
    authors = Article.authors.through.objects.filter(article_id__in=ids)
    return paths_showing(
        {article.slug for article in articles},
        {article.topic_id for article in articles},
        set(tags.values_list("tag_id", flat=True)),
        set(authors.values_list("author_id", flat=True)),
    ) | sitemap_paths(ids)


def sitemap_paths(ids):
    """The part of the sitemap's articles section listing each of ``ids``:
    its part never changes (sitemaps.article_part)."""
    from articles.sitemaps import article_part, section_path

    return {section_path("articles", article_part(pk)) for pk in ids if pk is not None}


def paths_showing(slugs, topics, tags, authors):
    """The addresses of these articles (by slug), of these topics, tags and
    authors (by id), and of the lists every article is on."""
    from articles.models import Author, Tag, Topic

    paths = {
        reverse("articles:index"),
        reverse("articles:feed-rss"),
        reverse("articles:feed-atom"),
        reverse("django.contrib.sitemaps.views.sitemap"),
        reverse("sitemap-news"),
        # The Content API's first pages (the labels' lists count articles).
        *(
            reverse(f"api:{name}-list")
            for name in ("article", "topic", "tag", "author")
        ),
    }
    for slug in slugs - {None, ""}:
        paths.add(reverse("articles:detail", args=[slug]))
        paths.add(reverse("api:article-detail", args=[slug]))
    for model, ids in ((Topic, topics), (Tag, tags), (Author, authors)):
        slugs = model.objects.filter(pk__in=ids - {None}).values_list("slug", flat=True)
        paths.update(label_paths(model._meta.model_name, slugs))
    return paths
