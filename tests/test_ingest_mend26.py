"""
Mends of round 46 (session 26's review, /work/notes/review26_findings.md): patterns of that round that fired on
ordinary news they were not meant for, and two routes to one body made one.
"""

import re
from collections.abc import Iterator
from decimal import Decimal

from ingest import speakers
from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_an_adjective_opening_a_sentence_takes_up_no_thing_a_body_reported():
    # "The new stadium" is no "new fund" taken up by its noun, "The third park" no "a third of its parks"
    text = "The council said it had set up a new fund of 2 million for repairs. The new stadium will hold 30,000 fans."
    assert _figures(text)[-1] == (Decimal(30000), "fans", None)
    text = "The council said a third of its 90 parks would close. The third park on the list has 40 trees."
    assert _figures(text)[-1] == (Decimal(40), "trees", None)


def test_a_change_taken_up_by_its_noun_restates_only_its_size():
    # what the rise did is no restatement of the council's figure (its size, "The increase is 30 per cent", is)
    text = "Rents rose by 10 per cent last year, the council said. The rise was a blow to 400 families."
    assert _figures(text)[-1] == (Decimal(400), "families", None)


def test_a_guess_at_the_past_with_must_have_is_no_notice_period():
    # "must have died two days before": a guess at what happened, a past event's length, no period a rule sets
    assert _figures("Police said the man must have died two days before the fire.") == []
    assert _figures("Entries must be lodged 10 days before the sale.") == [(Decimal(10), "days", None)]


def test_a_past_events_length_after_within_told_with_would_could_or_due_to_is_no_claim():
    # the past's future, what was seen and a cause are no plan, promise or forecast of the time needed
    assert _figures("Tickets, which would go on to sell out within 20 minutes, cost 45 each.") == []
    assert _figures("Firefighters said they could see the flames within five minutes of arriving.") == []
    text = "Due to a faulty valve, the tank emptied within 30 minutes of the alarm, investigators found."
    assert _figures(text) == []
    # a forecast still is: "could be repaired within six weeks", "is due to reopen within 10 days"
    text = "The operator said the line could be repaired within six weeks and is due to reopen within 10 days."
    assert [(v, u) for v, u, _ in _figures(text)] == [(Decimal(6), "weeks"), (Decimal(10), "days")]


def test_a_bare_figure_after_a_plural_subject_and_were_is_a_level_only_with_a_change():
    # ages told by the copula count no one; a level with its change still counts its subject
    assert _figures("The two victims were 19 and 21.") == []
    assert _figures("The shop opened in 1990, and its owners were 70 when they retired.") == []
    text = "Sheep entries, which the show counts apart from cattle, were 1,140, down from 1,310."
    assert _figures(text)[0][:2] == (Decimal(1140), "entries")


def test_a_bare_spokeswoman_after_the_body_finds_it_by_its_place_as_a_council_spokeswoman_does():
    # one lookup for the one council the article named by its place, whichever way its spokeswoman is introduced
    opening = "Readers in Fallowmere are angry. Last year Fallowmere council closed 12 libraries. "
    bare = opening + "The council rejected the criticism. A spokeswoman said 40 staff had been redeployed."
    kind = opening + "A council spokeswoman said 40 staff had been redeployed."
    assert _figures(bare)[-1] == (Decimal(40), "staff", "Fallowmere council")
    assert _figures(kind)[-1] == (Decimal(40), "staff", "Fallowmere council")


class _CountingPattern:
    """A compiled pattern that counts the characters its finditer is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        self.scanned += max(0, end - pos)
        return self.pattern.finditer(text, pos, end)


def test_bodies_named_by_their_place_are_read_from_the_page_once(monkeypatch):
    # every "a council spokesman" asks which council the article named by its place; the page is read for them once
    counting = _CountingPattern(speakers.PLACE_NAMED_BODY)
    monkeypatch.setattr(speakers, "PLACE_NAMED_BODY", counting)
    text = "Readers in Fallowmere are angry. Last year Fallowmere council closed 12 libraries.\n\n" + "\n\n".join(
        f"A council spokesman said {n} staff had moved to the {place} branch."
        for n, place in [(40, "north"), (12, "south"), (9, "east"), (31, "west"), (6, "central")]
    )
    figures = _figures(text)
    assert [speaker for _, unit, speaker in figures if unit == "staff"] == ["Fallowmere council"] * 5
    assert counting.scanned <= len(text)


def test_a_bodys_own_person_seeing_something_happen_counted_nothing_on_the_scene():
    # a chief executive who "saw 300 jobs going" is no reporter counting; the outlet's editor still is
    text = "In March, Tesco's chief executive Ken Murphy saw 300 jobs going at the depot."
    assert _figures(text) == [(Decimal(300), "jobs", None)]
    text = "Outside the Senate, our health editor Ida Brekke counted 35 nurses from the city hospital."
    assert _figures(text)[0][2] == "Ida Brekke"


def test_a_span_in_a_clause_after_enough_is_no_time_a_supply_lasts():
    # the shift's length stands in a clause of its own, after the beds "enough for 40 patients"
    text = "The hospital had enough beds for 40 patients, and staff worked for 12 hours without a break."
    assert _figures(text) == [(Decimal(40), "patients", None)]
    text = "We have about 9,000 tonnes, enough for about six days of this."
    assert (Decimal(6), "days") in [(v, u) for v, u, _ in _figures(text)]
