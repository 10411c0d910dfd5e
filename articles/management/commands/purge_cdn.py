from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import pluralize

from articles.caching import outbox
from articles.models import PurgeRequest


class Command(BaseCommand):
    help = (
        "Send the purges of the HTTP cache in front that are due "
        "(NEWSROOM_CDN_PURGE_URL): those a stopped worker left, and those "
        "waiting for a retry. Run it every minute from cron or a systemd timer."
    )

    def handle(self, *args, **options):
        if not settings.NEWSROOM_CDN_PURGE_URL:
            raise CommandError("NEWSROOM_CDN_PURGE_URL is not set: nowhere to purge.")
        sent, failed = outbox.send_due()
        waiting = PurgeRequest.objects.filter(sent_at__isnull=True).count()
        self.stdout.write(
            f"Purged {sent} address{pluralize(sent, 'es')}, {failed} failed; "
            f"{waiting} request{pluralize(waiting)} waiting."
        )
        if failed:
            raise CommandError(
                f"{failed} purge{pluralize(failed)} failed: see the log; "
                "they are tried again later."
            )
