"""Add ``search_entry.group_key``: entries with one key are shown as one hit.

Added with plain SQL: on SQLite, Django would rebuild the table for a column with a default,
dropping the triggers that keep the FTS5 table in step (migration 0002). Existing entries get
their own ``doc_id`` (no grouping) until ``manage.py search_rebuild`` writes the real keys.
"""

from __future__ import annotations

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0004_synonym_language_choices_from_settings")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="searchentry",
                    name="group_key",
                    field=models.CharField(default="", max_length=700),
                )
            ],
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE search_entry ADD COLUMN group_key varchar(700) NOT NULL "
                    "DEFAULT ''",
                    "ALTER TABLE search_entry DROP COLUMN group_key",
                ),
                migrations.RunSQL("UPDATE search_entry SET group_key = doc_id", migrations.RunSQL.noop),
            ],
        )
    ]
