from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"

    def ready(self) -> None:
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

        # Cached public responses are keyed by the site version: change it with anything readers see.
        from django.db.models.signals import m2m_changed, post_delete

        from claims.models import Appearance, Claim, ClaimRelation, ClaimSlugRedirect, Status, Topic, Verification
        from core.freshness import public_record_changed
        from sources.models import Citation

        # A claim's old address answers 301 once renamed; wording changes in review are not public (ClaimRevision).
        public = (Claim, Verification, Appearance, ClaimRelation, ClaimSlugRedirect, Status, Topic, Source, Actor)
        for model in (*public, Citation):
            post_save.connect(public_record_changed, sender=model, dispatch_uid=f"freshness.save.{model.__name__}")
            post_delete.connect(public_record_changed, sender=model, dispatch_uid=f"freshness.delete.{model.__name__}")
        for through in (Claim.topics.through, Verification.evidence.through):
            m2m_changed.connect(public_record_changed, sender=through, dispatch_uid=f"freshness.m2m.{through.__name__}")
