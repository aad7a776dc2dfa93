from django.apps import AppConfig


class SeedsConfig(AppConfig):
    """The demo content, and the `seed` command that loads it."""

    name = "seeds"
    verbose_name = "demo content"
