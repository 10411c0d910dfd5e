from django.db import migrations, models


def render_cards(apps, schema_editor):
    # The card as this release renders it: render_card reads plain fields and
    # the topic, which the historical model has.
    from articles.rendering import render_card

    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    for article in articles.select_related("topic").iterator(chunk_size=500):
        article.card_html = render_card(article)
        batch.append(article)
        if len(batch) == 500:
            articles.bulk_update(batch, ["card_html"])
            batch = []
    articles.bulk_update(batch, ["card_html"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_listing_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="card_html",
            field=models.TextField(
                default="",
                editable=False,
                help_text="The article's card in lists of articles, rendered when saved.",
            ),
        ),
        migrations.RunPython(render_cards, migrations.RunPython.noop),
    ]
