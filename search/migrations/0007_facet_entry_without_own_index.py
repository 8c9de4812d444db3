"""``search_facet.entry`` without an index of its own: the index on ``(entry_id, name)`` serves
every lookup by entry, and a rebuild no longer builds a third index over some thirteen million
facet rows at a million documents."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0006_facet_entry_without_constraint'),
    ]

    operations = [
        migrations.AlterField(
            model_name='searchfacet',
            name='entry',
            field=models.ForeignKey(db_constraint=False, db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='facets', to='search.searchentry'),
        ),
    ]
