"""Once gave the role groups their permissions. The roles are now defined in
``articles/roles.py`` and applied after every ``migrate``, so this migration
runs nothing; it stays so that databases which ran it keep their history."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
