"""Writes to sources and actors, shared by the admin's forms, the API and commands."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from sources.models import Actor, Source


def save_validated(instance, *, by: AbstractBaseUser):
    """Validate like a form would (raising ValidationError naming the field), record who, save."""
    instance.full_clean()
    instance._history_user = by
    instance.save()
    return instance


@transaction.atomic
def source_save(*, source: Source, by: AbstractBaseUser) -> Source:
    return save_validated(source, by=by)


@transaction.atomic
def actor_save(*, actor: Actor, by: AbstractBaseUser) -> Actor:
    return save_validated(actor, by=by)
