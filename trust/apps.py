from django.apps import AppConfig


class TrustConfig(AppConfig):
    """What a signatory newsroom must show readers: transparency pages, the team, and "report an error"."""

    name = "trust"
    verbose_name = "Trust and transparency"

    def ready(self) -> None:
        # Cached public responses are keyed by the site version: change it when readers' pages change.
        # Cache upkeep, not domain flow (as in claims.apps). Error reports are never public: not here.
        from core.freshness import follow_public_changes
        from trust.models import TeamMember, TransparencyPage

        follow_public_changes((TransparencyPage, TeamMember))
