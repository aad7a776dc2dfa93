"""
What every app's services share: the refusal they raise, and validated saves that record who.

Services are keyword-only functions named ``<entity>_<verb>`` in each app's ``services.py``;
the admin, the API and management commands all call them, so a rule is enforced once.
"""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models

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
