import sys
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles.formats import FormatError, decode, parse
from articles.models import Article
from articles.services import article_create_from_document, document_summary


class Command(BaseCommand):
    help = (
        "Create one article per file from plain text (.txt) or canonical "
        "Markdown (.md); '-' reads standard input. All files or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--status",
            choices=Article.Status.values,
            help="Status of the new articles (default: the Markdown front "
            "matter's status, else draft).",
        )
        parser.add_argument(
            "--publish-at", metavar="ISO-8601", help="When the articles go public."
        )
        parser.add_argument(
            "--author", metavar="USERNAME", help="The user the articles belong to."
        )

    def handle(self, *args, paths, status, publish_at, author, **options):
        publish_at = parse_publish_at(publish_at)
        created_by = find_user(author)
        documents = [(path, read_document(path)) for path in paths]
        created = []
        with transaction.atomic():  # every file, or none
            for path, document in documents:
                try:
                    article = article_create_from_document(
                        document,
                        status=status,
                        publish_at=publish_at,
                        created_by=created_by,
                    )
                except ValidationError as error:
                    problems = "; ".join(error.messages)
                    raise CommandError(f"{display_name(path)}: {problems}") from None
                created.append((article, document))
        for article, document in created:
            self.stdout.write(f"{article.slug}: {document_summary(document)}")


def display_name(path):
    return "standard input" if path == "-" else path


def read_document(path):
    name = display_name(path)
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as file:
                data = file.read()
        return parse(decode(data), filename=None if path == "-" else path)
    except OSError as error:
        raise CommandError(f"{name}: {error.strerror}") from None
    except FormatError as error:
        raise CommandError(f"{name}: {error}") from None


def parse_publish_at(value):
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--publish-at {value!r} is not an ISO 8601 date and time, "
            "such as 2026-12-03T09:00"
        ) from None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def find_user(username):
    if username is None:
        return None
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"--author: there is no user {username!r}") from None
