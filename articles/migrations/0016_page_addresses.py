from django.db import migrations, models
from django.urls import reverse


def store_page_addresses(apps, schema_editor):
    # The article page reads its addresses from page_data from now on: what
    # rendering.page_data adds in this release, frozen; the rest is kept.
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    for article in articles.select_related("topic").iterator(chunk_size=500):
        url = reverse("articles:detail", kwargs={"slug": article.slug})
        trail = [{"name": "Home", "url": reverse("articles:index")}]
        topic = None
        if article.topic is not None:
            slug = {"slug": article.topic.slug}
            topic = {
                "name": article.topic.name,
                "url": reverse("articles:topic", kwargs=slug),
                "feed_url": reverse("articles:topic-feed-rss", kwargs=slug),
            }
            trail.append({"name": topic["name"], "url": topic["url"]})
        trail.append({"name": article.title, "url": url})
        article.page_data = {
            "image": None,
            "authors": [],
            "keywords": [],
            "tag_ids": [],
            "faq": [],
            **article.page_data,
            "url": url,
            "topic": topic,
            "breadcrumbs": trail,
        }
        batch.append(article)
        if len(batch) == 500:
            articles.bulk_update(batch, ["page_data"])
            batch = []
    articles.bulk_update(batch, ["page_data"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_search_index_rows"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="page_data",
            field=models.JSONField(
                default=dict,
                editable=False,
                help_text="What the page and its structured data need besides "
                "the fields (addresses, topic, authors, tags, FAQ), stored when "
                "rendered so pages need no extra query and no URL lookup.",
            ),
        ),
        migrations.RunPython(store_page_addresses, migrations.RunPython.noop),
    ]
