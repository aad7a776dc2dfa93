from django.apps import AppConfig


class CoreConfig(AppConfig):
    """
    Shared infrastructure: API base classes, parsers, middleware, database routing, HTTP, admin
    helpers. Imports no app of ours.
    """

    name = "core"
    verbose_name = "core"
