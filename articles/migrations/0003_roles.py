from django.contrib.auth.management import create_permissions
from django.db import migrations

CHILDREN = ("section", "bullet", "faq")
WRITER_PERMISSIONS = [
    "add_article",
    "change_article",
    "view_article",
    "view_author",
    "view_correctionnote",
    "view_editorialcomment",
    *(f"{action}_{model}" for model in CHILDREN for action in ("add", "change", "delete", "view")),
]
EDITOR_PERMISSIONS = [
    *WRITER_PERMISSIONS,
    "delete_article",
    "publish_article",
    "add_author",
    "change_author",
    *(f"{action}_correctionnote" for action in ("add", "change", "delete")),
    "add_editorialcomment",
    "view_slugredirect",
    "delete_slugredirect",
]


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run; the
    # groups need them now, on a fresh database too.
    config = apps.get_app_config("articles")
    config.models_module = True  # the migration state's stub has none
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Writers", WRITER_PERMISSIONS), ("Editors", EDITOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Writers", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
