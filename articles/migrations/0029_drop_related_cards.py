"""The related box builds its cards from the stored parts now: the copy of
each article's card one level down (0019) is dropped from its page data."""

from django.db import migrations

BATCH = 500


def drop_related_cards(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    stored = Article.objects.filter(page_data__has_key="related_card").only("page_data")
    batch = []
    for article in stored.iterator(chunk_size=BATCH):
        del article.page_data["related_card"]
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, ["page_data"])
            batch = []
    Article.objects.bulk_update(batch, ["page_data"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0028_embeds")]

    operations = [
        # Backwards, the related box has nothing to miss: ``render_articles``
        # stores what the code of that time reads.
        migrations.RunPython(drop_related_cards, migrations.RunPython.noop),
    ]
