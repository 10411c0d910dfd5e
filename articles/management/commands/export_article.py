from django.core.management.base import BaseCommand, CommandError

from articles.formats import write_markdown, write_plaintext
from articles.models import Article
from articles.services import document_from_article

WRITERS = {"md": write_markdown, "txt": write_plaintext}


class Command(BaseCommand):
    help = "Write an article to standard output as canonical Markdown or plain text."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=WRITERS, default="md")

    def handle(self, *args, slug, format, **options):
        try:
            article = Article.objects.with_content().get(slug=slug)
        except Article.DoesNotExist:
            raise CommandError(f"There is no article with the slug {slug!r}") from None
        self.stdout.write(WRITERS[format](document_from_article(article)), ending="")
