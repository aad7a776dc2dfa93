import threading

from django.apps import AppConfig
from django.db import transaction


class FiguresConfig(AppConfig):
    """Figures the newsroom tracks, their estimates and the ledger that puts them side by side."""

    name = "figures"
    verbose_name = "Figures and their ledgers"

    def ready(self) -> None:
        # The findings queue is derived from the claims (like the search index): when a claim, an
        # appearance, a verdict or a relation changes, refresh the figures that read it, once the
        # change is committed. Upkeep of derived rows, not domain flow; and claims, below us,
        # cannot call us. Claims touched in one transaction are refreshed together, once.
        from django.db.models.signals import post_delete, post_save

        from claims.models import Appearance, Claim, ClaimRelation, Verification
        from figures.services import charts_warm, figure_findings_refresh, figures_of_claims

        pending = threading.local()

        def flush() -> None:
            claim_ids: set[int] = getattr(pending, "claim_ids", set())
            pending.claim_ids = set()
            if claim_ids:  # the first callback of a transaction does the work; the others find nothing
                figures = figures_of_claims(claim_ids)
                for figure in figures:
                    figure_findings_refresh(figure=figure)
                charts_warm(figures)

        def touched(claim_ids: set[int]) -> None:
            pending.claim_ids = getattr(pending, "claim_ids", set()) | claim_ids
            transaction.on_commit(flush)

        def claim_input_changed(sender, instance, raw=False, **kwargs):
            if raw:
                return
            if isinstance(instance, Claim):
                touched({instance.pk})
            elif isinstance(instance, ClaimRelation):
                touched({instance.from_claim_id, instance.to_claim_id})
            elif instance.claim_id is not None:  # an appearance or a verdict
                touched({instance.claim_id})

        for model in (Claim, Appearance, Verification, ClaimRelation):
            uid = f"figures.findings.{model.__name__}"
            post_save.connect(claim_input_changed, sender=model, weak=False, dispatch_uid=f"{uid}.save")
            post_delete.connect(claim_input_changed, sender=model, weak=False, dispatch_uid=f"{uid}.delete")

        # Cached public pages (figure pages, embeds, feeds) follow the site version: a figure or an
        # estimate attached or detached changes what readers see once a published claim estimates it.
        from claims.visibility import touches_public_record
        from core.freshness import follow_public_changes
        from figures.models import Estimate, Figure
        from figures.visibility import public_figures

        def is_public(instance) -> bool:  # a draft figure or an unpublished claim's estimate hints at nothing
            if isinstance(instance, Estimate):
                return touches_public_record(Claim(pk=instance.claim_id))
            return public_figures().filter(pk=instance.pk).exists()

        follow_public_changes((Figure, Estimate), is_public=is_public)
