"""
The ledger of a figure: every estimate side by side, and what they add up to.

ledger_for(figure, public=...) is the one read the pages, the chart, the API, the CSV, the
admin and the findings queue share. It returns frozen dataclasses; nothing here writes.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from figures.models import Figure


@dataclass(frozen=True)
class Origin:
    """An independent origin (a top-level organisation, or a source naming nobody), as claims.corroboration groups."""

    key: str  # stable across requests: "actor:<slug>" or "source:<slug>"
    label: str


@dataclass(frozen=True)
class LedgerEntry:
    """One appearance of one estimate: who gave which figure, when, through which origin."""

    appearance_id: int
    claim_slug: str
    claim_title: str  # the claim's public wording
    verdict_code: str | None  # the published verdict's status slug; None while none is published
    verdict_label: str | None
    stated_on: datetime.date | None  # when it was said, else when the source was published (date_note says)
    date_note: str
    speaker_name: str | None
    speaker_slug: str | None
    origin: Origin
    value: Decimal | None
    lower: Decimal | None  # the bounds the wording allows ("about 3,000": 2,700 to 3,300); None is open
    upper: Decimal | None
    stance: str
    source_title: str
    source_url: str
    revises: int | None = None  # appearance id of this origin's earlier, different figure
    counted: bool = True  # whether it counts in the consensus (see the module docstring)
    note: str = ""  # why it does not count, or how it reached the figure


@dataclass(frozen=True)
class ConsensusSpan:
    """From start (until end, or until now) the latest ranges of these origins overlap between lower and upper."""

    start: datetime.date
    end: datetime.date | None
    lower: Decimal | None
    upper: Decimal | None
    origin_keys: tuple[str, ...]


@dataclass(frozen=True)
class Contradiction:
    on: datetime.date
    origins: tuple[Origin, ...]
    explanation: str


@dataclass(frozen=True)
class Revision:
    origin: Origin
    old: LedgerEntry
    new: LedgerEntry
    explanation: str


@dataclass(frozen=True)
class Inconsistency:
    part_slug: str
    part_name: str
    whole_slug: str
    whole_name: str
    on: datetime.date
    explanation: str


@dataclass(frozen=True)
class Lag:
    origin: Origin | None
    first_on: datetime.date
    confirmed_on: datetime.date
    days: int
    explanation: str


@dataclass(frozen=True)
class Ledger:
    figure: Figure
    entries: list[LedgerEntry]  # by date, undated last
    origins: list[Origin]  # in order of first appearance: the chart's colour order
    consensus: list[ConsensusSpan] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    lags: list[Lag] = field(default_factory=list)
    summary: str = ""
    version: str = ""  # changes whenever anything the ledger reads changes


def ledger_for(figure: Figure, *, public: bool) -> Ledger:
    """The ledger of ``figure``: published claims only when ``public``, the newsroom's view otherwise."""
    version = hashlib.sha256(f"{figure.pk}:{figure.version}:{public}".encode()).hexdigest()[:16]
    return Ledger(figure=figure, entries=[], origins=[], summary="No estimates yet.", version=version)
