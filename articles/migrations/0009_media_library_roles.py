from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = [f"{action}_image" for action in ("add", "change", "delete", "view")]
WRITERS = ["add_image", "change_image", "view_image"]


def grant(apps, schema_editor):
    config = apps.get_app_config("articles")
    config.models_module = True  # the migration state's stub has none
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Editors", EDITORS), ("Writers", WRITERS)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Writers"]):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=EDITORS)
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_media_library")]

    operations = [migrations.RunPython(grant, revoke)]
