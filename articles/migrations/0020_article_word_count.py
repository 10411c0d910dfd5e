from django.db import migrations, models
from django.utils.html import strip_tags


def count_stored_words(apps, schema_editor):
    # The words of the stored body, as the renderer counts them. Frozen.
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    for article in articles.only("body_html").iterator(chunk_size=500):
        article.word_count = len(strip_tags(article.body_html).split())
        batch.append(article)
        if len(batch) == 500:
            articles.bulk_update(batch, ["word_count"])
            batch = []
    articles.bulk_update(batch, ["word_count"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_related_cards"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="word_count",
            field=models.PositiveIntegerField(
                default=0,
                editable=False,
                help_text="Counted when the body is rendered.",
            ),
        ),
        migrations.RunPython(count_stored_words, migrations.RunPython.noop),
    ]
