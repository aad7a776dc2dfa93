"""
The timeline of a claim: who asserted, relayed, confirmed, disputed or denied it, and when,
in order, with the lag from the first report to each confirmation ("why the delay?").

Only the claim's own appearances: a related claim has its own timeline. Read-only.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from claims.models import Appearance, Claim, Stance
from claims.stated_dates import DatePrecision, stated_date_iso, stated_date_text
from sources.models import Actor, Source

# On one day, the first word comes before the answers to it.
STANCE_ORDER: list[str] = [Stance.ASSERTS, Stance.RELAYS, Stance.CONFIRMS, Stance.DISPUTES, Stance.DENIES]


@dataclass(frozen=True)
class TimelineEntry:
    appearance: Appearance
    date: datetime.date | None  # for a loose date ("early October"), the first day it may mean
    date_precision: str  # a DatePrecision; a report date is a day
    date_is_report_date: bool  # no stated date, so this is when the source was published: "reported on", not "said on"
    date_note: str
    speaker: Actor | None  # its organisation is fetched with it
    stance: str
    quote: str
    source: Source
    lag_days: int | None  # days since the first dated entry; None when undated, or either date is loose

    @property
    def date_text(self) -> str:
        """The date in readers' words at the precision the source gave: 'early October 2024'."""
        return stated_date_text(self.date, self.date_precision) if self.date else ""

    @property
    def date_iso(self) -> str:
        return stated_date_iso(self.date, self.date_precision) if self.date else ""

    @property
    def is_confirmation(self) -> bool:
        return self.stance == Stance.CONFIRMS

    @property
    def stance_label(self) -> str:
        return self.appearance.get_stance_display()

    def __str__(self) -> str:
        when = "undated" if self.date is None else f"{'reported ' if self.date_is_report_date else ''}{self.date_iso}"
        return f"{when}: {self.speaker or 'unnamed'} {self.stance_label} “{self.quote}”"


@dataclass(frozen=True)
class Timeline:
    entries: list[TimelineEntry]
    first_date: datetime.date | None
    first_confirmation_lag_days: int | None  # None until a dated confirmation exists

    @property
    def claimant_entry(self) -> TimelineEntry | None:
        """Who made the claim: the first entry that asserts or relays it, else the first of all."""
        supporting = (e for e in self.entries if e.stance in (Stance.ASSERTS, Stance.RELAYS))
        return next(supporting, self.entries[0] if self.entries else None)

    def __str__(self) -> str:
        return "\n".join(str(entry) for entry in self.entries)


def claim_timeline(claim: Claim) -> Timeline:
    """
    The claim's appearances in order of date, then stance, then entry; undated ones last.
    One query: appearances with source, publisher, speaker, the speaker's organisation and the
    citation the words came through.
    """
    appearances = (
        Appearance.objects.filter(claim=claim)
        .select_related("source__publisher", "speaker__organisation", "via__cited_actor", "via__cited_source")
        # The snapshots can be whole articles and the timeline never shows them.
        .defer("source__text", "via__cited_source__text")
    )
    dated = _in_order(appearances)
    first_date = dated[0][1] if dated else None
    # A lag in days needs two exact days: "early October" to 23 October is no number of days.
    first_is_exact = bool(dated) and _is_exact_day(dated[0][0], dated[0][2])
    entries = [
        TimelineEntry(
            appearance=appearance,
            date=date,
            date_precision=DatePrecision.DAY if is_report_date else appearance.stated_precision,
            date_is_report_date=is_report_date,
            date_note=appearance.date_note,
            speaker=appearance.speaker,
            stance=appearance.stance,
            quote=appearance.quote,
            source=appearance.source,
            lag_days=(date - first_date).days
            if date is not None
            and first_date is not None
            and first_is_exact
            and _is_exact_day(appearance, is_report_date)
            else None,
        )
        for appearance, date, is_report_date in dated
    ]
    confirmation_lags = [entry.lag_days for entry in entries if entry.is_confirmation and entry.lag_days is not None]
    return Timeline(
        entries=entries,
        first_date=first_date,
        first_confirmation_lag_days=confirmation_lags[0] if confirmation_lags else None,
    )


def claimant_of(appearances: Iterable[Appearance]) -> Actor | None:
    """
    Who made the claim, from appearances already fetched with their sources (no query): the
    speaker the timeline puts first (Timeline.claimant_entry), so a card, an actor's page and
    the claim page name the same person.
    """
    dated = _in_order(appearances)
    supporting = (a for a, *_ in dated if a.stance in (Stance.ASSERTS, Stance.RELAYS))
    first = next(supporting, dated[0][0] if dated else None)
    return first.speaker if first is not None else None


def _in_order(appearances: Iterable[Appearance]) -> list[tuple[Appearance, datetime.date | None, bool]]:
    """Each appearance with its date and whether that is the report's date: by date, stance, entry; undated last."""
    dated = [(appearance, *appearance.when_said()) for appearance in appearances]
    dated.sort(key=lambda row: (row[1] is None, row[1] or datetime.date.min, _stance_rank(row[0].stance), row[0].pk))
    return dated


def _is_exact_day(appearance: Appearance, is_report_date: bool) -> bool:
    """A report date is a day; a stated date is one only at day precision."""
    return is_report_date or appearance.stated_precision == DatePrecision.DAY


def _stance_rank(stance: str) -> int:
    return STANCE_ORDER.index(stance) if stance in STANCE_ORDER else len(STANCE_ORDER)
