"""
Existing claims: an owner where none was recorded (whoever the history says created it), the time
their first verdict was published (which protects their slug and wording from now on), and, for
published ones, the statement as confirmed by the editor who published that verdict. Unpublished
claims stay unconfirmed: they may be extraction's text, and a person's next save confirms them.
The chief editors get the new permission to rename published claims.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Min, OuterRef, Subquery

from claims.roles import sync_role_groups


def fill(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    HistoricalClaim = apps.get_model("claims", "HistoricalClaim")
    Verification = apps.get_model("claims", "Verification")

    first_record = HistoricalClaim.objects.filter(id=OuterRef("pk"), history_user__isnull=False).order_by(
        "history_date", "history_id"
    )
    Claim.objects.filter(created_by__isnull=True).update(
        created_by=Subquery(first_record.values("history_user")[:1])
    )
    first_published = (
        Verification.objects.filter(claim=OuterRef("pk"), published_at__isnull=False)
        .order_by()
        .values("claim")
        .annotate(first=Min("published_at"))
        .values("first")
    )
    Claim.objects.update(first_published_at=Subquery(first_published[:1]))
    first_reviewer = Verification.objects.filter(claim=OuterRef("pk"), published_at__isnull=False).order_by(
        "published_at", "pk"
    )
    Claim.objects.filter(first_published_at__isnull=False, statement_confirmed_by__isnull=True).update(
        statement_confirmed_by=Subquery(first_reviewer.values("reviewer")[:1])
    )


def sync_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need the new one now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_claim_owner_slugs_revisions_checklist"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
