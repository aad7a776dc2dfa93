from django.core.management.base import BaseCommand
from django.db import connection

from claims.search import reindex_search


class Command(BaseCommand):
    help = (
        "Rebuild every claim's search text and, on PostgreSQL, its search vector, then vacuum the claims table "
        "there (the rewrite leaves a dead version of every claim, which index-only scans would visit until "
        "then). Run it after an upgrade that changes what search reads, or after loading rows in bulk; the "
        "services keep it current otherwise."
    )

    def handle(self, *args, **options):
        count = reindex_search()
        self.stdout.write(self.style.SUCCESS(f"Reindexed {count} claims."))
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("VACUUM (ANALYZE) claims_claim")
            self.stdout.write("Vacuumed and analysed claims_claim.")
