"""Full-text search of published articles (being written: see helper)."""

MAX_QUERY_LENGTH = 200


def clean_query(text):
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def search_articles(query):
    from articles.models import Article

    if not query:
        return Article.objects.none()
    return Article.objects.published().filter(title__icontains=query).for_listing()


def index_article(article):
    """Keep the search index in step with ``article``."""
