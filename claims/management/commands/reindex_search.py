from django.core.management.base import BaseCommand

from claims.search import reindex_search


class Command(BaseCommand):
    help = (
        "Rebuild every claim's search text and, on PostgreSQL, its search vector. Run it after an upgrade that "
        "changes what search reads, or after loading rows in bulk; the services keep it current otherwise."
    )

    def handle(self, *args, **options):
        count = reindex_search()
        self.stdout.write(self.style.SUCCESS(f"Reindexed {count} claims."))
