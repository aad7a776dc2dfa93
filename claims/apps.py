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
        from django.db.models.signals import m2m_changed, post_delete

        from claims.models import Appearance, Claim, ClaimRelation, ClaimSlugRedirect, Status, Topic, Verification
        from claims.visibility import touches_public_record
        from core.freshness import public_record_changed
        from sources.models import Citation

        def record_saved_or_deleted(sender, instance, raw=False, **kwargs):
            if not raw and touches_public_record(instance):
                public_record_changed()

        def record_relinked(sender, instance, action, **kwargs):
            if action.startswith("post_") and touches_public_record(instance):
                public_record_changed()

        # A claim's old address answers 301 once renamed; wording changes in review are not public (ClaimRevision).
        public = (Claim, Verification, Appearance, ClaimRelation, ClaimSlugRedirect, Status, Topic, Source, Actor)
        for model in (*public, Citation):
            uid = model.__name__
            post_save.connect(record_saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.save.{uid}")
            post_delete.connect(record_saved_or_deleted, sender=model, weak=False, dispatch_uid=f"freshness.del.{uid}")
        for through in (Claim.topics.through, Verification.evidence.through):
            uid = through.__name__
            m2m_changed.connect(record_relinked, sender=through, weak=False, dispatch_uid=f"freshness.m2m.{uid}")
