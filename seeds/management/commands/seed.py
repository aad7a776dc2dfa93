from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from seeds.load import DEFAULT_SEED_FILE, SeedError, load_seed_file
from trust.seed import DEFAULT_TRUST_SEED_FILE, TrustSeedError, load_trust_seed


class Command(BaseCommand):
    help = "Load the demo newsroom content (actors, sources, claims, verdicts). Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=DEFAULT_SEED_FILE, help="Seed file (TOML).")
        parser.add_argument(
            "--trust-file",
            type=Path,
            default=DEFAULT_TRUST_SEED_FILE,
            help="Transparency pages and team (TOML), loaded after the demo users.",
        )
        parser.add_argument(
            "--demo-password",
            help="Set this password on the demo users (reporter, editor, chief). For local demos only.",
        )

    def handle(self, *args, file: Path, trust_file: Path, demo_password: str | None, **options):
        try:
            with transaction.atomic():  # both files, or neither
                report = load_seed_file(file, demo_password=demo_password)
                trust_lines = load_trust_seed(trust_file)
        except (SeedError, TrustSeedError) as exc:
            raise CommandError(f"Nothing was loaded: {exc}") from exc
        for line in [*report.lines(), *trust_lines]:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Seed data from {file.name} is loaded."))
