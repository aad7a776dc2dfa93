from django.core.management.base import BaseCommand, CommandError

from claims.services import resync_checked_at_copies


class Command(BaseCommand):
    help = (
        "Copy each claim's checked-at time again onto its appearances where the copy differs (it orders actor "
        "pages). Run it after a deploy during which the previous release kept publishing while the migrations "
        "ran; the services keep the copies current otherwise. Safe to run at any time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Only count the copies that differ; exit 1 if there are any."
        )
        parser.add_argument("--batch", type=int, default=10_000, help="Claim ids per statement (default 10,000).")

    def handle(self, *args, check=False, batch=10_000, **options):
        if batch < 1:
            raise CommandError("--batch must be a whole number of claims, 1 or more.")
        found = resync_checked_at_copies(batch=batch, write=not check)
        if check and found:
            raise CommandError(f"{found} appearances hold a checked-at copy that differs from their claim's.")
        verb = "differ" if check else "copied again"
        self.stdout.write(self.style.SUCCESS(f"{found} appearances' checked-at copies {verb}."))
