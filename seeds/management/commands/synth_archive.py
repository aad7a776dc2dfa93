from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from seeds.synth import MAX_CLAIMS, MAX_CLAIMS_WITHOUT_COPY, SynthError, synthetic_archive_create


def claim_count(raw: str) -> int:
    try:
        return int(raw.replace("_", "").replace(",", ""))
    except ValueError:
        raise CommandError(f"--claims must be a whole number, e.g. 10000 or 1_000_000; got '{raw}'.") from None


class Command(BaseCommand):
    help = (
        "Write a synthetic newsroom archive of N claims for benchmarks: sources whose text holds every quote at "
        "its offsets, actors and organisations, citations, topics, quantities, relations, and verifications in "
        "every workflow state (87% of claims published). The same --seed always gives the same archive. "
        "Writes only into an empty archive (it refuses otherwise: use a new, migrated database), "
        "in one transaction. History tables (django-simple-history) stay empty for synthetic rows. "
        "PostgreSQL: COPY FREEZE into the locked, emptied tables, indexes and constraints rebuilt (so checked) "
        "at the end, then VACUUM (ANALYZE) once committed; "
        f"1,000,000 claims take minutes. Other databases: batched INSERTs, up to {MAX_CLAIMS_WITHOUT_COPY:,} claims."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=claim_count, required=True, help=f"How many claims, 1 to {MAX_CLAIMS:,}.")
        parser.add_argument("--seed", type=int, default=1, help="Seed of the archive's randomness (default 1).")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default).")

    def handle(self, *args, claims: int, seed: int, database: str, verbosity: int, **options):
        def progress(done: int) -> None:
            if verbosity >= 1:
                self.stdout.write(f"  {done:,} of {claims:,} claims")

        try:
            report = synthetic_archive_create(claims=claims, seed=seed, using=database, progress=progress)
        except SynthError as exc:
            raise CommandError(f"Nothing was written: {exc}") from exc
        for table, rows in report.rows.items():
            self.stdout.write(f"{table}: {rows:,} rows")
        for phase, seconds in report.seconds.items():
            self.stdout.write(f"{phase}: {seconds:.1f} s")
        self.stdout.write(self.style.SUCCESS(f"Synthetic archive of {claims:,} claims (seed {seed}) written."))
