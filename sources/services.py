"""Writes to sources and actors, shared by the admin's forms, the API, imports and commands."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from core.services import save_validated
from sources.models import Actor, Source


@transaction.atomic
def source_create(*, by: User | None, **fields: Any) -> Source:
    """A new source from its field values (title, slug, text, ...); validated like a form, or refused by name."""
    return save_validated(Source(**fields), by=by)


@transaction.atomic
def source_update(*, source: Source, by: User, **changes: Any) -> Source:
    """Change the given fields of a source; the rest stays as stored."""
    for field, value in changes.items():
        setattr(source, field, value)
    return save_validated(source, by=by)


@transaction.atomic
def actor_create(*, by: User | None, **fields: Any) -> Actor:
    return save_validated(Actor(**fields), by=by)


@transaction.atomic
def actor_update(*, actor: Actor, by: User, **changes: Any) -> Actor:
    for field, value in changes.items():
        setattr(actor, field, value)
    return save_validated(actor, by=by)
