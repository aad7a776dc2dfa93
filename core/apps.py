from django.apps import AppConfig


class CoreConfig(AppConfig):
    """
    Shared infrastructure: API base classes, parsers, middleware, database routing, HTTP, admin
    helpers. Imports no app of ours.
    """

    name = "core"
    verbose_name = "core"

    def ready(self) -> None:
        from core import checks  # noqa: F401 - registers the deployment checks
