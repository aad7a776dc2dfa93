"""
Which tracked figures a number may belong to, and how it stands against their ledgers.

A figure is a candidate when its unit is the number's unit (or one its estimates use); candidates
are ranked by how much of the wording they share (the figure's name and description against the
text) and by whether the number's date falls in the period the ledger covers. For the best few
the ledger says whether the number falls inside the consensus range at that date, outside it,
and which origins' latest ranges it contradicts. Read-only: the match endpoint and article
imports ask it; nothing is attached until an editor decides.

Queries: one for the candidates (at most MAX_CANDIDATES, newest first), then one ledger per
figure returned (at most ``limit``, each a constant number of queries).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.db.models.functions import Lower

from claims.quantities import Quantity
from figures.ledger import ConsensusSpan, Ledger, Origin, ledger_for, overlap, range_text
from figures.models import Figure

MAX_CANDIDATES = 200
# How far beyond the first and last estimate a date still counts as the ledger's period.
PERIOD_MARGIN = datetime.timedelta(days=90)
_STOP = (
    "a an and are as at by for from had has have in is it its of on or said says than that the their there "
    "these this those to was were which who with about around approximately nearly some more over"
)
STOP_WORDS = frozenset(_STOP.split())


class Position:
    INSIDE = "inside"  # overlaps the consensus range at that date
    OUTSIDE = "outside"  # does not overlap it
    NO_CONSENSUS = "no_consensus"  # the origins disagree then, or nobody had spoken yet
    NO_ESTIMATES = "no_estimates"


@dataclass(frozen=True)
class FigureMatch:
    figure: Figure
    score: float  # 0 to 1: shared wording, and a bonus when the date falls in the ledger's period
    reasons: list[str]
    position: str  # a Position
    consensus: ConsensusSpan | None
    contradicts: list[Origin]  # origins whose latest range at that date does not overlap the number
    explanation: str
    ledger: Ledger


def words(text: str) -> set[str]:
    """Content words, lower-cased, a plural 's' dropped: 'Troops deployed' and 'troop deployed' share both."""
    found = set()
    for word in re.findall(r"[a-z]+", text.casefold()):
        if word in STOP_WORDS or len(word) < 3:
            continue
        found.add(word[:-1] if word.endswith("s") and len(word) > 3 else word)
    return found


def figure_matches(
    *, quantity: Quantity, text: str = "", on: datetime.date | None = None, public: bool, limit: int = 5
) -> list[FigureMatch]:
    """The tracked figures ``quantity`` (said on ``on``, in ``text``) may belong to, best first."""
    unit = quantity.unit.strip().casefold()
    candidates = Figure.objects.annotate(unit_folded=Lower("unit")).filter(
        Q(unit_folded=unit) | Q(estimates__claim__unit__iexact=unit)
    )
    if public:
        candidates = candidates.public()
    candidates = candidates.distinct().order_by("-updated_at", "-pk")[:MAX_CANDIDATES]
    said = words(text)
    ranked = []
    for figure in candidates:
        shared = said & words(f"{figure.name} {figure.description}")
        wording = len(shared) / len(said) if said else 0.0
        ranked.append((wording, figure, sorted(shared)))
    ranked.sort(key=lambda item: -item[0])
    matches = [_match(figure, wording, shared, quantity, on, public) for wording, figure, shared in ranked[:limit]]
    return sorted(matches, key=lambda match: -match.score)


def _match(
    figure: Figure, wording: float, shared: list[str], quantity: Quantity, on: datetime.date | None, public: bool
) -> FigureMatch:
    ledger = ledger_for(figure, public=public)
    reasons = [f"same unit ({figure.unit})"]
    if shared:
        reasons.append(f"shares the words {', '.join(shared)}")
    dates = [entry.stated_on for entry in ledger.entries if entry.stated_on is not None]
    in_period = bool(dates) and (on is None or min(dates) - PERIOD_MARGIN <= on <= max(dates) + PERIOD_MARGIN)
    if dates and on is not None:
        reasons.append(
            f"{'inside' if in_period else 'outside'} the period of its estimates ({min(dates)} to {max(dates)})"
        )
    lower, upper = quantity.total.interval
    number = range_text(lower, upper, quantity.unit)
    standing = ledger.standing_on(on)
    contradicts = [
        entry.origin for entry in standing.values() if not overlap([(lower, upper), (entry.lower, entry.upper)])[2]
    ]
    consensus = ledger.consensus_on(on) if on is not None else ledger.current_consensus
    if not ledger.entries:
        position, explanation = Position.NO_ESTIMATES, f"“{figure.name}” has no estimates yet."
    elif consensus is None:
        position = Position.NO_CONSENSUS
        explanation = f"There is no consensus on “{figure.name}” at that date."
    else:
        agrees = overlap([(lower, upper), (consensus.lower, consensus.upper)])[2]
        position = Position.INSIDE if agrees else Position.OUTSIDE
        explanation = (
            f"{number.capitalize()} is {'within' if agrees else 'outside'} the consensus on “{figure.name}”, "
            f"{range_text(consensus.lower, consensus.upper, figure.unit)}."
        )
    if contradicts:
        explanation += f" It contradicts {', '.join(origin.label for origin in contradicts)}."
    score = round(0.8 * wording + (0.2 if in_period else 0.0), 3)
    return FigureMatch(
        figure=figure,
        score=score,
        reasons=reasons,
        position=position,
        consensus=consensus,
        contradicts=contradicts,
        explanation=explanation,
        ledger=ledger,
    )


def as_quantity(
    *,
    unit: str,
    value: Decimal | None = None,
    lower: Decimal | None = None,
    upper: Decimal | None = None,
    qualifier: str = "",
) -> Quantity:
    """The number asked about, checked like a claim's (ValidationError names the part)."""
    if not qualifier:
        qualifier = "exact" if value is not None and lower is None and upper is None else "range"
        if qualifier == "range" and (lower is None or upper is None):
            qualifier = "at_least" if upper is None else "at_most"
    return Quantity.from_qualifier(qualifier=qualifier, unit=unit, value=value, lower=lower, upper=upper).checked()
