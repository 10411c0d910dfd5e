from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0032_search_index_lean"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=[
                    "status",
                    "id",
                    "publish_at",
                    "unpublish_at",
                    "public_updated_at",
                ],
                name="article_sitemap_idx",
            ),
        ),
    ]
