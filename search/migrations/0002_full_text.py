"""Vendor-specific full-text structures beside ``search_entry``.

SQLite: an FTS5 external-content table kept in step by triggers. PostgreSQL: generated
``tsvector`` columns (``simple`` configuration over the pipeline's tokens) with GIN indexes.
"""

from __future__ import annotations

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        title_tokens, keywords_tokens, body_tokens, prefix_tokens,
        content='search_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')""",
    """CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_entry_fts(rowid, title_tokens, keywords_tokens, body_tokens,
            prefix_tokens)
        VALUES (new.id, new.title_tokens, new.keywords_tokens, new.body_tokens,
            new.prefix_tokens);
    END""",
    """CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title_tokens, keywords_tokens,
            body_tokens, prefix_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.keywords_tokens, old.body_tokens,
            old.prefix_tokens);
    END""",
    """CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title_tokens, keywords_tokens,
            body_tokens, prefix_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.keywords_tokens, old.body_tokens,
            old.prefix_tokens);
        INSERT INTO search_entry_fts(rowid, title_tokens, keywords_tokens, body_tokens,
            prefix_tokens)
        VALUES (new.id, new.title_tokens, new.keywords_tokens, new.body_tokens,
            new.prefix_tokens);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_entry_fts_update",
    "DROP TRIGGER search_entry_fts_delete",
    "DROP TRIGGER search_entry_fts_insert",
    "DROP TABLE search_entry_fts",
]

POSTGRESQL = [
    """ALTER TABLE search_entry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, keywords_tokens), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_tokens), 'C')) STORED""",
    """ALTER TABLE search_entry ADD COLUMN prefix_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, prefix_tokens)) STORED""",
    "CREATE INDEX search_entry_vector ON search_entry USING GIN (search_vector)",
    "CREATE INDEX search_entry_prefix ON search_entry USING GIN (prefix_vector)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX search_entry_prefix",
    "DROP INDEX search_entry_vector",
    "ALTER TABLE search_entry DROP COLUMN prefix_vector",
    "ALTER TABLE search_entry DROP COLUMN search_vector",
]


def _run(statements: dict[str, list[str]]) -> object:
    def run(apps: object, schema_editor: object) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        )
    ]
