"""Copies no longer stored with each article: the card one level down for
related boxes (0019; they build it from the stored parts now), the
breadcrumbs (made from the topic and the title) and the lead and the closing
in the Content API's data (0026; read from their columns)."""

from django.db import migrations
from django.db.models import Q

BATCH = 500


def drop_copies(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    stored = Article.objects.filter(
        Q(page_data__has_key="related_card")
        | Q(page_data__has_key="breadcrumbs")
        | Q(api_data__has_key="lead")
        | Q(api_data__has_key="closing")
    ).only("page_data", "api_data")
    batch = []
    for article in stored.iterator(chunk_size=BATCH):
        article.page_data.pop("related_card", None)
        article.page_data.pop("breadcrumbs", None)
        article.api_data.pop("lead", None)
        article.api_data.pop("closing", None)
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, ["page_data", "api_data"])
            batch = []
    Article.objects.bulk_update(batch, ["page_data", "api_data"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0029_admin_list_indexes")]

    operations = [
        # Backwards there is nothing to put back by hand: ``render_articles``
        # stores what the code of that time reads.
        migrations.RunPython(drop_copies, migrations.RunPython.noop),
    ]
