from django.apps import AppConfig


class FiguresConfig(AppConfig):
    """Figures the newsroom tracks, their estimates and the ledger that puts them side by side."""

    name = "figures"
    verbose_name = "Figures and their ledgers"
