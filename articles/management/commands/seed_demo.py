from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.demo.pictures import DEMO_IMAGES
from articles.formats import parse_markdown
from articles.models import Article, Author, Image, Topic
from articles.services import article_create_from_document, label_saved
from articles.services.images import image_create_from_upload

DEMO_DIR = Path(__file__).resolve().parent.parent.parent / "demo"
DESCRIPTIONS = {
    Topic: {
        "Climate": "How a warming climate changes daily life, and what helps.",
        "Community": "People organising where they live.",
    },
    Author: {
        "Maya Okafor": "Maya covers climate and cities. She trained as an engineer.",
        "Tom Reyes": "Tom writes about communities, work and everyday technology.",
    },
}


class Command(BaseCommand):
    help = "Load the demo articles. Safe to run again: existing ones are kept."

    @transaction.atomic
    def handle(self, *args, **options):
        for key, spec in DEMO_IMAGES.items():
            if Image.objects.filter(key=key).exists():
                continue
            fields = {k: v for k, v in spec.items() if k not in ("draw", "name")}
            upload = SimpleUploadedFile(spec["name"], spec["draw"]())
            image_create_from_upload(upload, key=key, **fields)
            self.stdout.write(f"Made demo image '{key}'.")
        for path in sorted(DEMO_DIR.glob("*.md")):
            document = parse_markdown(path.read_text(encoding="utf-8"))
            if Article.objects.filter(slug=document.slug).exists():
                self.stdout.write(f"Demo article '{document.slug}' exists.")
                continue
            article = article_create_from_document(document)
            self.stdout.write(f"Loaded demo article '{article.slug}'.")
        for model, texts in DESCRIPTIONS.items():
            field = "bio" if model is Author else "description"
            name = "display_name" if model is Author else "name"
            for key, text in texts.items():
                for label in model.objects.filter(**{name: key, field: ""}):
                    setattr(label, field, text)
                    label.save(update_fields=[field])
                    label_saved(label, old_slug=None, renamed=False)
        # The demo's topics in the site's menu, unless someone chose others.
        if not Topic.objects.in_navigation().exists():
            for order, name in enumerate(DESCRIPTIONS[Topic], start=1):
                for topic in Topic.objects.filter(name=name):
                    topic.in_navigation, topic.navigation_order = True, order
                    topic.save(update_fields=["in_navigation", "navigation_order"])
                    label_saved(topic, old_slug=None, renamed=False)
