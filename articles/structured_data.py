"""schema.org JSON-LD for the article page, from the stored article.

Built per request from fields the page query already loaded (no query here),
and escaped so that nothing an editor types can end the <script> element.
"""

import json

from django.conf import settings
from django.urls import reverse
from django.utils.safestring import mark_safe

# As django.utils.html.json_script: <, > and & never appear raw.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    return mark_safe(
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
        + "</script>"
    )


def breadcrumbs(article):
    """Home › Topic › Article, as (name, path) pairs."""
    trail = [("Home", reverse("articles:index"))]
    if article.topic_id:
        trail.append((article.topic.name, article.topic.get_absolute_url()))
    trail.append((article.title, article.get_absolute_url()))
    return trail


def share_image(request, article):
    """The lead image's 1200×630 crop, with an absolute URL, or None."""
    image = (article.page_data or {}).get("image")
    if not image:
        return None
    return {**image, "url": request.build_absolute_uri(image["url"])}


def article_structured_data(request, article):
    url = request.build_absolute_uri(article.get_absolute_url())
    data = article.page_data or {}
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.standfirst,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "author": [
            {
                "@type": "Person",
                "name": author["name"],
                "url": request.build_absolute_uri(author["url"]),
            }
            for author in data.get("authors", [])
        ],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "keywords": data.get("keywords", []),
    }
    image = share_image(request, article)
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
    if article.topic_id:
        news["articleSection"] = article.topic.name
    graph = [news]
    if data.get("faq"):
        graph.append(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": entry["question"],
                        "acceptedAnswer": {"@type": "Answer", "text": entry["answer"]},
                    }
                    for entry in data["faq"]
                ],
            }
        )
    graph.append(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": name,
                    "item": request.build_absolute_uri(path),
                }
                for position, (name, path) in enumerate(breadcrumbs(article), start=1)
            ],
        }
    )
    return json_ld(graph)
