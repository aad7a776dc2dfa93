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

        def page_saved_or_deleted(sender, instance, raw=False, **kwargs):
            if not raw:
                public_record_changed()

        for model in (TransparencyPage, TeamMember):
            uid = model.__name__
            post_save.connect(page_saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.save.{uid}")
            post_delete.connect(page_saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.del.{uid}")
