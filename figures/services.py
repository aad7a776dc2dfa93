"""
Writes on figures: create and change them, attach and detach claims as estimates, refresh and
acknowledge the findings of their ledgers. Keyword-only, typed, one transaction each; the admin,
the API, the seed loader and article imports all call these.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims.models import Claim, Topic
from core.services import ServiceError, save_validated
from figures import permissions
from figures.chart import chart_context
from figures.ledger import Ledger, ledger_for, ledgers_for
from figures.models import Estimate, Figure, Finding

FIGURE_FIELDS = ("slug", "name", "unit", "description", "part_of")

logger = logging.getLogger(__name__)


@transaction.atomic
def figure_create(
    *,
    slug: str,
    name: str,
    unit: str,
    by: User | None,
    description: str = "",
    part_of: Figure | None = None,
    topics: Iterable[Topic] = (),
) -> Figure:
    """A new figure to track; ``by`` is None only for server-side commands (the seed)."""
    if by is not None and not permissions.can_create_figure(by):
        raise ServiceError("Only editors create figures.", code="permission")
    figure = Figure(slug=slug, name=name, unit=unit.strip(), description=description, part_of=part_of, created_by=by)
    save_validated(figure, by=by)
    topics = list(topics)
    if topics:
        figure.topics.set(topics)
    return figure


@transaction.atomic
def figure_update(*, figure: Figure, by: User | None, topics: Iterable[Topic] | None = None, **changes: Any) -> Figure:
    """Change a figure's fields (FIGURE_FIELDS) and topics; a new whole is checked for loops first."""
    if by is not None and not permissions.can_change_figure(by):
        raise ServiceError("Only editors change figures.", code="permission")
    unknown = set(changes) - set(FIGURE_FIELDS)
    if unknown:
        raise ValueError(f"Not a figure field: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(figure, name, value)
    require_no_part_loop(figure)
    save_validated(figure, by=by)
    if topics is not None:
        figure.topics.set(list(topics))
    figure_findings_refresh(figure=figure)
    return figure


def require_no_part_loop(figure: Figure) -> None:
    """A figure cannot be a part of one of its own parts (one query per level up the chain)."""
    seen = {figure.pk} if figure.pk else set()
    whole = figure.part_of
    while whole is not None:
        if whole.pk in seen:
            raise ValidationError({"part_of": f"“{whole}” is already a part of this figure: that would be a loop."})
        seen.add(whole.pk)
        whole = whole.part_of


def require_attachable(*, figure: Figure, claim: Claim, by: User | None) -> Estimate | None:
    """
    Refuse (ServiceError for who, ValidationError naming ``claim`` for what) a claim that cannot
    become an estimate of ``figure``; return its estimate when it already is one. Writes nothing:
    the admin's form asks it before saving, estimate_attach() before attaching.
    """
    if by is not None and not permissions.can_attach_estimate(by, claim):
        raise ServiceError(
            "You can attach only claims you may still edit: your own, until a verdict on them is published. "
            "An editor attaches published claims.",
            code="permission",
        )
    if claim.quantity is None:
        raise ValidationError({"claim": f"“{claim.slug}” has no quantity: only a claim with a figure is an estimate."})
    current = Estimate.objects.filter(claim=claim).select_related("figure").first()
    if current is not None and current.figure_id != figure.pk:
        raise ValidationError(
            {"claim": f"“{claim.slug}” is already an estimate of “{current.figure.name}”; detach it there first."}
        )
    return current


@transaction.atomic
def estimate_attach(*, figure: Figure, claim: Claim, by: User | None) -> Estimate:
    """
    Read ``claim`` as an estimate of ``figure``. The claim needs a quantity, and it estimates one
    figure at most: attaching it elsewhere is refused, naming the figure it estimates now.
    Refreshes the figure's findings.
    """
    Claim.objects.select_for_update().filter(pk=claim.pk).first()  # two attaches of one claim queue up here
    current = require_attachable(figure=figure, claim=claim, by=by)
    if current is not None:
        return current
    estimate = save_validated(Estimate(claim=claim, figure=figure, added_by=by), by=by)
    figure_findings_refresh(figure=figure)
    transaction.on_commit(lambda: charts_warm([figure]))
    return estimate


@transaction.atomic
def estimate_detach(*, estimate: Estimate, by: User | None) -> None:
    """Stop reading the claim as an estimate of its figure (the claim itself is untouched)."""
    if by is not None and not permissions.can_detach_estimate(by, estimate.claim):
        raise ServiceError(
            "You can detach only claims you may still edit: your own, until a verdict on them is published.",
            code="permission",
        )
    figure = estimate.figure
    estimate._history_user = by  # type: ignore[attr-defined]
    estimate.delete()
    figure_findings_refresh(figure=figure)
    transaction.on_commit(lambda: charts_warm([figure]))


# -- findings ----------------------------------------------------------------------------------------


def _key(*parts: object) -> str:
    """A finding's identity across refreshes; long ones are hashed to fit the column."""
    key = "|".join(str(part) for part in parts)
    return key if len(key) <= 200 else hashlib.sha256(key.encode()).hexdigest()


def findings_in(ledger: Ledger) -> dict[tuple[str, str], str]:
    """What of a ledger needs an editor's eye, by (kind, key): its explanation."""
    found = {}
    for contradiction in ledger.contradictions:
        origins = ",".join(origin.key for origin in contradiction.origins)
        found[Finding.Kind.CONTRADICTION.value, _key(contradiction.kind, contradiction.on, origins)] = (
            contradiction.explanation
        )
    for revision in ledger.revisions:
        key = _key(revision.origin.key, revision.old.appearance_id, revision.new.appearance_id)
        found[Finding.Kind.REVISION.value, key] = revision.explanation
    for inconsistency in ledger.inconsistencies:
        if inconsistency.part_slug != ledger.figure.slug:
            continue  # kept once, on the part
        key = _key(inconsistency.whole_slug, inconsistency.on)
        found[Finding.Kind.INCONSISTENCY.value, key] = inconsistency.explanation
    return found


@transaction.atomic
def figure_findings_refresh(*, figure: Figure) -> list[Finding]:
    """
    Store what the newsroom's ledger of ``figure`` and of its whole and parts finds: a new finding
    enters the queue, one no longer found is marked resolved, one found again reopens. Returns the
    figure's open findings. The one place findings are written; called whenever a ledger's inputs
    change (figures.apps connects the claims' saves, the services call it directly).
    """
    family = list(families_of([figure]))
    # One read for the whole family: each ledger reads its whole's and parts' estimates too, so
    # reading them one by one read every estimate of a figure with ten thousand several times.
    ledgers = ledgers_for(family, public=False)
    now = timezone.now()
    for member in family:
        found = findings_in(ledgers[member.pk])
        stored = {(f.kind, f.key): f for f in Finding.objects.select_for_update().filter(figure=member)}
        for (kind, key), explanation in found.items():
            finding = stored.get((kind, key))
            if finding is None:
                Finding.objects.create(figure=member, kind=kind, key=key, explanation=explanation)
            elif finding.resolved_at is not None or finding.explanation != explanation:
                finding.resolved_at = None
                finding.explanation = explanation
                finding.save(update_fields=["resolved_at", "explanation"])
        gone = [f.pk for (kind, key), f in stored.items() if (kind, key) not in found and f.resolved_at is None]
        if gone:
            Finding.objects.filter(pk__in=gone).update(resolved_at=now)
    return list(Finding.objects.filter(figure=figure, resolved_at__isnull=True))


def charts_warm(figures: Iterable[Figure]) -> None:
    """
    Draw the public chart of these figures, their wholes and their parts, once their ledgers have
    changed (called after the change commits), so that the first reader after a publish does not
    wait for it: for ten thousand estimates drawing is a third of a page rendered afresh. The
    pages find it in the cache under the ledger's version. A figure with no published estimate has
    no public chart. Drawing that fails costs only the drawing, which the page then does itself.
    """
    for figure in families_of(figures):
        try:
            ledger = ledger_for(figure, public=True)
            if ledger.entries:
                chart_context(figure, ledger)
        except Exception:  # a renderer or a cache out of order: the page will draw it
            logger.warning("The chart of figure %s was not drawn ahead.", figure.slug, exc_info=True)


def families_of(figures: Iterable[Figure]) -> QuerySet[Figure]:
    """These figures, their wholes and their parts: the figures whose ledgers read one another's estimates."""
    figures = list(figures)
    ids = [figure.pk for figure in figures]
    wholes = [figure.part_of_id for figure in figures if figure.part_of_id is not None]
    return Figure.objects.filter(Q(pk__in=ids) | Q(pk__in=wholes) | Q(part_of__in=ids))


def figures_of_claims(claim_ids: Iterable[int]) -> list[Figure]:
    """
    The figures whose ledgers read these claims: those they estimate, and those estimated by a
    claim derived from or the same as one of them (one level, which is how the seed's chains run).
    """
    ids = list(claim_ids)
    return list(
        Figure.objects.filter(
            Q(estimates__claim_id__in=ids)
            | Q(estimates__claim__relations_out__to_claim_id__in=ids)
            | Q(estimates__claim__relations_in__from_claim_id__in=ids)
        ).distinct()
    )


@transaction.atomic
def finding_acknowledge(*, finding: Finding, by: User) -> Finding:
    """An editor has seen the finding: it leaves the queue (it stays in the record)."""
    if not permissions.can_acknowledge_finding(by):
        raise ServiceError("Only editors acknowledge findings.", code="permission")
    if finding.acknowledged_at is None:
        finding.acknowledged_at = timezone.now()
        finding.acknowledged_by = by
        finding.save(update_fields=["acknowledged_at", "acknowledged_by"])
    return finding
