from django.contrib.auth.management import create_permissions
from django.db import migrations

from claims.roles import sync_role_groups


def grant_figures_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; the role groups need them now.
    app_config = apps.get_app_config("figures")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("figures", "0001_figures_estimates_findings"),
        ("trust", "0002_role_permissions"),
    ]

    operations = [migrations.RunPython(grant_figures_permissions, migrations.RunPython.noop)]
