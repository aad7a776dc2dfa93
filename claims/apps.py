from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"

    def ready(self) -> None:
        # Search reads actors' names and sources' titles: re-read them when they change, once
        # the change is committed. Index upkeep, not domain flow, so a signal is the right tool.
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
