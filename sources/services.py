"""
Writes to sources and actors, shared by the admin's forms, the API, imports and commands.

A source's text snapshot is the record quotes are anchored in. Once a quote is anchored in it,
changing the text keeps the old snapshot: source_update() stores a copy of the source as it was
(an *earlier snapshot*, ``replaced_by`` the source), changes the text of the source itself (its
slug and URL stay, so readers' links show the current text), re-anchors each quote whose exact
words still occur in the new text and leaves the others anchored in the earlier snapshot, where an
editor finds them flagged. Sources do not know what a quote is: the claims app registers that
(register_quote_keeper, in its AppConfig.ready()).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from core.services import save_validated
from sources.models import Actor, Citation, Source, sha256_hex


class QuoteKeeper(Protocol):
    """What the sources app asks of the app whose quotes are anchored in snapshots (claims)."""

    def quotes_in(self, source: Source) -> int:
        """How many quotes are anchored in the source's snapshot."""
        ...

    def carry_quotes(self, *, source: Source, earlier: Source, by: User | None) -> list[Any]:
        """
        ``source`` has a new text and ``earlier`` holds its old one: re-anchor in the new text each
        quote whose exact words still occur there, move the others to ``earlier``. Returns those moved.
        """
        ...


_quote_keepers: list[QuoteKeeper] = []


def register_quote_keeper(keeper: QuoteKeeper) -> None:
    if keeper not in _quote_keepers:
        _quote_keepers.append(keeper)


@dataclass(frozen=True)
class SnapshotChange:
    """What replacing a quoted text did: the earlier snapshot kept, and the quotes left in it."""

    earlier: Source
    left_behind: list[Any]

    def message(self) -> str:
        kept = f"The previous text is kept as the earlier snapshot “{self.earlier.slug}”."
        if not self.left_behind:
            return f"{kept} Every quote still occurs in the new text and was re-anchored in it."
        n = len(self.left_behind)
        return (
            f"{kept} {n} quote{'s' if n != 1 else ''} no longer occur{'s' if n == 1 else ''} in the new text "
            "and stay anchored in the earlier snapshot: review them."
        )


@transaction.atomic
def source_create(*, by: User | None, **fields: Any) -> Source:
    """
    A new source from its field values (title, slug, text, ...); validated like a form, or refused by
    name. A text that a current source already holds is refused naming that source.
    """
    validate_source_text(source=None, text=fields.get("text") or "")
    return save_validated(Source(**fields), by=by)


@transaction.atomic
def source_update(*, source: Source, by: User | None, **changes: Any) -> Source:
    """
    Change the given fields of a source; the rest stays as stored. A new text for a source with
    quotes anchored in it keeps the old one as an earlier snapshot (see the module's docstring);
    the SnapshotChange is left on the returned source as ``snapshot_change`` for the caller to report.
    Locks the source's row; refuses what validate_source_text() refuses.
    """
    stored = Source.objects.select_for_update().get(pk=source.pk)
    new_text = changes.get("text", source.text)
    earlier = None
    if new_text != stored.text:
        validate_source_text(source=stored, text=new_text)
        if any(keeper.quotes_in(stored) for keeper in _quote_keepers):
            earlier = _keep_snapshot(stored, by=by)
    for field, value in changes.items():
        setattr(source, field, value)
    saved = save_validated(source, by=by)
    if earlier is not None:
        left = [q for keeper in _quote_keepers for q in keeper.carry_quotes(source=saved, earlier=earlier, by=by)]
        saved.snapshot_change = SnapshotChange(earlier, left)  # type: ignore[attr-defined]
    return saved


def validate_source_text(*, source: Source | None, text: str) -> None:
    """
    Raise a ValidationError on ``text`` when ``source`` (None for a new one) may not hold it: the
    text of an earlier snapshot never changes, and a text a current source holds is not stored
    twice (the error names that source). Reads the stored row and looks the text's SHA-256 up.
    """
    if source is not None and source.pk is not None:
        stored = Source.objects.only("text", "replaced_by").get(pk=source.pk)
        if text == stored.text:
            return
        if stored.replaced_by_id is not None:
            current = Source.objects.only("slug").get(pk=stored.replaced_by_id)
            raise ValidationError(
                {
                    "text": f"This is an earlier snapshot of the source “{current.slug}”, kept as it was for "
                    "the quotes anchored in it: its text cannot change. Change the current source instead."
                }
            )
    if not text:
        return
    existing = (
        Source.objects.current()
        .filter(text_sha256=sha256_hex(text))
        .exclude(pk=source.pk if source is not None else None)
        .only("slug", "title")
        .first()
    )
    if existing is not None:
        raise ValidationError(
            {"text": f"This exact text is already the snapshot of the source “{existing.title}” ({existing.slug})."}
        )


def _keep_snapshot(stored: Source, *, by: User | None) -> Source:
    """A copy of the source as stored, with its citations, marked as an earlier snapshot of it."""
    earlier = Source(
        **{
            field.name: getattr(stored, field.name)
            for field in Source._meta.concrete_fields
            if field.name not in ("id", "slug", "version", "created_at", "updated_at", "replaced_by")
        },
        slug=_snapshot_slug(stored),
        replaced_by=stored,
    )
    save_validated(earlier, by=by)
    for citation in stored.citations.all():
        save_validated(
            Citation(
                source=earlier, cited_source=citation.cited_source, cited_actor=citation.cited_actor, note=citation.note
            ),
            by=by,
        )
    return earlier


def _snapshot_slug(stored: Source) -> str:
    """'<slug>-v<n>', n the stored version, shortened to fit; a free one if taken."""
    max_length = Source._meta.get_field("slug").max_length or 200
    n = stored.version
    while True:
        suffix = f"-v{n}"
        slug = stored.slug[: max_length - len(suffix)] + suffix
        if not Source.objects.filter(slug=slug).exists():
            return slug
        n += 1


@transaction.atomic
def actor_create(*, by: User | None, **fields: Any) -> Actor:
    return save_validated(Actor(**fields), by=by)


@transaction.atomic
def actor_update(*, actor: Actor, by: User, **changes: Any) -> Actor:
    for field, value in changes.items():
        setattr(actor, field, value)
    return save_validated(actor, by=by)
