import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a superuser named 'admin' exists. Its password comes from "
        "DJANGO_SUPERUSER_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        user = User.objects.filter(username="admin").first()
        if user is not None:
            if password and not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write("Admin account 'admin': password updated.")
            else:
                self.stdout.write("Admin account 'admin' exists.")
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.com", password)
        if generated:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created admin account: username 'admin', password '{password}'\n"
                    "This password is shown only now: note it down."
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS("Created admin account 'admin'."))
