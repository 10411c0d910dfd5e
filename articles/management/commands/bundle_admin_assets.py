"""Writes the article change page's bundles (articles/admin/bundles.py)."""

from django.core.management.base import BaseCommand

from articles.admin.bundles import build, bundle_root, unbundled_change_page


class Command(BaseCommand):
    help = "Write the article change page's stylesheet and script bundles."

    def handle(self, *args, **options):
        for path, text in build(unbundled_change_page()).items():
            target = bundle_root() / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            self.stdout.write(f"{path}: {len(text.encode()):,} bytes")
