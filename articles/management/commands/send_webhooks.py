from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import pluralize

from articles.models import WebhookDelivery
from articles.services import webhooks


class Command(BaseCommand):
    help = (
        "Send the webhook deliveries that are due: scheduled go-lives and "
        "removals whose time has come, those a stopped worker left, and "
        "retries. Run it every minute from cron or a systemd timer; saves "
        "send their own as they commit."
    )

    def handle(self, *args, **options):
        sent, failed = webhooks.send_due()
        waiting = WebhookDelivery.objects.waiting().count()
        self.stdout.write(
            f"Sent {sent} deliver{pluralize(sent, 'y,ies')}, {failed} failed; "
            f"{waiting} waiting."
        )
        if failed:
            raise CommandError(
                f"{failed} deliver{pluralize(failed, 'y,ies')} failed: see the "
                "log and the webhook deliveries in the admin; they are tried "
                "again later."
            )
