from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"

    def ready(self) -> None:
        # A quoted source's text becomes a new snapshot: sources.services asks us about the quotes.
        from claims.snapshots import QUOTE_KEEPER
        from sources.services import register_quote_keeper

        register_quote_keeper(QUOTE_KEEPER)

        # Search reads actors' names and sources' titles: re-read them when they change, once
        # the change is committed. Index and cache upkeep, not domain flow: signals are the tool.
        from django.db import transaction
        from django.db.models.signals import post_save

        from claims.search import reindex_search_of_actor, reindex_search_of_source
        from sources.models import Actor, Source

        def actor_saved(sender, instance, created, raw=False, **kwargs):
            if not created and not raw:
                transaction.on_commit(lambda: reindex_search_of_actor(instance.pk))

        def source_saved(sender, instance, created, raw=False, **kwargs):
            if not created and not raw:
                transaction.on_commit(lambda: reindex_search_of_source(instance.pk))

        post_save.connect(actor_saved, sender=Actor, dispatch_uid="claims.search.actor_saved")
        post_save.connect(source_saved, sender=Source, dispatch_uid="claims.search.source_saved")

        # Cached public responses and the public Last-Modified follow the site version: change it
        # with anything readers see, and only then (claims.visibility.touches_public_record).
        from claims.models import Appearance, Claim, ClaimRelation, ClaimSlugRedirect, Status, Topic, Verification
        from claims.visibility import touches_public_record
        from core.freshness import follow_public_changes
        from sources.models import Citation

        # A claim's old address answers 301 once renamed; wording changes in review are not public (ClaimRevision).
        follow_public_changes(
            (Claim, Verification, Appearance, ClaimRelation, ClaimSlugRedirect, Status, Topic, Source, Actor, Citation),
            m2m_through=(Claim.topics.through, Verification.evidence.through),
            is_public=touches_public_record,
        )
