"""
Which tracked figures a number may belong to, and how it stands against their ledgers.

A figure is a candidate when its unit is the number's unit (or one its estimates use). Candidates
are ranked by ``FigureMatcher``, in memory, on what the issue names: the wording (a word of the text
in the figure's *name* counts fully, one only in its description a little, and the share of the
name the text covers decides between figures whose names share words), the unit (the figure's own
unit above one only its estimates use) and the period (the number's date within the dates of the
figure's estimates, with a margin). The unit's own words count for nothing: every candidate has them.

``figure_matches`` (the match endpoint) adds, for the best few, whether the number falls inside the
consensus range of the ledger at that date, outside it, and which origins' latest ranges it
contradicts. Article imports use ``FigureMatcher`` alone, loaded once per import for every unit in
it, to propose a figure for each suggestion (``FigureMatcher.proposal``). Read-only: nothing is
attached until an editor decides.

Queries: ``FigureMatcher.load`` two (the candidates, at most MAX_CANDIDATES, newest first; the units
and period of their estimates, grouped by figure), whatever the number of numbers ranked;
``figure_matches`` then one ledger per figure returned (at most ``limit``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Exists, Max, Min, OuterRef, Q
from django.db.models.functions import Coalesce, Lower, TruncDate

from claims.models.verification import published_verdict_of
from claims.quantities import Quantity
from figures.ledger import ConsensusSpan, Ledger, Origin, ledger_for, overlap, range_text
from figures.models import Estimate, Figure

MAX_CANDIDATES = 200
# How far beyond the first and last estimate a date still counts as the ledger's period.
PERIOD_MARGIN = datetime.timedelta(days=90)
_STOP = (
    "a an and are as at by for from had has have in is it its of on or said says than that the their there "
    "these this those to was were which who with about around approximately nearly some more over been being "
    "will would could should into onto also all any"
)
STOP_WORDS = frozenset(_STOP.split())

# The score's parts (they add up to 1): the wording decides, the unit and the period break ties and
# lift a figure whose estimates were given when the number was.
WORDING_WEIGHT, OWN_UNIT_WEIGHT, PERIOD_WEIGHT = 0.7, 0.1, 0.2
# A word of the text found only in a figure's description counts this much of one found in its name:
# descriptions explain a figure with the words of its neighbours ("the part of the committed troops").
DESCRIPTION_WORD_WEIGHT = 0.3
# What an import asks of a figure before proposing it: wording this similar at least.
PROPOSAL_MIN_WORDING = 0.3


class Position:
    INSIDE = "inside"  # overlaps the consensus range at that date
    OUTSIDE = "outside"  # does not overlap it
    NO_CONSENSUS = "no_consensus"  # the origins disagree then, or nobody had spoken yet
    NO_ESTIMATES = "no_estimates"


@dataclass(frozen=True)
class RankedFigure:
    """A candidate figure for a number, scored from 0 to 1, with the reasons an editor reads."""

    figure: Figure
    score: float
    wording: float  # 0 to 1: the wording part of the score alone
    reasons: list[str]


@dataclass(frozen=True)
class FigureMatch:
    figure: Figure
    score: float  # 0 to 1: wording (name above description), the figure's own unit, the date in its period
    reasons: list[str]
    position: str  # a Position
    consensus: ConsensusSpan | None
    contradicts: list[Origin]  # origins whose latest range at that date does not overlap the number
    explanation: str
    ledger: Ledger


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> dict[str, str]:
    """
    Content words, lower-cased and lightly stemmed, each with the first form the text used:
    'Troops trained' and 'troop training' share both words.
    """
    found: dict[str, str] = {}
    for word in re.findall(r"[a-z]+", text.casefold()):
        if word in STOP_WORDS or len(word) < 3:
            continue
        found.setdefault(_stem(word), word)
    return found


@dataclass
class _Candidate:
    figure: Figure
    name: set[str]  # the name's words, less those of the figure's unit
    description: set[str]
    unit: str  # folded
    units: set[str] = field(default_factory=set)  # folded units of its estimates
    first: datetime.date | None = None
    last: datetime.date | None = None

    @classmethod
    def of(cls, figure: Figure) -> _Candidate:
        unit_words = set(words(figure.unit))
        return cls(figure, set(words(figure.name)) - unit_words, set(words(figure.description)), figure.unit.casefold())


class FigureMatcher:
    """
    The figures numbers of some units may belong to, read once (``load``), then any number of numbers
    ranked against them without a query (``rank``, ``proposal``).
    """

    def __init__(self, candidates: Iterable[_Candidate]) -> None:
        self.candidates = list(candidates)

    @classmethod
    def load(cls, *, units: Iterable[str], public: bool) -> FigureMatcher:
        """
        The candidates for these units (the figure's unit, or a unit its estimates use; case-insensitive),
        newest first, at most MAX_CANDIDATES; public figures only when ``public``. Two queries, none
        without a unit: the figures, then their estimates' units and first and last dates (the date an
        appearance states, else the day its source was published), grouped by figure.
        """
        folded = sorted({unit.strip().casefold() for unit in units if unit and unit.strip()})
        if not folded:
            return cls([])
        estimates = Estimate.objects.all()
        if public:
            estimates = estimates.filter(Exists(published_verdict_of(OuterRef("claim"))))
        using_unit = estimates.annotate(unit_key=Lower("claim__unit")).filter(unit_key__in=folded)
        figures = Figure.objects.annotate(unit_key=Lower("unit")).filter(
            Q(unit_key__in=folded) | Q(pk__in=using_unit.values("figure_id"))
        )
        if public:
            figures = figures.public()
        found = {figure.pk: _Candidate.of(figure) for figure in figures.order_by("-updated_at", "-pk")[:MAX_CANDIDATES]}
        if not found:
            return cls([])
        said_on = Coalesce("claim__appearances__stated_on", TruncDate("claim__appearances__source__published_at"))
        periods = (
            estimates.filter(figure_id__in=list(found))
            .values("figure_id", unit_key=Lower("claim__unit"))
            .annotate(first=Min(said_on), last=Max(said_on))
            .order_by()
        )
        for row in periods:
            candidate = found[row["figure_id"]]
            candidate.units.add(row["unit_key"])
            for day in (row["first"], row["last"]):
                if day is not None:
                    candidate.first = day if candidate.first is None else min(candidate.first, day)
                    candidate.last = day if candidate.last is None else max(candidate.last, day)
        return cls(found.values())

    def rank(
        self, *, quantity: Quantity, text: str = "", on: datetime.date | None = None, limit: int | None = None
    ) -> list[RankedFigure]:
        """
        The candidates of the number's unit, best first (ties: the newest figure first), the first
        ``limit`` of them with their reasons. No query.
        """
        unit = quantity.unit.strip().casefold()
        unit_words = set(words(quantity.unit))
        said = {stem: word for stem, word in words(text).items() if stem not in unit_words}
        said_stems, scored = set(said), []
        for candidate in self.candidates:
            own_unit = candidate.unit == unit
            if own_unit or unit in candidate.units:
                scored.append((*self._score(candidate, said_stems, unit_words, own_unit, on), candidate))
        scored.sort(key=lambda item: -item[0])  # stable: newest first among equals
        return [
            self._ranked(candidate, said, unit_words, quantity.unit, own_unit, on, score, wording)
            for score, wording, own_unit, candidate in scored[:limit]
        ]

    def proposal(self, *, quantity: Quantity, text: str = "", on: datetime.date | None = None) -> RankedFigure | None:
        """The figure an import proposes for the number: the best, if its wording is similar enough."""
        ranked = self.rank(quantity=quantity, text=text, on=on, limit=1)
        return ranked[0] if ranked and ranked[0].wording >= PROPOSAL_MIN_WORDING else None

    @staticmethod
    def _score(
        candidate: _Candidate, said: set[str], unit_words: set[str], own_unit: bool, on: datetime.date | None
    ) -> tuple[float, float, bool]:
        """(score, wording, own unit), both rounded to three places."""
        name = candidate.name - unit_words
        wording = 0.0
        if said and name:
            in_name = len(said & name)
            in_description = len((said & candidate.description) - name)
            text_share = (in_name + DESCRIPTION_WORD_WEIGHT * in_description) / len(said)
            wording = (text_share + in_name / len(name)) / 2
        score = WORDING_WEIGHT * wording + OWN_UNIT_WEIGHT * own_unit + PERIOD_WEIGHT * _in_period(candidate, on)
        return round(score, 3), round(wording, 3), own_unit

    @staticmethod
    def _ranked(
        candidate: _Candidate,
        said: dict[str, str],
        unit_words: set[str],
        unit: str,
        own_unit: bool,
        on: datetime.date | None,
        score: float,
        wording: float,
    ) -> RankedFigure:
        figure = candidate.figure
        name = candidate.name - unit_words
        in_name = sorted(said[stem] for stem in said.keys() & name)
        in_description = sorted(said[stem] for stem in (said.keys() & candidate.description) - name)
        reasons = [f"same unit ({figure.unit})" if own_unit else f"its estimates use the unit {unit}"]
        if in_name:
            reasons.append(f"its name shares the words {', '.join(in_name)}")
        if in_description:
            reasons.append(f"its description shares the words {', '.join(in_description)}")
        if candidate.first is not None and on is not None:
            reasons.append(
                f"{'inside' if _in_period(candidate, on) else 'outside'} the period of its estimates "
                f"({candidate.first} to {candidate.last})"
            )
        return RankedFigure(figure=figure, score=score, wording=wording, reasons=reasons)


def _in_period(candidate: _Candidate, on: datetime.date | None) -> bool:
    """The date falls within the figure's estimates' dates, give or take PERIOD_MARGIN (any date: it has some)."""
    if candidate.first is None or candidate.last is None:
        return False
    return on is None or candidate.first - PERIOD_MARGIN <= on <= candidate.last + PERIOD_MARGIN


def figure_matches(
    *, quantity: Quantity, text: str = "", on: datetime.date | None = None, public: bool, limit: int = 5
) -> list[FigureMatch]:
    """The tracked figures ``quantity`` (said on ``on``, in ``text``) may belong to, best first."""
    matcher = FigureMatcher.load(units=[quantity.unit], public=public)
    ranked = matcher.rank(quantity=quantity, text=text, on=on, limit=limit)
    return [_match(candidate, quantity, on, public) for candidate in ranked]


def _match(ranked: RankedFigure, quantity: Quantity, on: datetime.date | None, public: bool) -> FigureMatch:
    figure = ranked.figure
    ledger = ledger_for(figure, public=public)
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
    return FigureMatch(
        figure=figure,
        score=ranked.score,
        reasons=ranked.reasons,
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
