"""Cards stored with each article, rendered for the articles saved before.

Frozen: the card below is ``articles.rendering.render_card`` and its template
as they were when this migration was written, on the historical model, so
that migrating from an empty database does not depend on code that changes
later.
"""

from django.db import migrations, models
from django.template import Context, Template

CARD = """<article class="article-card{% if image %} has-image{% endif %}">
  {% if image %}
    <picture class="article-card-image">
      {% for srcset in image.sources %}<source type="image/webp" srcset="{{ srcset }}" sizes="{{ image.sizes }}">{% endfor %}
      <img src="{{ image.src }}" srcset="{{ image.srcset }}" sizes="{{ image.sizes }}" width="{{ image.width }}" height="{{ image.height }}" alt="" loading="lazy" decoding="async">
    </picture>
  {% endif %}
  {% if topic %}<p class="article-card-topic"><a href="{{ topic.url }}">{{ topic.name }}</a></p>{% endif %}
  <h2 class="article-card-title"><a href="{{ url }}">{{ title }}</a></h2>
  {% if standfirst %}<p class="article-card-standfirst">{{ standfirst }}</p>{% endif %}
  {% if publish_at %}<p class="meta"><time datetime="{{ publish_at|date:'c' }}">{{ publish_at|date:"j F Y" }}</time></p>{% endif %}
</article>
"""


def render_card(card, article):
    topic = article.topic
    return card.render(
        Context(
            {
                "url": f"/articles/{article.slug}/",
                "title": article.title,
                "standfirst": article.standfirst,
                "publish_at": article.publish_at,
                "image": article.card_image,
                "topic": topic
                and {"name": topic.name, "url": f"/topics/{topic.slug}/"},
            }
        )
    )


def render_cards(apps, schema_editor):
    card = Template(CARD)
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.using(schema_editor.connection.alias)
    batch = []
    for article in articles.select_related("topic").iterator(chunk_size=500):
        article.card_html = render_card(card, article)
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
