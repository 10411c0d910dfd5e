from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import pluralize

from articles.models import Notification
from articles.services import notifications


class Command(BaseCommand):
    help = (
        "Send the notification emails that are due: those a stopped worker "
        "left, and those waiting for a retry. Run it every few minutes from "
        "cron or a systemd timer; saves send their own as they commit."
    )

    def handle(self, *args, **options):
        sent, failed = notifications.send_due()
        waiting = Notification.objects.filter(
            sent_at__isnull=True, next_attempt_at__isnull=False
        ).count()
        self.stdout.write(
            f"Sent {sent} email{pluralize(sent)}, {failed} failed; {waiting} waiting."
        )
        if failed:
            raise CommandError(
                f"{failed} email{pluralize(failed)} failed: see the log and "
                "the Notifications list in the admin; they are tried again later."
            )
