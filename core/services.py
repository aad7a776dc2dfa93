"""
What every app's services share: the refusal they raise, and validated saves that record who.

Services are keyword-only functions named ``<entity>_<verb>`` in each app's ``services.py``;
the admin, the API and management commands all call them, so a rule is enforced once.
"""

from __future__ import annotations

import re
from typing import TypeVar

from django.apps import apps
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models

M = TypeVar("M", bound=models.Model)

# How each kind of refusal is answered over HTTP.
STATUS_OF_CODE = {"permission": 403, "own_work": 403, "state": 409, "invalid": 400, "incomplete": 400}


class ServiceError(Exception):
    """
    A refused write that is not a field error: who may not (``permission``, ``own_work``),
    or not now (``state``), or not yet (``incomplete``). ``message`` is for the person who tried;
    ``fields``, when given, names each thing that is wrong. Nothing was changed.
    """

    def __init__(self, message: str, *, code: str, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.fields = fields

    @property
    def http_status(self) -> int:
        return STATUS_OF_CODE.get(self.code, 400)


def save_validated(instance: M, *, by: AbstractBaseUser | AnonymousUser | None) -> M:
    """
    Validate like a form would (raising ValidationError naming the field), record who in the
    history (also outside a request), and save. ``by`` is None only for server-side commands.
    """
    instance.full_clean()
    # django-simple-history reads this undeclared attribute to record who made the change.
    instance._history_user = by  # type: ignore[attr-defined]
    instance.save()
    return instance


def error_message(exc: Exception) -> str:
    """One line for a person from a ServiceError or a ValidationError."""
    if isinstance(exc, ServiceError):
        return exc.message
    messages = getattr(exc, "messages", None)
    return " ".join(messages) if messages else str(exc)


# -- unique constraints lost in a race ----------------------------------------------------------

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<columns>[\w.]+(?:, [\w.]+)*)")
_POSTGRESQL_KEY = re.compile(r"Key \((?P<columns>[^)]*)\)=")


def constraint_violation(exc: IntegrityError) -> ValidationError | None:
    """
    The ValidationError that full_clean() would have raised for the unique constraint (or unique
    field) that ``exc`` reports, or None when it is not a uniqueness of one of our models.

    full_clean() checks uniqueness first, so this happens only when a concurrent writer stored
    the same value between that check and the INSERT: a refusal, not a server error.
    PostgreSQL names the constraint, the table and the columns; SQLite the table and columns.
    """
    name, table, columns = _unique_violation_of(exc)
    if table is None and name is None:
        return None
    for model in apps.get_models():
        for constraint in model._meta.constraints:
            if isinstance(constraint, models.UniqueConstraint) and (
                constraint.name == name
                or (
                    table == model._meta.db_table
                    and constraint.fields
                    and _columns(model, constraint.fields) == columns
                )
            ):
                return _message(model, constraint)
        if table == model._meta.db_table:
            for field in model._meta.concrete_fields:
                if field.unique and {field.column} == columns:
                    return ValidationError({field.name: [model(pk=None).unique_error_message(model, (field.name,))]})
            for together in model._meta.unique_together:
                if _columns(model, together) == columns:
                    return ValidationError(model(pk=None).unique_error_message(model, together))
    return None


def _unique_violation_of(exc: IntegrityError) -> tuple[str | None, str | None, set[str]]:
    """(constraint name, table, columns) of a unique violation, as far as the database says."""
    diag = getattr(exc.__cause__, "diag", None)
    if diag is not None:  # psycopg
        if getattr(diag, "sqlstate", None) != "23505":  # unique_violation
            return None, None, set()
        match = _POSTGRESQL_KEY.match(diag.message_detail or "")
        columns = {c.strip().strip('"') for c in match["columns"].split(",")} if match else set()
        return diag.constraint_name, diag.table_name, columns
    match = _SQLITE_UNIQUE.search(str(exc))
    if match is None:
        return None, None, set()
    pairs = [column.rsplit(".", 1) for column in match["columns"].split(", ")]
    return None, pairs[0][0], {column for _, column in pairs}


def _columns(model: type[models.Model], fields) -> set[str]:
    return {model._meta.get_field(name).column for name in fields}  # type: ignore[union-attr, misc]


def _message(model: type[models.Model], constraint: models.UniqueConstraint) -> ValidationError:
    if constraint.fields and constraint.violation_error_message == constraint.default_violation_error_message:
        # Django's own wording when the constraint has none: "Source with this Slug already exists."
        message = model(pk=None).unique_error_message(model, constraint.fields)
        if len(constraint.fields) == 1:
            return ValidationError({constraint.fields[0]: [message]})
        return ValidationError(message)
    return ValidationError(constraint.get_violation_error_message(), code=constraint.violation_error_code)
