"""schema.org JSON-LD for the article page, from the stored article.

Built per request from fields the page query already loaded and the data
stored with them (no query and no URL reversal here), and escaped so that
nothing an editor types can end the <script> element.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

# As django.utils.html.json_script: <, > and & never appear raw.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    return mark_safe(
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
        + "</script>"
    )


def share_image(request, article):
    """The lead image's 1200×630 crop, with an absolute URL, or None."""
    image = article.page_data["image"]
    if not image:
        return None
    return {**image, "url": request.build_absolute_uri(image["url"])}


def article_structured_data(request, article):
    data = article.page_data
    url = request.build_absolute_uri(data["url"])
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
            for author in data["authors"]
        ],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "keywords": data["keywords"],
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
    if data["topic"]:
        news["articleSection"] = data["topic"]["name"]
    graph = [news]
    if data["faq"]:
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
                    "name": crumb["name"],
                    "item": request.build_absolute_uri(crumb["url"]),
                }
                for position, crumb in enumerate(data["breadcrumbs"], start=1)
            ],
        }
    )
    return json_ld(graph)
