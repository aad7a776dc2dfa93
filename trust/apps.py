from django.apps import AppConfig


class TrustConfig(AppConfig):
    """What a signatory newsroom must show readers: transparency pages, the team, and "report an error"."""

    name = "trust"
    verbose_name = "Trust and transparency"

    def ready(self) -> None:
        # Cached public responses are keyed by the site version: change it when readers' pages change.
        # Cache upkeep, not domain flow (as in claims.apps). Error reports are never public: not here.
        from django.db.models.signals import post_delete, post_save

        from core.freshness import public_record_changed
        from trust.models import TeamMember, TransparencyPage

        for model in (TransparencyPage, TeamMember):
            post_save.connect(public_record_changed, sender=model, dispatch_uid=f"freshness.save.{model.__name__}")
            post_delete.connect(public_record_changed, sender=model, dispatch_uid=f"freshness.delete.{model.__name__}")
