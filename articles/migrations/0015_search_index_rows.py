"""Models for the rows of the search index, which migration 0007 created:
unmanaged, so this changes nothing in the database."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0014_refuse_external_images"),
    ]

    operations = [
        migrations.CreateModel(
            name="PostgreSQLSearchRow",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        db_column="id",
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="postgresql_search_row",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                ("title", models.TextField()),
                ("standfirst", models.TextField()),
                ("body", models.TextField()),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={
                "db_table": "articles_search",
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.CreateModel(
            name="SQLiteSearchRow",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        db_column="rowid",
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="sqlite_search_row",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                ("title", models.TextField()),
                ("standfirst", models.TextField()),
                ("body", models.TextField()),
            ],
            options={
                "db_table": "articles_search",
                "managed": False,
                "default_permissions": (),
            },
        ),
    ]
