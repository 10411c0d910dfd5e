from django.core.management.base import BaseCommand
from django.template.defaultfilters import pluralize

from articles.models import Article
from articles.services import articles_rendered

# Articles whose pages are announced together: bounded memory and SQL.
BATCH = 100


class Command(BaseCommand):
    help = "Render every article's stored HTML again (after a template change)."

    def handle(self, *args, **options):
        count, rendered = 0, []
        for article in Article.objects.with_content().iterator(chunk_size=BATCH):
            for part in [article, *article.sections.all(), *article.faqs.all()]:
                part.save()
            for section in article.sections.all():
                for bullet in section.bullets.all():
                    bullet.save()
            article.refresh_body_html()
            count += 1
            rendered.append(article)
            if len(rendered) == BATCH:
                articles_rendered(rendered)
                rendered = []
        if rendered:
            articles_rendered(rendered)
        self.stdout.write(f"Rendered {count} article{pluralize(count)}.")
