"""An index for the admin article list's default order (last change), each
column it sorts by and each filter of the article's own columns (issue 18),
so no page of the list reads or sorts the whole table."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0028_embeds"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["updated_at", "id"], name="article_updated_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["title", "id"], name="article_title_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["publish_at", "id"], name="article_publish_at_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["word_count", "id"], name="article_words_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["status", "updated_at", "id"], name="article_status_updated_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["topic", "updated_at", "id"], name="article_topic_updated_idx"
            ),
        ),
    ]
