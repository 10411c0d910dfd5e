from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors see locked-out sign-in attempts and unlock them (by deleting them).
EDITORS = ["view_accessattempt", "delete_accessattempt"]


def grant(apps, schema_editor):
    config = apps.get_app_config("axes")
    config.models_module = True  # the migration state's stub has none
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="axes", codename__in=EDITORS)
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="axes", codename__in=EDITORS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_media_library_roles"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
