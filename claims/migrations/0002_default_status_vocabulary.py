"""
The default verdict vocabulary, on a 1 (worst) to 5 (best) ClaimReview scale.

Administrators can relabel, recolour or add statuses afterwards; the slugs are stable keys
that status suggestions and API clients rely on. Colours all carry white text at a
contrast of 4.5:1 or more.
"""

from django.db import migrations

DEFAULT_STATUSES = [
    # slug, label, colour, rating value, description
    ("unverified", "Unverified", "#57606a", 3, "Not yet checked against any origin beyond the claimant."),
    ("single-source", "Single source", "#0550ae", 3, "Only one independent origin reports it."),
    ("corroborated", "Corroborated", "#116329", 4, "Two or more independent origins report it."),
    ("officially-confirmed", "Officially confirmed", "#0a4f1f", 5, "Confirmed on the record by the authority concerned."),
    ("disputed", "Disputed", "#9a3412", 2, "An origin disputes it, or origins disagree on it."),
    ("denied", "Denied", "#a40e26", 2, "The party concerned denies it on the record."),
    ("false", "False", "#82071e", 1, "The evidence shows it is not true."),
    ("retracted", "Retracted", "#424a53", 1, "The claimant has withdrawn it."),
]


def create_statuses(apps, schema_editor):
    Status = apps.get_model("claims", "Status")
    for order, (slug, label, colour, value, description) in enumerate(DEFAULT_STATUSES, start=1):
        Status.objects.get_or_create(
            slug=slug,
            defaults={
                "label": label,
                "colour": colour,
                "rating_value": value,
                "best_rating": 5,
                "worst_rating": 1,
                "rating_name": label,
                "description": description,
                "order": order * 10,
            },
        )


def remove_statuses(apps, schema_editor):
    Status = apps.get_model("claims", "Status")
    Status.objects.filter(slug__in=[row[0] for row in DEFAULT_STATUSES], verifications__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(create_statuses, remove_statuses)]
