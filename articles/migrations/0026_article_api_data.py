"""The Content API's stored representation of each article, filled for the
articles saved before.

Frozen: the builder below is ``articles.api.representation.stored_api_data``
as it was when this migration was written, on the historical models (the
addresses as ``articles/urls.py`` had them), so that migrating does not depend
on code that changes later.
"""

from django.db import migrations, models
from django.utils.text import slugify

MIME_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}


def anchors(headings):
    found, seen = [], set()
    for heading in headings:
        base = candidate = slugify(heading) or "section"
        n = 2
        while candidate in seen:
            candidate, n = f"{base}-{n}", n + 1
        seen.add(candidate)
        found.append(candidate)
    return found


def text(markdown, html):
    return {"markdown": markdown, "html": html}


def label(slug, name, kind):
    return {"name": name, "slug": slug, "path": f"/{kind}/{slug}/"}


def image_data(image):
    if image is None:
        return None
    renditions = sorted(
        image.renditions.all(), key=lambda r: (r.kind, r.format, r.width)
    )
    return {
        "key": image.key,
        "alt": "" if image.is_decorative else image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "url": r.file.url,
                "kind": r.kind,
                "width": r.width,
                "height": r.height,
                "type": MIME_TYPES[r.format],
            }
            for r in renditions
        ],
    }


def api_data(article):
    sections = list(article.sections.all())
    return {
        "path": f"/articles/{article.slug}/",
        "lead": text(article.lead, article.lead_html),
        "lead_image": image_data(article.lead_image),
        "sections": [
            {
                "heading": section.heading,
                "anchor": anchor,
                "image": image_data(section.image),
                "body": text(section.body, section.body_html),
                "bullets": [
                    {"label": bullet.label, "text": text(bullet.text, bullet.text_html)}
                    for bullet in section.bullets.all()
                ],
                "body_after_list": text(
                    section.body_after_list, section.body_after_list_html
                ),
            }
            for section, anchor in zip(
                sections, anchors(s.heading for s in sections), strict=True
            )
        ],
        "faq": {
            "heading": article.faq_heading,
            "entries": [
                {"question": faq.question, "answer": text(faq.answer, faq.answer_html)}
                for faq in article.faqs.all()
            ],
        },
        "closing": text(article.closing, article.closing_html),
        "authors": [
            label(author.slug, author.display_name, "authors")
            for author in article.authors.all()
        ],
        "topic": article.topic
        and label(article.topic.slug, article.topic.name, "topics"),
        "tags": [label(tag.slug, tag.name, "tags") for tag in article.tags.all()],
        "corrections": [
            {"text": note.text, "noted_at": note.noted_at.isoformat()}
            for note in article.notes.all()
        ],
    }


def fill_api_data(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    articles = (
        Article.objects.using(schema_editor.connection.alias)
        .select_related("topic", "lead_image")
        .prefetch_related(
            "sections__bullets",
            "sections__image__renditions",
            "lead_image__renditions",
            "faqs",
            "authors",
            "tags",
            "notes",
        )
    )
    batch = []
    for article in articles.iterator(chunk_size=200):
        article.api_data = api_data(article)
        batch.append(article)
        if len(batch) == 200:
            Article.objects.using(schema_editor.connection.alias).bulk_update(
                batch, ["api_data"]
            )
            batch = []
    Article.objects.using(schema_editor.connection.alias).bulk_update(
        batch, ["api_data"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0025_search_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="api_data",
            field=models.JSONField(
                default=dict,
                editable=False,
                help_text="The article's parts and labels as the Content API "
                "gives them, stored when rendered so the API reads one row "
                "however large the article.",
            ),
        ),
        migrations.RunPython(fill_api_data, migrations.RunPython.noop),
    ]
