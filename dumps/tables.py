"""
What a dump holds: every table of every installed app, in dependency order.

Chosen by rule, not by list, so a model another app adds tomorrow (and its history table) is in
the next dump without a change here. Left out: proxies and unmanaged models (no table of their
own), and sessions (short-lived logins signed with this install's SECRET_KEY; a restore logs
everyone out, which is what a restore onto another machine should do anyway).
"""

from __future__ import annotations

from django.apps import apps
from django.db import models

# Rows that must not travel: see the module docstring.
EXCLUDED_MODELS = {"sessions.session"}

# Tables that `migrate` itself fills (content types and permissions after every migrate, the
# role groups and the default verdict vocabulary by data migrations). A freshly migrated database
# holds rows in these, so they do not make it "not empty"; a restore replaces them with the
# dump's rows. tests/test_dumps.py checks that a freshly migrated database fills nothing else:
# a new data migration that fills a table makes that test name the table to add here.
MIGRATION_FILLED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "auth.group",
    "auth.group_permissions",
    "claims.status",
}


def dumped_models() -> list[type[models.Model]]:
    """Every model whose rows a dump holds, each table once, parents before the rows that point at them."""
    chosen: dict[str, type[models.Model]] = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.swapped or meta.label_lower in EXCLUDED_MODELS:
            continue
        chosen.setdefault(meta.db_table, model)
    return in_dependency_order(list(chosen.values()))


def dumped_fields(model: type[models.Model]) -> list[models.Field]:
    """The columns a dump holds of a model: every stored one (a generated column is the database's to compute)."""
    return [f for f in model._meta.concrete_fields if f.column and not getattr(f, "generated", False)]


def is_migration_filled(model: type[models.Model]) -> bool:
    return model._meta.label_lower in MIGRATION_FILLED_MODELS


def in_dependency_order(models_: list[type[models.Model]]) -> list[type[models.Model]]:
    """
    A stable topological order: each model after the models its foreign keys point at, otherwise
    in the order given (INSTALLED_APPS). Self-references are ignored; a cycle, should one appear,
    is broken at its first model in the given order (restores do not depend on the order: foreign
    keys are checked once, at the end of the load).
    """
    remaining = list(models_)
    parents = {model: _parents(model, set(models_)) for model in models_}
    ordered: list[type[models.Model]] = []
    placed: set[type[models.Model]] = set()
    while remaining:
        ready = next((m for m in remaining if parents[m] <= placed), remaining[0])
        remaining.remove(ready)
        ordered.append(ready)
        placed.add(ready)
    return ordered


def _parents(model: type[models.Model], among: set[type[models.Model]]) -> set[type[models.Model]]:
    found: set[type[models.Model]] = set()
    for field in model._meta.concrete_fields:
        target = field.related_model if field.is_relation else None
        if isinstance(target, type) and target is not model and target in among:
            found.add(target)
    return found
