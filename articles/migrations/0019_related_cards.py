from django.db import migrations

HEADLINE = '<h2 class="article-card-title">'


def store_related_cards(apps, schema_editor):
    # The related box reads its level-3 card from page_data from now on. For
    # articles saved before, it is the stored list card with its one headline
    # a level down: the card's markup is ours and its text escaped. Frozen.
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    for article in articles.only("card_html", "page_data").iterator(chunk_size=500):
        if "related_card" in article.page_data:
            continue
        head, found, tail = article.card_html.partition(HEADLINE)
        if found:
            tail = tail.replace("</h2>", "</h3>", 1)
            card = f'{head}<h3 class="article-card-title">{tail}'
        else:
            card = article.card_html
        article.page_data = {**article.page_data, "related_card": card}
        batch.append(article)
        if len(batch) == 500:
            articles.bulk_update(batch, ["page_data"])
            batch = []
    articles.bulk_update(batch, ["page_data"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0018_rename_articlelock"),
    ]

    operations = [
        migrations.RunPython(store_related_cards, migrations.RunPython.noop),
    ]
