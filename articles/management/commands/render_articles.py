from django.core.management.base import BaseCommand
from django.template.defaultfilters import pluralize

from articles.models import Article
from articles.services import articles_render


class Command(BaseCommand):
    help = (
        "Render every article's stored HTML again, Markdown included (after a "
        "change to a template or to the Markdown renderer)."
    )

    def handle(self, *args, **options):
        count = articles_render(Article.objects.all(), markdown=True)
        self.stdout.write(f"Rendered {count} article{pluralize(count)}.")
