"""
Trigram indexes (pg_trgm) for the admin's searches of sources and actors: a case-insensitive
substring search (what Django's icontains writes, UPPER(col::text) LIKE UPPER('%word%')) answered
from an index, so the changelist search costs the same with 100,000 sources as with 1,000.
PostgreSQL only; SQLite scans, which is fine at the sizes it serves.
"""

from django.db import migrations

INDEXES = {
    "sources_source_title_trgm": ("sources_source", "title"),
    "sources_source_byline_trgm": ("sources_source", "byline"),
    "sources_source_url_trgm": ("sources_source", "url"),
    "sources_actor_name_trgm": ("sources_actor", "name"),
    "sources_actor_aliases_trgm": ("sources_actor", "aliases"),
    "sources_actor_role_trgm": ("sources_actor", "role"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0007_actor_kind_anonymous"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
