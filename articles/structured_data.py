"""schema.org JSON-LD for the article page, from the stored article.

Built per request from fields the page query already loaded and the data
stored with them (no query and no URL reversal here), and escaped so that
nothing an editor types can end the <script> element.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

from articles.templatetags.site_chrome import site_addresses


def json_ld(data):
    # As django.utils.html.json_script: <, > and & never appear raw (three
    # replaces: several times faster than str.translate on a page's worth).
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def absolute_share_image(request, article):
    """The share image's (social or lead) stored 1200×630 crop, its URL
    made absolute for this request's host, or None."""
    image = article.page_data.get("image")
    if not image:
        return None
    return {**image, "url": request.build_absolute_uri(image["url"])}


def article_structured_data(request, article):
    """The page's JSON-LD: the article, its FAQ if any, its breadcrumbs."""
    data = article.page_data
    graph = [news_article(request, article)]
    if data.get("faq"):
        graph.append(faq_page(data["faq"]))
    graph.append(breadcrumb_list(request, article_breadcrumbs(article)))
    return json_ld(graph)


def news_article(request, article):
    data = article.page_data
    url = request.build_absolute_uri(data["url"])
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.meta_description or article.standfirst,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "author": [
            {
                "@type": "Person",
                "name": author["name"],
                "url": request.build_absolute_uri(author["url"]),
            }
            for author in data["authors"]
        ],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "keywords": data["keywords"],
    }
    image = absolute_share_image(request, article)
    if image:
        news["image"] = {
            "@type": "ImageObject",
            "url": image["url"],
            "width": image["width"],
            "height": image["height"],
        }
    if article.publish_at:
        news["datePublished"] = article.publish_at.isoformat()
        news["dateModified"] = article.modified_at().isoformat()
    if data["topic"]:
        news["articleSection"] = data["topic"]["name"]
    return news


def faq_page(faq):
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry["question"],
                "acceptedAnswer": {"@type": "Answer", "text": entry["answer"]},
            }
            for entry in faq
        ],
    }


def article_breadcrumbs(article):
    """The trail to ``article``, as ``{"name", "url"}``: home, its topic,
    itself; from its stored page data and the home page's address, reversed
    once per process (``site_addresses``)."""
    data = article.page_data
    topic = data["topic"]
    return [
        {"name": "Home", "url": site_addresses()["home"]},
        *([{"name": topic["name"], "url": topic["url"]}] if topic else []),
        {"name": article.title, "url": data["url"]},
    ]


def breadcrumb_list(request, crumbs):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb["name"],
                "item": request.build_absolute_uri(crumb["url"]),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }
