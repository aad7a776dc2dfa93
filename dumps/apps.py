from django.apps import AppConfig


class DumpsConfig(AppConfig):
    """Backups: the full, versioned dump (`export`, `import_dump`) and the open-data files."""

    name = "dumps"
    verbose_name = "export and restore"
