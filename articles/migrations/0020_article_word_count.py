from django.db import migrations, models
from django.utils.html import strip_tags


def words(*texts):
    return sum(len(strip_tags(text).split()) for text in texts)


def count_stored_words(apps, schema_editor):
    # The words of the article's text (lead, sections with their headings
    # and bullet points, FAQ, closing) as the renderer counts them. Frozen.
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    parts = articles.prefetch_related("sections__bullets", "faqs")
    for article in parts.iterator(chunk_size=500):
        article.word_count = words(article.lead_html, article.closing_html)
        for section in article.sections.all():
            article.word_count += words(
                section.heading, section.body_html, section.body_after_list_html
            )
            article.word_count += sum(
                words(bullet.label, bullet.text_html)
                for bullet in section.bullets.all()
            )
        for faq in article.faqs.all():
            article.word_count += words(faq.question, faq.answer_html)
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
