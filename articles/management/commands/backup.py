from django.core.management.base import BaseCommand, CommandError

from newsroom.backups import BackupError, backup, default_path


class Command(BaseCommand):
    help = (
        "Write the database (a consistent snapshot) and the uploaded media into "
        "one .tar.gz archive, by default backups/newsroom-YYYYmmdd-HHMMSS.tar.gz."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the archive to write")

    def handle(self, *args, output=None, **options):
        path = output or default_path()
        try:
            manifest = backup(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"{path}: {manifest['vendor']} database and "
            f"{manifest['media_files']} media files"
        )
