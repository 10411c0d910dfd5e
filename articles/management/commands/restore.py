from django.core.management.base import BaseCommand, CommandError

from newsroom.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup archive into an empty database and media folder; "
        "--force replaces whatever is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the database and media even when they hold content",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored the {manifest['vendor']} database and "
            f"{manifest['media_files']} media files of {manifest['created_at']}."
        )
