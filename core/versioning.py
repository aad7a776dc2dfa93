"""
Optimistic locking: every save of a versioned row increments its ``version``.

An editor's form (or an API client's ETag) remembers the version it started from; a save
based on an older version is refused and shown what changed since, so nobody overwrites a
change they have not seen. The database row lock taken while checking makes the check and
the save atomic on PostgreSQL; SQLite serialises writers anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django import forms
from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import ForeignObjectRel
from django.http import QueryDict


class VersionedModel(models.Model):
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Increases on every save; a save based on an older version is refused."
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class StaleEdit:
    """What happened to a row since the version an editor started from."""

    current_version: int
    seen_version: int
    editors: list[str]
    last_saved_at: datetime | None
    changes: list[FieldChange]

    def message(self, noun: str) -> str:
        who = ", ".join(self.editors) or "Someone"
        when = f" at {self.last_saved_at:%H:%M:%S %Z}" if self.last_saved_at else ""
        if self.changes:
            what = "; ".join(f"{c.field}: “{_short(c.old)}” → “{_short(c.new)}”" for c in self.changes)
        else:
            what = f"none of the {noun}'s own fields (they changed what is attached to it)"
        return (
            f"{who} saved this {noun}{when}, after you opened it. They changed {what}. "
            f"Your changes were not saved. Compare, then save again to replace their version with yours."
        )


def _short(value: object, limit: int = 80) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def lock_for_update(instance: VersionedModel) -> VersionedModel:
    """Re-read the row under a row lock (SELECT ... FOR UPDATE); one query."""
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)


def stale_edit(instance: VersionedModel, seen_version: int | None) -> StaleEdit | None:
    """
    None when ``seen_version`` is the stored version, otherwise what changed since.
    Locks the row until the end of the transaction, so call it inside the one that saves.
    Reads the row's history (django-simple-history) to name who changed which fields.
    """
    current = lock_for_update(instance)
    if seen_version is not None and current.version == seen_version:
        return None
    seen = seen_version or 0
    history = getattr(current, "history", None)
    editors: list[str] = []
    changes: list[FieldChange] = []
    last_saved_at = None
    if history is not None:
        records = list(history.filter(version__gte=seen).order_by("history_date", "history_id"))
        base = next((r for r in records if r.version == seen), None)
        later = [r for r in records if r.version > seen]
        if later:
            last_saved_at = later[-1].history_date
            editors = sorted({_user_name(r.history_user) for r in later if r.history_user})
            if base is not None:
                diff = later[-1].diff_against(base, excluded_fields=["version", "updated_at"])
                changes = [FieldChange(_verbose(current, c.field), c.old, c.new) for c in diff.changes]
    return StaleEdit(current.version, seen, editors, last_saved_at, changes)


def _user_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _verbose(instance: models.Model, field: str) -> str:
    try:
        model_field = instance._meta.get_field(field)
    except FieldDoesNotExist:  # a removed field: show its name as stored
        return field
    if isinstance(model_field, ForeignObjectRel):  # a reverse relation has no verbose name
        return field
    return str(model_field.verbose_name).capitalize()


class VersionedModelForm(forms.ModelForm):
    """
    A form that remembers the version it was opened at and refuses to save over a newer one.

    The check locks the row (see stale_edit), so it must run inside the transaction that
    saves: the admin's change view is one. After a refusal the form carries the current
    version, so saving again, now that the editor has seen what changed, goes through.
    """

    version_seen = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version_seen"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if self.instance.pk:
            stale = stale_edit(self.instance, cleaned.get("version_seen"))
            if stale is not None:
                # Bound to request.POST, an immutable QueryDict: the new version goes into a copy.
                data = cast(QueryDict, self.data).copy()
                data[self.add_prefix("version_seen")] = str(stale.current_version)
                self.data = data
                raise forms.ValidationError(stale.message(str(self._meta.model._meta.verbose_name)), code="stale")
        return cleaned


class VersionedAdminMixin(admin.ModelAdmin):
    """ModelAdmin mixin that puts VersionedModelForm's hidden version field on the change form."""

    form = VersionedModelForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if not any("version_seen" in opts.get("fields", ()) for _, opts in fieldsets):
            fieldsets.append((None, {"fields": ["version_seen"], "classes": ["hidden"]}))
        return fieldsets
