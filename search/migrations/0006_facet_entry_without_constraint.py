"""``search_facet.entry`` without a foreign-key constraint: a rebuild writes about ten facet
rows per entry (some thirteen million at a million documents), each of which PostgreSQL checked
against ``search_entry``; the database backend deletes an entry's facets with it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_entry_group_key"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchfacet",
            name="entry",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="facets",
                to="search.searchentry",
            ),
        ),
    ]
