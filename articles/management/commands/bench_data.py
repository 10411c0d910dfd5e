"""The benchmark's data set (``make bench``), the same for every seed.

One feature article (lead, 5 sections, 3 labelled lists, 4 FAQ entries,
closing) and one large article (50 sections of 4 paragraphs and a 6-item
labelled list, 30 FAQ entries) go through the import service like any
article. The many small ones are written in bulk: ``render_article`` makes
each from its ``Document`` with every stored part, as a save would, without
one revision per article (tests/system/test_bench.py checks that the result is what
a save would store).
"""

import random
from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.formats.document import Bullet, Document, FAQEntry, Section
from articles.models import Article, Author, Tag, Topic
from articles.rendering import render_article
from articles.services import article_create_from_document, search

FEATURE_SLUG = "bench-feature"
LARGE_SLUG = "bench-large"
# Rare on purpose: the benchmark's search finds about one article in fifty.
SEARCH_WORD = "timetable"
# Every date is before this moment, so the whole set is public at once.
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)

WORDS = (
    "city river council budget school housing energy water street market "
    "bridge garden library tram bus station harbour museum clinic park "
    "winter summer rain heat wind flood storm night morning weekend "
    "people family workers families teachers nurses drivers residents "
    "plan report survey vote study figure price cost rent wage tax "
    "new old small large local public open closed early late quiet busy "
    "builds opens closes plans asks finds shows raises cuts keeps starts "
    "and the of to in for with on at from by after before during about"
).split()


class Command(BaseCommand):
    help = "Fill an empty database with the benchmark's articles (make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--topics", type=int, default=20)
        parser.add_argument("--tags", type=int, default=50)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, **options):
        if Article.objects.exists():
            raise CommandError("bench_data needs a database without articles.")
        self.random = random.Random(options["seed"])
        with transaction.atomic():
            topics = Topic.objects.bulk_create(
                Topic(name=f"Topic {n:02}", slug=f"topic-{n:02}")
                for n in range(1, options["topics"] + 1)
            )
            tags = Tag.objects.bulk_create(
                Tag(name=f"Tag {n:02}", slug=f"tag-{n:02}")
                for n in range(1, options["tags"] + 1)
            )
            authors = Author.objects.bulk_create(
                Author(display_name=f"Reporter {n}", slug=f"reporter-{n}")
                for n in range(1, 11)
            )
            self.small_articles(options["articles"], topics, tags, authors)
            self.import_article(self.feature(), EPOCH + timedelta(minutes=1))
            self.import_article(self.large(), EPOCH + timedelta(minutes=2))
        self.stdout.write(
            f"Made {Article.objects.count()} articles, {len(topics)} topics, "
            f"{len(tags)} tags (seed {options['seed']})."
        )

    # Text.

    def sentence(self, words=12, rare=0.0):
        chosen = self.random.choices(WORDS, k=words)
        if self.random.random() < rare:
            chosen[self.random.randrange(words)] = SEARCH_WORD
        return " ".join(chosen).capitalize() + "."

    def paragraph(self, sentences=4, rare=0.0):
        return " ".join(self.sentence(rare=rare) for _ in range(sentences))

    def paragraphs(self, count):
        return "\n\n".join(self.paragraph() for _ in range(count))

    def bullets(self, count):
        return [
            Bullet(label=self.sentence(2)[:-1], text=self.sentence(10))
            for _ in range(count)
        ]

    # The two long articles, through the import service.

    def feature(self):
        sections = []
        for n in range(5):
            sections.append(
                Section(
                    heading=f"Part {n + 1}: {self.sentence(4)[:-1]}",
                    body=self.paragraphs(2),
                    bullets=self.bullets(4) if n in (1, 2, 3) else [],
                    body_after_list=self.paragraph() if n in (1, 2, 3) else "",
                )
            )
        return Document(
            title="The feature: how the city keeps cool",
            slug=FEATURE_SLUG,
            standfirst=self.sentence(18),
            lead=self.paragraphs(2),
            sections=sections,
            faqs=[
                FAQEntry(question=self.sentence(8)[:-1] + "?", answer=self.paragraph(2))
                for _ in range(4)
            ],
            closing=self.paragraph(),
            authors=["Reporter 1", "Reporter 2"],
            topic="Topic 01",
            tags=["Tag 01", "Tag 02", "Tag 03"],
        )

    def large(self):
        return Document(
            title="The large guide: fifty questions about the city",
            slug=LARGE_SLUG,
            standfirst=self.sentence(18),
            lead=self.paragraphs(2),
            sections=[
                Section(
                    heading=f"Chapter {n + 1}: {self.sentence(4)[:-1]}",
                    body=self.paragraphs(2),
                    bullets=self.bullets(6),
                    body_after_list=self.paragraphs(2),
                )
                for n in range(50)
            ],
            faqs=[
                FAQEntry(question=self.sentence(8)[:-1] + "?", answer=self.paragraph(2))
                for _ in range(30)
            ],
            closing=self.paragraph(),
            authors=["Reporter 3"],
            topic="Topic 02",
            tags=["Tag 04", "Tag 05"],
        )

    def import_article(self, document, publish_at):
        article_create_from_document(
            document, status=Article.Status.PUBLISHED, publish_at=publish_at
        )

    # The small articles, in bulk.

    def small_articles(self, count, topics, tags, authors):
        articles, their_tags, their_authors = [], [], []
        for n in range(count):
            # Drawn in this order so that a seed makes the same set as ever.
            title = f"Story {n + 1}: {self.sentence(6)[:-1]}"
            standfirst = self.sentence(16, rare=0.01)
            lead = self.paragraphs(2)
            if self.random.random() < 0.01:
                lead += f"\n\nThe new {SEARCH_WORD} starts on Monday."
            chosen_tags = self.random.sample(tags, 3)
            chosen_authors = [authors[n % len(authors)]]
            document = Document(
                title=title,
                slug=f"story-{n + 1:05}",
                standfirst=standfirst,
                lead=lead,
                status=Article.Status.PUBLISHED,
                publish_at=EPOCH - timedelta(minutes=30 * (count - n)),
                topic=topics[n % len(topics)].name,
                tags=[tag.name for tag in chosen_tags],
                authors=[author.display_name for author in chosen_authors],
            )
            articles.append(render_article(document))
            their_tags.append(chosen_tags)
            their_authors.append(chosen_authors)
        Article.objects.bulk_create(articles, batch_size=500)
        Article.tags.through.objects.bulk_create(
            (
                Article.tags.through(article_id=article.pk, tag_id=tag.pk)
                for article, chosen in zip(articles, their_tags, strict=True)
                for tag in chosen
            ),
            batch_size=2000,
        )
        Article.authors.through.objects.bulk_create(
            (
                Article.authors.through(article_id=article.pk, author_id=author.pk)
                for article, chosen in zip(articles, their_authors, strict=True)
                for author in chosen
            ),
            batch_size=2000,
        )
        search.reindex(
            Article.objects.filter(slug__startswith="story-").prefetch_related(
                "sections__bullets", "faqs"
            )
        )
