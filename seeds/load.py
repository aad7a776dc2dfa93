"""
Load demo content from a TOML seed file, idempotently.

Each row is found by its natural key (a slug, a username, a claim + source + quote) and
saved only when a value differs, so a second run changes nothing and writes no history.
Every row is validated like an editor's form would be; one bad row rolls the whole load
back and raises SeedError naming the row and the field.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models, transaction

from claims.checklist import publish_checklist
from claims.models import Appearance, Claim, ClaimRelation, Status, Topic, Verification
from claims.quantities import Quantity
from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from claims.search import refresh_search
from claims.stated_dates import DatePrecision
from figures.models import Estimate, Figure
from figures.services import figure_findings_refresh
from sources.models import Actor, Citation, Source

M = TypeVar("M", bound=models.Model)

ROLE_GROUPS = {"reporter": REPORTER, "editor": EDITOR, "chief": CHIEF_EDITOR}
DEFAULT_SEED_FILE = Path(__file__).resolve().parent / "north_korean_troops.toml"


class SeedError(Exception):
    pass


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        names = sorted(set(self.created) | set(self.updated) | set(self.unchanged))
        return [
            f"{name}: {self.created[name]} created, {self.updated[name]} updated, {self.unchanged[name]} unchanged"
            for name in names
        ]


def load_seed_file(path: Path = DEFAULT_SEED_FILE, *, demo_password: str | None = None) -> SeedReport:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SeedError(f"Cannot read seed file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SeedError(f"Seed file {path} is not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SeedError(f"Seed file {path} is not valid TOML: {exc}") from exc
    loader = _Loader(demo_password=demo_password)
    with transaction.atomic():
        loader.load(data)
    return loader.report


class _Loader:
    def __init__(self, *, demo_password: str | None) -> None:
        self.demo_password = demo_password
        self.report = SeedReport()

    def load(self, data: dict[str, Any]) -> None:
        for row in data.get("users", []):
            self.user(row)
        for row in data.get("topics", []):
            self.upsert(Topic, {"slug": row["slug"]}, {"name": row["name"], "description": row.get("description", "")})
        for row in data.get("actors", []):
            self.actor(row)
        for row in data.get("sources", []):
            self.source(row)
        claims = data.get("claims", [])
        for row in claims:
            self.claim(row)
        # Relations and verifications point at other claims: load them once all claims exist.
        for row in claims:
            self.claim_links(row)
        # Figures name their whole and their estimates (claims): after them, wholes before parts.
        for row in data.get("figures", []):
            self.figure(row)
        if self.report.created or self.report.updated:  # a second run writes nothing at all
            refresh_search(Claim.objects.filter(slug__in=[row["slug"] for row in claims]).values_list("pk", flat=True))
            for figure in Figure.objects.filter(slug__in=[row["slug"] for row in data.get("figures", [])]):
                figure_findings_refresh(figure=figure)

    # -- rows ------------------------------------------------------------------------

    def user(self, row: dict[str, Any]) -> None:
        User = get_user_model()
        user = self.upsert(
            User,
            {"username": row["username"]},
            {
                "first_name": row.get("first_name", ""),
                "last_name": row.get("last_name", ""),
                "email": row.get("email", f"{row['username']}@example.org"),
                "is_staff": True,
                "is_superuser": False,
            },
            validate=False,
        )
        group = Group.objects.get(name=ROLE_GROUPS[row["role"]])
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        if self.demo_password is not None and not user.check_password(self.demo_password):
            user.set_password(self.demo_password)
            user.save(update_fields=["password"])
        elif user.password == "":
            user.set_unusable_password()
            user.save(update_fields=["password"])

    def actor(self, row: dict[str, Any]) -> None:
        values = {
            "name": row["name"],
            "kind": row.get("kind", Actor.Kind.PERSON),
            "organisation": self.find(Actor, row["organisation"]) if row.get("organisation") else None,
            "role": row.get("role", ""),
            "aliases": "\n".join(row.get("aliases", [])),
            "description": row.get("description", ""),
            "url": row.get("url", ""),
        }
        self.upsert(Actor, {"slug": row["slug"]}, values)

    def source(self, row: dict[str, Any]) -> None:
        values = {
            "kind": row.get("kind", Source.Kind.NEWS_ARTICLE),
            "title": row["title"],
            "url": row.get("url", ""),
            "publisher": self.find(Actor, row["publisher"]) if row.get("publisher") else None,
            "byline": row.get("byline", ""),
            "published_at": row.get("published_at"),
            "retrieved_at": row.get("retrieved_at"),
            "language": row.get("language", "en"),
            "text": row.get("text", "").strip(),
            "notes": row.get("notes", ""),
        }
        source = self.upsert(Source, {"slug": row["slug"]}, values)
        for cite in row.get("citations", []):
            target = (
                {"cited_actor": self.find(Actor, cite["actor"])}
                if "actor" in cite
                else {"cited_source": self.find(Source, cite["source"])}
            )
            self.upsert(Citation, {"source": source, **target}, {"note": cite.get("note", "")})

    def claim(self, row: dict[str, Any]) -> None:
        owner = self.find(get_user_model(), row["owner"], key="username") if row.get("owner") else None
        # The owner wrote the statement: it is confirmed, not extraction's text.
        values: dict[str, Any] = {
            "statement": row["statement"],
            "claim_reviewed": row.get("claim_reviewed", ""),
            "created_by": owner,
            "statement_confirmed_by": owner,
        }
        quantity = self.quantity(row)
        # Stored as the model would store it (bounds derived, figures rounded), so a second run compares equal.
        values.update(quantity.as_fields() if quantity is not None else Quantity.EMPTY_FIELDS)
        claim = self.upsert(Claim, {"slug": row["slug"]}, values)
        topics = [self.find(Topic, slug) for slug in row.get("topics", [])]
        if set(claim.topics.all()) != set(topics):
            claim.topics.set(topics)
        for item in row.get("appearances", []):
            self.appearance(claim, item)

    def appearance(self, claim: Claim, row: dict[str, Any]) -> None:
        source = self.find(Source, row["source"])
        via = None
        if row.get("via"):
            via = Citation.objects.filter(source=source, cited_actor__slug=row["via"]).first()
            if via is None:
                raise SeedError(f"Appearance of '{claim.slug}': source '{source.slug}' does not cite '{row['via']}'.")
        values = {
            "speaker": self.find(Actor, row["speaker"]) if row.get("speaker") else None,
            "via": via,
            "stance": row.get("stance", Appearance.Stance.ASSERTS),
            "stated_on": row.get("stated_on"),
            "stated_precision": row.get("stated_precision", DatePrecision.DAY),
            "date_note": row.get("date_note", ""),
        }
        self.upsert(Appearance, {"claim": claim, "source": source, "quote": row["quote"]}, values)

    def claim_links(self, row: dict[str, Any]) -> None:
        claim = Claim.objects.get(slug=row["slug"])
        for rel in row.get("relations", []):
            self.upsert(
                ClaimRelation,
                {"from_claim": claim, "kind": rel["kind"], "to_claim": self.find(Claim, rel["claim"])},
                {"note": rel.get("note", "")},
            )
        rows = row.get("verifications") or ([row["verification"]] if "verification" in row else [])
        if rows:
            self.verifications(claim, rows)

    def figure(self, row: dict[str, Any]) -> None:
        values = {
            "name": row["name"],
            "unit": row["unit"],
            "description": " ".join(row.get("description", "").split()),
            "part_of": self.find(Figure, row["part_of"]) if row.get("part_of") else None,
        }
        figure = self.upsert(Figure, {"slug": row["slug"]}, values)
        topics = [self.find(Topic, slug) for slug in row.get("topics", [])]
        if set(figure.topics.all()) != set(topics):
            figure.topics.set(topics)
        for slug in row.get("estimates", []):
            claim = self.find(Claim, slug)
            if claim.quantity is None:
                raise SeedError(f"figure '{row['slug']}': claim '{slug}' has no quantity, so it cannot be an estimate.")
            self.upsert(Estimate, {"claim": claim}, {"figure": figure})

    def verifications(self, claim: Claim, rows: list[dict[str, Any]]) -> None:
        """
        A claim's verdicts, oldest first: each after the first is a correction of the one before it
        (found again by what it supersedes), as the workflow would have left them. The claim's
        derived dates follow: checked when its current verdict was published, and first published
        with its first verdict.
        """
        chain: list[Verification] = []
        for row in rows:
            where = f"Verdict {len(chain) + 1} on '{claim.slug}'"
            chain.append(self.verification(claim, row, supersedes=chain[-1] if chain else None, where=where))
        current = next((v for v in chain if v.state == Verification.State.PUBLISHED), None)
        checked_at = current.published_at if current is not None else None
        published = [v.published_at for v in chain if v.published_at is not None]
        first_published_at = claim.first_published_at or (min(published) if published else None)
        if (claim.checked_at, claim.first_published_at) != (checked_at, first_published_at):
            # What verification_publish and verification_withdraw record; derived columns, so no history row.
            Claim.objects.filter(pk=claim.pk).update(checked_at=checked_at, first_published_at=first_published_at)
            Appearance.objects.filter(claim=claim).update(claim_checked_at=checked_at)  # its copy, likewise

    def verification(
        self, claim: Claim, row: dict[str, Any], *, supersedes: Verification | None, where: str
    ) -> Verification:
        User = get_user_model()
        State = Verification.State
        author = self.find(User, row["author"], key="username")
        reviewer = self.find(User, row["reviewer"], key="username") if row.get("reviewer") else None
        state = row.get("state", State.DRAFT)
        if state in (State.PUBLISHED, State.SUPERSEDED, State.WITHDRAWN) and reviewer in (None, author):
            raise SeedError(f"{where}: a published verdict needs a reviewer other than its author (two-person rule).")
        if supersedes is not None:
            if supersedes.state != State.SUPERSEDED and state != State.DRAFT:
                raise SeedError(f"{where} corrects the verdict before it, which must then be 'superseded'.")
            if not row.get("correction_note", "").strip():
                raise SeedError(f"{where} corrects a published verdict: it needs a correction_note readers see.")
        values = {
            "status": self.find(Status, row["status"]),
            "state": state,
            "author": author,
            "rationale": " ".join(row["rationale"].split()),
            "evidence_notes": row.get("evidence_notes", ""),
            "correction_note": " ".join(row.get("correction_note", "").split()),
            "reviewer": reviewer,
            "published_at": row.get("published_at"),
            "submitted_at": row.get("submitted_at", row.get("published_at")),
            "withdrawn_at": row.get("withdrawn_at"),
            "withdrawal_reason": " ".join(row.get("withdrawal_reason", "").split()),
        }
        verification = self.upsert(Verification, {"claim": claim, "supersedes": supersedes}, values)
        evidence = [self.find(Source, slug) for slug in row.get("evidence", [])]
        if set(verification.evidence.all()) != set(evidence):
            verification.evidence.set(evidence)
        if verification.state == State.PUBLISHED:
            missing = [item.code for item in publish_checklist(verification) if not item.done]
            if missing:
                raise SeedError(f"{where} is published but misses: {', '.join(missing)}.")
        return verification

    # -- helpers ---------------------------------------------------------------------

    def quantity(self, row: dict[str, Any]) -> Quantity | None:
        """The row's [quantity] table as a checked Quantity; a SeedError names the claim and the part."""
        parts = row.get("quantity", {})
        quantity = Quantity.from_fields(
            {name: self.decimal(parts, name, row) for name in ("value", "lower", "upper")}
            | {
                "unit": parts.get("unit", ""),
                "qualifier": parts.get("qualifier", ""),
                "multiplier": parts.get("multiplier"),
            }
        )
        if quantity is None:
            return None
        try:
            return quantity.checked()
        except ValidationError as exc:
            raise SeedError(f"claim {_describe({'slug': row['slug']})}: {_messages(exc)}") from exc

    def upsert(self, model: type[M], lookup: dict, values: dict, *, validate: bool = True) -> M:
        name = model._meta.verbose_name_plural
        obj = model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            self.report.created[name] += 1
        elif any(getattr(obj, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(obj, key, value)
            self.report.updated[name] += 1
        else:
            self.report.unchanged[name] += 1
            return obj
        if validate:
            try:
                obj.full_clean()
            except ValidationError as exc:
                raise SeedError(f"{model._meta.verbose_name} {_describe(lookup)}: {_messages(exc)}") from exc
        obj.save()
        return obj

    def find(self, model: type[M], value: str, *, key: str = "slug") -> M:
        try:
            return model._default_manager.get(**{key: value})
        except ObjectDoesNotExist:
            raise SeedError(
                f"No {model._meta.verbose_name} with {key} '{value}' (define it earlier in the file)."
            ) from None

    def decimal(self, quantity: dict[str, Any], key: str, row: dict[str, Any]) -> Decimal | None:
        if quantity.get(key) is None:
            return None
        try:
            return Decimal(str(quantity[key]))
        except InvalidOperation:
            raise SeedError(f"claim '{row.get('slug')}': quantity {key} {quantity[key]!r} is not a number.") from None


def _describe(lookup: dict) -> str:
    return ", ".join(f"{k}={getattr(v, 'slug', v)!s}" for k, v in lookup.items())


def _messages(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return " ".join(exc.messages)
