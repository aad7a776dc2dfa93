from django.db import migrations, models, transaction
from django.db.models import OuterRef, Subquery

BATCH = 10_000  # claims per transaction


def fill_claim_checked_at(apps, schema_editor):
    """
    Each appearance of a checked claim gets the claim's checked_at, a batch of claims per
    transaction, so that no lock is held over the whole table (1.6 million appearances at a million
    claims); appearances of claims never published keep the column empty, and are not rewritten.
    """
    Appearance = apps.get_model("claims", "Appearance")
    Claim = apps.get_model("claims", "Claim")
    alias = schema_editor.connection.alias
    checked = Claim.objects.using(alias).filter(checked_at__isnull=False).order_by("pk")
    last = 0
    while True:
        ids = list(checked.filter(pk__gt=last).values_list("pk", flat=True)[:BATCH])
        if not ids:
            return
        with transaction.atomic(using=alias):
            copied = Claim.objects.using(alias).filter(pk=OuterRef("claim_id")).values("checked_at")[:1]
            Appearance.objects.using(alias).filter(claim_id__in=ids).update(claim_checked_at=Subquery(copied))
        last = ids[-1]


class Migration(migrations.Migration):
    atomic = False  # each batch commits on its own

    dependencies = [
        ("claims", "0015_appearance_claim_checked_at_for_actor_pages"),
    ]

    operations = [
        migrations.RunPython(fill_claim_checked_at, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name='appearance',
            index=models.Index(condition=models.Q(('claim_checked_at__isnull', False)), fields=['speaker', '-claim_checked_at', '-claim'], name='claims_appear_speaker_chk_idx'),
        ),
    ]
