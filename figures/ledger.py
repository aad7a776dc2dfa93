"""
The ledger of a figure: every estimate side by side, and what they add up to, explained.

``ledger_for(figure, public=...)`` is the one read that the public pages, the chart, the API and
its CSV, the admin and the findings queue share. It returns immutable values (named tuples for the
thousands of entries, frozen dataclasses for the rest); nothing here writes, and nothing it
concludes is applied to any claim: it is shown, with its reasons.

What goes in. Every appearance of every claim attached to the figure as an estimate, and the
appearances of the claims those are derived from or the same as (claims.corroboration follows
them: "about 12,000" is backed by Zelenskyy's "two regiments of 6,000 each", whose total is
12,000). Each entry carries the bounds its wording allows (claims.quantities: "about 3,000" is
2,700 to 3,300; a multiplier's total), the date it was said (or, failing that, the date of the
report, which ``date_note`` says), its speaker, its stance, its claim's published verdict, and its
independent origin: the top-level organisation its citation chain ends at, as on claim pages.
``public=True`` reads published claims only (claims.visibility's rule: a claim is public through
its published verdict); the newsroom's view (``public=False``) reads every attached claim.

What counts towards the consensus. An entry counts when
- it is dated (an undated entry cannot be placed in time; it is listed, not counted);
- its stance asserts, confirms or relays the figure: a dispute or a denial is not its speaker's
  own estimate, so it is marked (and reported as a contradiction of the origins it disputes);
- its claim's verdict does not reject it: estimates whose published verdict is "false" or
  "retracted" (VERDICTS_LEFT_OUT) are listed with that verdict but left out of the consensus,
  because the newsroom has concluded they are wrong. Every other verdict ("single source",
  "disputed", ...) counts: a weak estimate is still its origin's word, and the verdict is shown
  beside it. A claim whose verdict was withdrawn has no published verdict: the public does not
  see it at all, and the newsroom sees it without a verdict.

What comes out, each with an explanation in words:
- the consensus: at each date an origin spoke, each origin's latest counted range is taken, and
  where all of them overlap is the consensus range until the next date (ConsensusSpan);
- contradictions: two origins whose latest ranges do not overlap (named, with both ranges), and
  disputes or denials of an estimate, naming the origins disputed;
- revisions: an origin whose later figure differs from its own earlier one (old and new);
- inconsistencies with related figures: a part whose estimates lie above its whole's at a date
  (consensus ranges where they exist, else the span of the origins' latest ranges);
- lags: from the first estimate of the figure, its whole or its parts, to each other origin's
  first figure, and to the day a second independent origin first agreed.

Queries (tests/test_figure_ledger.py counts them): the figure's whole and parts; their estimates'
claims with verdicts; then claims.corroboration.claims_origins() for all of them at once (one
query per level of derived/same-as relations plus one, the appearances, one per level of the
organisation tree). None of them grows with the number of estimates, and ledgers_for() reads the
ledgers of many figures in the same queries. Everything is read as plain values, not model
instances, and explanations of revisions are written when read: a figure can have ten thousand
estimates (bench/ledger.py times it).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import heapq
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from django.db.models import Case, CharField, F, Q, When
from django.db.models.functions import Cast
from django.utils import timezone

from claims.corroboration import TracedAppearance, claims_origins
from claims.models import Claim, Stance
from claims.quantities import Quantity, format_number
from core.digests import digest_of
from figures.models import Figure

# Verdicts (status slugs) that take an estimate out of the consensus: the newsroom found it wrong.
VERDICTS_LEFT_OUT = {"false": "rated false", "retracted": "retracted"}
# Stances that give the speaker's own figure; disputes and denials answer someone else's.
SUPPORTING = {Stance.ASSERTS, Stance.CONFIRMS, Stance.RELAYS}
STANCE_ORDER: list[str] = [Stance.ASSERTS, Stance.RELAYS, Stance.CONFIRMS, Stance.DISPUTES, Stance.DENIES]


@dataclass(frozen=True)
class Origin:
    """An independent origin (a top-level organisation, or a source naming nobody), as claims.corroboration groups."""

    key: str  # stable across requests: "actor:<slug>" or "source:<slug>"
    label: str


class LedgerEntry(NamedTuple):
    """
    One appearance of one estimate: who gave which figure, when, through which origin. A named
    tuple rather than a frozen dataclass: a ledger makes ten thousand of them, and a frozen
    dataclass's __init__ (one object.__setattr__ per field) was a fifth of its time.
    """

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
    counted: bool = True  # whether it counts towards the consensus (the module docstring says when)
    note: str = ""  # why it does not count, or how it reached the figure
    quantity_text: str = ""  # "about 12,000 troops", "2 × 6,000 soldiers (total 12,000)"
    unit: str = ""
    source_slug: str = ""
    verdict_colour: str | None = None
    claim_id: int = 0

    @property
    def range_text(self) -> str:
        return range_text(self.lower, self.upper, self.unit)


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
    kind: str = "ranges"  # "ranges": the ranges do not overlap; "dispute": one origin disputes or denies another's


class Revision(NamedTuple):
    """An origin's figure that differs from its previous one (a named tuple: origins revise thousands of times)."""

    origin: Origin
    old: LedgerEntry
    new: LedgerEntry

    @property
    def explanation(self) -> str:
        """Written when read: a ledger can hold thousands of revisions, and a page shows a few."""
        old, new = self.old, self.new
        assert new.stated_on is not None
        return (
            f"{self.origin.label} revised its figure from {old.quantity_text} "
            f"({_day(old.stated_on or new.stated_on)}) to {new.quantity_text} "
            f"({_day(new.stated_on)}); its latest figure is the one that counts."
        )


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
    origin: Origin | None  # None: the lag until a second independent origin agreed
    first_on: datetime.date
    confirmed_on: datetime.date
    days: int
    explanation: str
    figure_slug: str = ""  # the figure whose estimate confirmed (the whole's ledger lists its parts' origins too)


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
    version: str = ""  # changes whenever anything the ledger shows changes: a cache key, an ETag
    whole: Figure | None = None
    parts: list[Figure] = field(default_factory=list)

    @property
    def current_consensus(self) -> ConsensusSpan | None:
        """The consensus now: the last span, if it runs to the present."""
        return self.consensus[-1] if self.consensus and self.consensus[-1].end is None else None

    def origin(self, key: str) -> Origin | None:
        return next((origin for origin in self.origins if origin.key == key), None)

    def consensus_on(self, date: datetime.date) -> ConsensusSpan | None:
        """The consensus that held on ``date``, if the origins agreed then."""
        return next(
            (span for span in self.consensus if span.start <= date and (span.end is None or date < span.end)), None
        )

    def standing_on(self, date: datetime.date | None = None) -> dict[str, LedgerEntry]:
        """Each origin's latest counted entry on ``date`` (or now): what it holds then."""
        latest: dict[str, LedgerEntry] = {}
        for entry in self.entries:
            if entry.counted and entry.stated_on is not None and (date is None or entry.stated_on <= date):
                latest[entry.origin.key] = entry
        return latest


def ledger_for(figure: Figure, *, public: bool) -> Ledger:
    """
    The ledger of ``figure``: published claims only when ``public``, the newsroom's view otherwise.
    Runs the queries the module docstring lists, whatever the number of estimates.
    """
    return ledgers_for([figure], public=public)[figure.pk]


def ledgers_for(figures: Iterable[Figure], *, public: bool) -> dict[int, Ledger]:
    """
    The ledgers of many figures, by pk, in the queries of one (the figure list shows a page of
    them). The version of each is then a digest of everything read for all of them: it still
    changes whenever anything a ledger shows changes, and ledger_for() gives each its own.
    """
    with collector_paused():
        return _ledgers_for(list(figures), public=public)


@contextlib.contextmanager
def collector_paused():
    """
    Python's cycle collector paused while ledgers are read and shown. Reading one makes tens of
    thousands of small tuples that hold no cycles (reference counting frees them), but their number
    alone set the collector walking the whole heap again and again: a fifth of the ledger's time,
    for nothing. A view that shows a ledger pauses it for the whole request (this is also a
    decorator): paused around the reading only, it ran at once on everything the ledger's
    computation still held when it resumed, a tenth of a big figure's page; after the page, it runs
    once on the little the template's context keeps (Django's RequestContext is a reference cycle).
    """
    # The collector is one switch for the whole process, and a threaded worker (GUNICORN_THREADS)
    # runs several requests at once: the first pause turns it off, the last one to end turns it
    # back on, and only if it was on before the first.
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = True


def _ledgers_for(figures: list[Figure], *, public: bool) -> dict[int, Ledger]:
    asked = {f.pk for f in figures}
    wholes = {f.part_of_id for f in figures if f.part_of_id is not None}
    known = {f.pk: f for f in figures}
    if figures:
        for other in Figure.objects.filter(Q(pk__in=wholes) | Q(part_of__in=asked)).exclude(pk__in=asked):
            known[other.pk] = other
    entries_of, digest = _read_entries(sorted(known.values(), key=lambda f: f.pk), public=public)
    by_name = sorted(known.values(), key=lambda f: (f.name, f.pk))
    ledgers = {}
    for figure in figures:
        related = [f for f in by_name if f.pk != figure.pk and (f.pk == figure.part_of_id or f.part_of_id == figure.pk)]
        ledgers[figure.pk] = _ledger(figure, related, entries_of, digest, public=public)
    return ledgers


def _ledger(
    figure: Figure, related: list[Figure], entries_of: dict[int, list[LedgerEntry]], digest: str, *, public: bool
) -> Ledger:
    """The ledger of ``figure`` from the entries read for it and its related figures (any order by name)."""
    if public:  # a related figure is public through its published estimates, like the figure list
        related = [f for f in related if entries_of[f.pk]]
    whole = next((f for f in related if f.pk == figure.part_of_id), None)
    parts = [f for f in related if f.part_of_id == figure.pk]

    entries = entries_of[figure.pk]
    origins = _origins_in_order(entries)
    consensus, contradictions = _consensus(entries, origins)
    revisions = _revisions(entries)
    inconsistencies: list[Inconsistency] = []
    if whole is not None:
        inconsistencies += _inconsistencies(figure, entries, whole, entries_of[whole.pk])
    for part in parts:
        inconsistencies += _inconsistencies(part, entries_of[part.pk], figure, entries)
    own = {f.pk: entries_of[f.pk] for f in [figure, *related]}  # ledgers_for read other figures' too
    lags = _lags(figure, own, whole, parts, consensus)
    ledger = Ledger(
        figure=figure,
        entries=entries,
        origins=origins,
        consensus=consensus,
        contradictions=contradictions,
        revisions=revisions,
        inconsistencies=inconsistencies,
        lags=lags,
        whole=whole,
        parts=parts,
    )
    latest_of_parts = {part.pk: _latest_counted(entries_of[part.pk]) for part in parts}
    return replace(
        ledger,
        summary=_summary(ledger, latest_of_parts),
        version=_version(figure, related, digest, public),
    )


def ledger_entries(figures: Iterable[Figure], *, public: bool) -> dict[int, list[LedgerEntry]]:
    """
    Every appearance of every estimate of these figures, by figure pk, each list by date. One
    query for the claims and their verdicts, then claims_origins() for all claims at once.
    """
    return _read_entries(list(figures), public=public)[0]


# The columns of an appearance an entry shows, after those claims_origins() traces it by.
_ENTRY_FIELDS = (
    "stance", "stated_on", "date_note", "speaker__name", "speaker__slug",
    "source__title", "source__url", "source__slug",
    # The report's date stands in for an undated statement only: the others' are not read (nor parsed).
    Case(When(stated_on__isnull=True, then=F("source__published_at"))),
)  # fmt: skip
# A claim's figure is read as text: ten thousand estimates share a few hundred wordings, and hashing
# three Decimals a row to find each wording once took as long as reading them. Each wording's
# numbers become Decimals once (_decimal), and the digest writes the text as it is.
_CLAIM_FIELDS = (
    "pk", "slug", "statement",
    Cast("value", CharField()), Cast("lower", CharField()), Cast("upper", CharField()),
    "unit", "qualifier", "multiplier",
    "figure_id", "verdict_slug", "verdict_label", "verdict_colour",
)  # fmt: skip
STANCE_LABELS: dict[str, str] = dict(Stance.choices)


def _read_entries(figures: list[Figure], *, public: bool) -> tuple[dict[int, list[LedgerEntry]], str]:
    """
    ledger_entries(), and a digest of every value read: the claims, their verdicts, the
    appearances, who gave them and the organisations above. Values, not model instances: a figure
    can have ten thousand estimates. Each figure's entries are put in order before they are made,
    and each origin's revisions marked as they are (``revises``): an entry is made once.
    """
    estimating = Claim.objects.filter(estimate__figure__in=[f.pk for f in figures])
    if public:
        estimating = estimating.published()
    claims = list(
        estimating.with_current_verdict_joined()
        .annotate(figure_id=F("estimate__figure_id"))
        .order_by("pk")
        .values_list(*_CLAIM_FIELDS)
    )
    traced = claims_origins(
        [claim[0] for claim in claims], fields=_ENTRY_FIELDS, selected_by=estimating, published_only=public
    )
    digest = digest_of((public, claims, traced.digest)).hexdigest()[:32]
    by_figure: dict[int, dict[int, tuple]] = {f.pk: {} for f in figures}
    quantities: dict[tuple, _QuantityRead | None] = {}  # most estimates share a few wordings: each read once
    report_days: dict[datetime.datetime, datetime.date] = {}
    origins: dict[str, Origin] = {}  # one of each: thousands of entries share a few dozen
    notes: dict[tuple, tuple[str, bool]] = {}
    for pk, slug, statement, value, lower, upper, unit, qualifier, multiplier, figure_id, *verdict in claims:
        found = by_figure[figure_id]
        key = (value, lower, upper, unit, qualifier, multiplier)
        if key not in quantities:
            quantities[key] = _QuantityRead.of(
                Quantity(_decimal(value), _decimal(lower), _decimal(upper), unit, qualifier, multiplier)
                if qualifier
                else None
            )
        own = quantities[key]
        claim = _ClaimRead(pk, slug, statement, *verdict)
        for appearance in traced.appearances[pk]:
            through = appearance.through_claim
            read = own if through is None else _QuantityRead.of(through.quantity)
            if read is None:  # a related claim without a figure backs the claim, not the number
                continue
            if appearance.appearance_id in found and through is not None:
                continue  # the claim is attached itself: its own entry stands
            if appearance.origin_key not in origins:
                origins[appearance.origin_key] = Origin(appearance.origin_key, appearance.origin_label)
            found[appearance.appearance_id] = _entry_values(
                claim, appearance, read, origins[appearance.origin_key], report_days, notes, public
            )
    # Sorted by the order each row carries first (compared in C, not by a key function), then made.
    entries = {pk: _entries_in_order(sorted(found.values())) for pk, found in by_figure.items()}
    return entries, digest


def _decimal(text: str | None) -> Decimal | None:
    """A figure read as text, as Django's DecimalField reads it (to its four places: SQLite drops them)."""
    return None if text is None else Decimal(text).quantize(_PLACES)


_PLACES = Decimal(1).scaleb(-Claim._meta.get_field("value").decimal_places)


class _ClaimRead(NamedTuple):
    pk: int
    slug: str
    statement: str
    verdict_slug: str | None
    verdict_label: str | None
    verdict_colour: str | None


class _QuantityRead(NamedTuple):
    """What an entry shows of a quantity: its total's value and interval, its words."""

    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    unit: str
    text: str

    @classmethod
    def of(cls, quantity: Quantity | None) -> _QuantityRead | None:
        if quantity is None:
            return None
        total = quantity.total
        lower, upper = total.interval
        return cls(total.value, lower, upper, total.unit, str(quantity))


_STANCE_RANK = {stance: rank for rank, stance in enumerate(STANCE_ORDER)}
_LAST_STANCE, _NO_DATE = len(STANCE_ORDER), datetime.date.min


def _order(date: datetime.date | None, stance: str, appearance_id: int) -> tuple:
    """The ledger's order: undated last, then by date, stance (STANCE_ORDER) and appearance."""
    return (date is None, date or _NO_DATE, _STANCE_RANK.get(stance, _LAST_STANCE), appearance_id)


def _entry_values(
    claim: _ClaimRead,
    appearance: TracedAppearance,
    quantity: _QuantityRead,
    origin: Origin,
    report_days: dict[datetime.datetime, datetime.date],
    notes: dict[tuple, tuple[str, bool]],
    public: bool,
) -> tuple:
    """
    An entry's place in the ledger's order (undated last, then by date, stance and appearance),
    the quantity it gives, and its values but ``revises`` (the LedgerEntry fields up to it, then
    after it), which _entries_in_order() puts together.
    """
    stance, stated_on, date_note, speaker_name, speaker_slug, source_title, source_url, source_slug, published_at = (
        appearance.row
    )
    # When it was said: as Appearance.when_said(), the day of the report when no date was stated.
    date, is_report_date = stated_on, False
    if date is None and published_at is not None:
        if published_at not in report_days:
            report_days[published_at] = timezone.localdate(published_at)
        date, is_report_date = report_days[published_at], True
    verdict = claim.verdict_slug
    through = appearance.through_claim
    # Thousands of entries share a few notes: each is written once per read (``notes``).
    noted = (through, date is None, is_report_date and not date_note, stance, verdict)
    if noted not in notes:
        notes[noted] = _note(through, date is None, is_report_date and not date_note, stance, verdict, public=public)
    note, counted = notes[noted]
    return (
        _order(date, stance, appearance.appearance_id),
        quantity,
        # Positionally, in the order of LedgerEntry's fields: keywords took twice as long.
        (
            appearance.appearance_id,
            claim.slug,
            claim.statement,  # claim_title
            verdict,  # verdict_code
            claim.verdict_label,
            date,  # stated_on
            date_note or ("date of the report" if is_report_date else ""),
            speaker_name,
            speaker_slug,
            origin,
            quantity.value,
            quantity.lower,
            quantity.upper,
            stance,
            source_title,
            source_url,
        ),
        (
            counted,
            note,
            quantity.text,  # quantity_text
            quantity.unit,
            source_slug,
            claim.verdict_colour,
            claim.pk,  # claim_id
        ),
    )


def _entries_in_order(rows: list[tuple]) -> list[LedgerEntry]:
    """
    The entries of _entry_values() rows already in order, each marked with the appearance of its
    origin's previous, different figure (``revises``) if it gives one: an origin's own dated
    estimate (not a dispute or denial) whose value (or, without one, range) differs from its last.
    """
    last: dict[str, tuple[int, _QuantityRead]] = {}
    entries = []
    for (undated, _date, _stance, appearance_id), quantity, before, after in rows:
        revises = None
        if not undated and before[_STANCE] in SUPPORTING:
            key = before[_ORIGIN].key
            previous = last.get(key)
            if previous is not None and previous[1] is not quantity and _figure_of(previous[1]) != _figure_of(quantity):
                revises = previous[0]
            last[key] = appearance_id, quantity
        entries.append(tuple.__new__(LedgerEntry, (*before, revises, *after)))
    return entries


_STANCE = LedgerEntry._fields.index("stance")
_ORIGIN = LedgerEntry._fields.index("origin")
assert LedgerEntry._fields.index("revises") == _STANCE + 3  # _entry_values() stops right before it


def _figure_of(quantity: _QuantityRead) -> tuple:
    """What an origin said: its value when it gave one, else its range."""
    return (quantity.value,) if quantity.value is not None else (quantity.lower, quantity.upper)


def _note(
    through: Claim | None, undated: bool, report_dated: bool, stance: str, verdict: str | None, *, public: bool
) -> tuple[str, bool]:
    """Why an entry does not count, or how it reached the figure; and whether it counts."""
    notes = []
    if through is not None and public:
        # The claim followed may be unpublished: the public sees that it backs this one, not its wording.
        notes.append("through a claim this estimate is derived from or the same as")
    elif through is not None:
        notes.append(f"through the claim it is derived from or the same as, “{through.statement}”")
    if undated:
        notes.append("undated: not placed in time, so not counted")
    elif report_dated:
        notes.append("dated by the report")
    if stance not in SUPPORTING:
        notes.append(
            f"{STANCE_LABELS.get(stance, stance)} the figure: marked, not counted as its speaker's own estimate"
        )
    if verdict in VERDICTS_LEFT_OUT:
        notes.append(f"{VERDICTS_LEFT_OUT[verdict]} by our verdict: left out of the consensus")
    return "; ".join(notes), not undated and stance in SUPPORTING and verdict not in VERDICTS_LEFT_OUT


def _entry_order(entry: LedgerEntry) -> tuple:
    """An entry's place in the ledger's order (_order)."""
    return _order(entry.stated_on, entry.stance, entry.appearance_id)


def _origins_in_order(entries: list[LedgerEntry]) -> list[Origin]:
    """Each origin once, in the order it first spoke: a new origin joins the end, so colours stay put."""
    return list({entry.origin.key: entry.origin for entry in entries}.values())


# -- ranges ---------------------------------------------------------------------------------------


def range_text(lower: Decimal | None, upper: Decimal | None, unit: str = "") -> str:
    """'12,000 troops', 'between 10,800 and 13,200 troops', 'at least 200 troops'."""
    if lower is not None and lower == upper:
        text = format_number(lower)
    elif lower is None and upper is None:
        text = "any number of"
    elif upper is None:
        text = f"at least {format_number(lower)}"
    elif lower is None:
        text = f"at most {format_number(upper)}"
    else:
        text = f"between {format_number(lower)} and {format_number(upper)}"
    return f"{text} {unit}".strip()


def overlap(ranges: Iterable[tuple[Decimal | None, Decimal | None]]) -> tuple[Decimal | None, Decimal | None, bool]:
    """Where all ranges overlap (None is open), and whether they do."""
    ranges = list(ranges)
    lowers = [lower for lower, _ in ranges if lower is not None]
    uppers = [upper for _, upper in ranges if upper is not None]
    lower, upper = (max(lowers) if lowers else None), (min(uppers) if uppers else None)
    return lower, upper, lower is None or upper is None or lower <= upper


def _disjoint(a: LedgerEntry, b: LedgerEntry) -> bool:
    """Whether two ranges leave a gap: overlap() for two, spelt out (the consensus asks it thousands of times)."""
    return (a.lower is not None and b.upper is not None and a.lower > b.upper) or (
        b.lower is not None and a.upper is not None and b.lower > a.upper
    )


@functools.lru_cache(maxsize=4096)  # thousands of explanations name a few hundred days
def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


# -- consensus and contradictions ---------------------------------------------------------------


def _latest_by_date(entries: list[LedgerEntry]) -> list[tuple[datetime.date, dict[str, LedgerEntry], set[str]]]:
    """At each date someone spoke: each origin's latest counted entry so far, and which origins spoke that day."""
    on_date: dict[datetime.date, list[LedgerEntry]] = defaultdict(list)
    for entry in entries:  # in date order, so the last of an origin on a day is its latest
        if entry.counted and entry.stated_on is not None:
            on_date[entry.stated_on].append(entry)
    latest: dict[str, LedgerEntry] = {}
    states = []
    for date in sorted(on_date):
        spoke = set()
        for entry in on_date[date]:
            latest[entry.origin.key] = entry
            spoke.add(entry.origin.key)
        states.append((date, dict(latest), spoke))
    return states


def _consensus(entries: list[LedgerEntry], origins: list[Origin]) -> tuple[list[ConsensusSpan], list[Contradiction]]:
    order = {origin.key: position for position, origin in enumerate(origins)}
    spans: list[ConsensusSpan] = []
    contradictions: list[Contradiction] = []
    standing: set[tuple[str, str]] = set()  # pairs of origins in contradiction now
    states = _latest_by_date(entries)
    for position, (date, latest, spoke) in enumerate(states):
        end = states[position + 1][0] if position + 1 < len(states) else None
        keys = tuple(sorted(latest, key=order.__getitem__))
        lower, upper, agree = overlap((entry.lower, entry.upper) for entry in latest.values())
        if agree:
            previous = spans[-1] if spans else None
            if (
                previous
                and previous.end == date
                and (previous.lower, previous.upper, previous.origin_keys)
                == (
                    lower,
                    upper,
                    keys,
                )
            ):
                spans[-1] = replace(previous, end=end)
            else:
                spans.append(ConsensusSpan(start=date, end=end, lower=lower, upper=upper, origin_keys=keys))
        # Only the origins that spoke today can start or end a contradiction: the others' ranges stand.
        pairs = {pair for pair in standing if not spoke & set(pair)}
        if not agree:
            for key in spoke:
                for other in keys:
                    pair = (key, other) if order[key] < order[other] else (other, key)
                    if other != key and _disjoint(latest[key], latest[other]):
                        pairs.add(pair)
        for a, b in sorted(pairs - standing, key=lambda pair: (order[pair[0]], order[pair[1]])):
            first, second = latest[a], latest[b]
            contradictions.append(
                Contradiction(
                    on=date,
                    origins=(first.origin, second.origin),
                    explanation=(
                        f"{first.origin.label} gives {first.range_text} (since {_day(first.stated_on or date)}) "
                        f"and {second.origin.label} gives {second.range_text} "
                        f"(since {_day(second.stated_on or date)}): the ranges do not overlap, so there is no "
                        "consensus while both stand."
                    ),
                )
            )
        standing = pairs
    contradictions += _disputes(entries)
    contradictions.sort(key=lambda contradiction: contradiction.on)
    return spans, contradictions


def _disputes(entries: list[LedgerEntry]) -> list[Contradiction]:
    """A dispute or denial contradicts the origins that gave that claim's figure."""
    found = []
    for entry in entries:
        if entry.stance in SUPPORTING or entry.stated_on is None:
            continue
        disputed = list(
            {
                other.origin.key: other.origin
                for other in entries
                if other.claim_slug == entry.claim_slug
                and other.stance in SUPPORTING
                and other.origin.key != entry.origin.key
            }.values()
        )
        whose = f" given by {', '.join(origin.label for origin in disputed)}" if disputed else ""
        found.append(
            Contradiction(
                on=entry.stated_on,
                origins=(entry.origin, *disputed),
                explanation=(
                    f"{entry.speaker_name or entry.origin.label} ({entry.origin.label}) {entry.stance} the estimate "
                    f"“{entry.claim_title}”{whose}, on {_day(entry.stated_on)} in “{entry.source_title}”. "
                    "A dispute is marked, not counted as an estimate."
                ),
                kind="dispute",
            )
        )
    return found


# -- revisions ------------------------------------------------------------------------------------


def _revisions(entries: list[LedgerEntry]) -> list[Revision]:
    """The revisions _entries_in_order() marked, each with the entry it revises."""
    by_id = {entry.appearance_id: entry for entry in entries}
    return [Revision(entry.origin, by_id[entry.revises], entry) for entry in entries if entry.revises is not None]


# -- related figures ------------------------------------------------------------------------------


def _envelope(
    states: list[tuple[datetime.date, dict[str, LedgerEntry], set[str]]], date: datetime.date
) -> tuple[Decimal | None, Decimal | None] | None:
    """A figure's range at a date: where its origins' latest ranges overlap, else their whole span."""
    latest = next((state for day, state, _spoke in reversed(states) if day <= date), None)
    if not latest:
        return None
    lower, upper, agree = overlap((entry.lower, entry.upper) for entry in latest.values())
    if agree:
        return lower, upper
    lowers = [entry.lower for entry in latest.values()]
    uppers = [entry.upper for entry in latest.values()]
    return (
        None if None in lowers else min(x for x in lowers if x is not None),
        None if None in uppers else max(x for x in uppers if x is not None),
    )


def _inconsistencies(
    part: Figure, part_entries: list[LedgerEntry], whole: Figure, whole_entries: list[LedgerEntry]
) -> list[Inconsistency]:
    """The dates from which the part's range lies above the whole's (once per stretch)."""
    part_states, whole_states = _latest_by_date(part_entries), _latest_by_date(whole_entries)
    found = []
    above_before = False
    for date in sorted({state[0] for state in part_states} | {state[0] for state in whole_states}):
        part_range, whole_range = _envelope(part_states, date), _envelope(whole_states, date)
        above = bool(
            part_range
            and whole_range
            and part_range[0] is not None
            and whole_range[1] is not None
            and part_range[0] > whole_range[1]
        )
        if above and not above_before and part_range and whole_range:
            found.append(
                Inconsistency(
                    part_slug=part.slug,
                    part_name=part.name,
                    whole_slug=whole.slug,
                    whole_name=whole.name,
                    on=date,
                    explanation=(
                        f"From {_day(date)} the estimates of “{part.name}” ({range_text(*part_range, part.unit)}) "
                        f"lie above those of “{whole.name}” ({range_text(*whole_range, whole.unit)}), "
                        "of which it is a part: one of them is wrong, or the figures are not defined alike."
                    ),
                )
            )
        above_before = above
    return found


# -- lags -----------------------------------------------------------------------------------------


def _lags(
    figure: Figure,
    entries_of: dict[int, list[LedgerEntry]],
    whole: Figure | None,
    parts: list[Figure],
    consensus: list[ConsensusSpan],
) -> list[Lag]:
    """
    From the first estimate of the figure, its whole or its parts to each other origin's first figure
    of this figure or its parts (a first tranche confirms the deployment it is part of), and to
    the day a second independent origin first agreed on this figure.
    """
    names = {figure.pk: figure}
    names.update({part.pk: part for part in parts})
    if whole is not None:
        names[whole.pk] = whole
    # Each figure's entries are in order already: merged, not sorted again (ten thousand keys).
    dated = list(
        heapq.merge(
            *(
                [(entry, pk) for entry in entries if entry.stance in SUPPORTING and entry.stated_on is not None]
                for pk, entries in entries_of.items()
            ),
            key=lambda item: _entry_order(item[0]),
        )
    )
    if not dated:
        return []
    first, first_pk = dated[0]
    first_on = first.stated_on
    assert first_on is not None
    lags = []
    seen = {first.origin.key}
    for entry, pk in dated:
        if entry.origin.key in seen or (whole is not None and pk == whole.pk):
            continue
        seen.add(entry.origin.key)
        assert entry.stated_on is not None
        days = (entry.stated_on - first_on).days
        lags.append(
            Lag(
                origin=entry.origin,
                first_on=first_on,
                confirmed_on=entry.stated_on,
                days=days,
                figure_slug=names[pk].slug,
                explanation=(
                    f"{entry.origin.label} first gave a figure on {_day(entry.stated_on)} "
                    f"({entry.quantity_text}, for “{names[pk].name}”), {days} day{'s' if days != 1 else ''} after "
                    f"the first estimate ({first.origin.label}, {first.quantity_text} for “{names[first_pk].name}”, "
                    f"{_day(first_on)})."
                ),
            )
        )
    agreed = next((span for span in consensus if len(span.origin_keys) >= 2), None)
    if agreed is not None:
        days = (agreed.start - first_on).days
        lags.append(
            Lag(
                origin=None,
                first_on=first_on,
                confirmed_on=agreed.start,
                days=days,
                figure_slug=figure.slug,
                explanation=(
                    f"A second independent origin agreed on {range_text(agreed.lower, agreed.upper, figure.unit)} "
                    f"on {_day(agreed.start)}, {days} day{'s' if days != 1 else ''} after the first estimate."
                ),
            )
        )
    return lags


# -- summary and version ----------------------------------------------------------------------------


def _latest_counted(entries: list[LedgerEntry]) -> LedgerEntry | None:
    counted = [entry for entry in entries if entry.counted]
    return counted[-1] if counted else None


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


NUMBERS = {
    2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten",
    11: "Eleven", 12: "Twelve",
}  # fmt: skip
NAMED_ORIGINS = 3  # past four origins, a summary names the three that spoke first and counts the others


def _origins_text(labels: list[str]) -> str:
    """ "A, B and C", or "A, B, C and 37 others" once naming them all would bury the sentence."""
    if len(labels) <= NAMED_ORIGINS + 1:
        return _and(labels)
    return f"{', '.join(labels[:NAMED_ORIGINS])} and {len(labels) - NAMED_ORIGINS} others"


def _summary(ledger: Ledger, latest_of_parts: dict[int, LedgerEntry | None]) -> str:
    """A few sentences for readers (and the chart's text alternative): what the estimates say now."""
    if not ledger.entries:
        return "No estimates of this figure yet."
    unit = ledger.figure.unit
    sentences = []
    now = ledger.current_consensus
    labels = {origin.key: origin.label for origin in ledger.origins}
    if now is not None and len(now.origin_keys) >= 2:
        count = NUMBERS.get(len(now.origin_keys), str(len(now.origin_keys)))
        sentences.append(
            f"{count} independent origins agree on {range_text(now.lower, now.upper, unit)} "
            f"({_origins_text([labels[key] for key in now.origin_keys])})."
        )
    elif now is not None:
        sentences.append(
            f"One origin so far: {labels[now.origin_keys[0]]} gives {range_text(now.lower, now.upper, unit)}."
        )
    elif ledger.consensus or any(entry.counted for entry in ledger.entries):
        sentences.append("The independent origins disagree: there is no consensus now.")
    else:
        sentences.append("No estimate counts towards a consensus yet.")
    for part in ledger.parts:
        latest = latest_of_parts.get(part.pk)
        if latest is not None and latest.stated_on is not None:
            sentences.append(
                f"{latest.origin.label} gave “{part.name}” as {latest.quantity_text} on {_day(latest.stated_on)}."
            )
    if ledger.revisions:
        sentences.append(ledger.revisions[-1].explanation)
    if ledger.contradictions:
        n = len(ledger.contradictions)
        sentences.append(f"{n} contradiction{'s' if n != 1 else ''} between origins.")
    if ledger.inconsistencies:
        sentences.append(ledger.inconsistencies[0].explanation)
    return " ".join(sentences)


def _version(figure: Figure, related: list[Figure], digest: str, public: bool) -> str:
    """
    A digest of everything the ledger read (the figures, and _read_entries()'s digest of the
    claims, verdicts, appearances and origins): any change of an input changes it.
    """
    described = [(f.pk, f.slug, f.name, f.unit, f.description, f.part_of_id) for f in [figure, *related]]
    return digest_of((public, sorted(described), digest)).hexdigest()[:32]


def entries_by_origin(entries: list[LedgerEntry]) -> dict[str, list[LedgerEntry]]:
    grouped: dict[str, list[LedgerEntry]] = defaultdict(list)
    for entry in entries:
        grouped[entry.origin.key].append(entry)
    return grouped
