# ArticleLock was an edit counter, not a lock: renamed, its rows kept.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0017_purge_outbox'),
    ]

    operations = [
        migrations.RenameModel(
            old_name='ArticleLock',
            new_name='EditCounter',
        ),
        migrations.AlterField(
            model_name='editcounter',
            name='article',
            field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='edit_counter', serialize=False, to='articles.article'),
        ),
    ]
