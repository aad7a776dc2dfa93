from django.core.management.base import BaseCommand

from claims.roles import ROLE_PERMISSIONS, sync_role_groups


class Command(BaseCommand):
    help = "Create the Reporter, Editor and Chief editor groups and reset their permissions to the defined set."

    def handle(self, *args, **options):
        sync_role_groups()
        for name, perms in ROLE_PERMISSIONS.items():
            self.stdout.write(f"{name}: {len(perms)} permissions")
