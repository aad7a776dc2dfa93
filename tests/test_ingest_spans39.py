"""
A deadline that a court, a regulator, a minister or a body sets on another is a claim (tests/ingest_labelling.md,
session 25: "Spans of time: claim or duration", "a limit, notice or deadline period that a rule, a body, a court or
a contract sets"), told by a verb of demand ("ordered", "told ... to", "asked ... for", "directed", "called on") and
"within" a span, in any tense and by whoever sets it, however many words (a sum, an apposition) stand between. A
past event's length reported after such a verb ("told staff that the leak had been found within two hours") stays
no claim.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _values(text: str) -> set[Decimal]:
    return {m.value for m in extract(clean_text(text)) if m.value is not None}


# The span in its spellings: a figure, a word, a hedge
_SPANS = [
    ("21 days", Decimal(21)),
    ("six months", Decimal(6)),
    ("about 90 days", Decimal(90)),
    ("48 hours", Decimal(48)),
]
# Who sets the deadline on whom, and what is to be done: some with a sum or a long object between
_DEMANDS = [
    "Judge Orla Fenwick ordered Brenmarsh Haulage to pay 14,500 varls in compensation to the Skellow dock trust within",
    "The regulator has told Quennick Water to fix its billing system within",
    "I have asked every ferry operator on the Dremmel coast for a safety plan within",
    "We asked for written answers within",
    "The tribunal directed the Tarvel board to publish the full minutes of the meeting within",
    "The minister called on councils to clear the housing repair backlog within",
    "The panel instructed the club to hand over the medical logs for the season within",
    "She also ordered the administrators to pay Skellow Timber's costs of the hearing, 38,000 crells, within",
    "The ombudsman told the Tarvel landlords to answer each complaint within",
]
# ... and what follows: nothing, a reporting clause
_TAILS = ["", ", the statement said"]


@pytest.mark.parametrize("demand", _DEMANDS)
@pytest.mark.parametrize(("span", "value"), _SPANS)
@pytest.mark.parametrize("tail", _TAILS)
def test_it_counts_a_deadline_set_by_a_verb_of_demand(demand: str, span: str, value: Decimal, tail: str) -> None:
    assert value in _values(f"{demand} {span}{tail}.")


@pytest.mark.parametrize(
    "frame",
    [
        # a rule's limit whose clause holds a figure with a decimal point
        "Ostrik Gas must also refund 8.2 million crells to the customers concerned within {span}, the board said.",
        "Skarnby Ferries must hand back 2.4 million varls to the passengers concerned within {span}, it said.",
    ],
)
@pytest.mark.parametrize(("span", "value"), [("21 days", Decimal(21)), ("six months", Decimal(6))])
def test_it_counts_a_limit_whose_clause_holds_a_decimal_figure(frame: str, span: str, value: Decimal) -> None:
    assert value in _values(frame.format(span=span))


@pytest.mark.parametrize(
    "sentence",
    [
        # a past event's length, reported after a verb of demand or of telling
        "Inspectors told staff that the leak had been found within 20 minutes.",
        "The crew were told the boat sank within 20 minutes.",
        "He asked why the roof fell within 20 minutes.",
        "They asked me how I got there within 20 minutes.",
        "She told me she had finished the course within 20 minutes.",
        # a span after "within" that only places a thing, after a demand
        "The council asked residents who live within 20 minutes of the river to leave.",
    ],
)
def test_it_leaves_a_past_events_length_after_a_verb_of_telling(sentence: str) -> None:
    assert Decimal(20) not in _values(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a demand in the passive names no one who sets the deadline
        "We were told to pay 1.8 million dalers in digital currency within 20 minutes.",
        "The families were asked to leave the Skarnby flats within 20 minutes.",
        # a forecast's horizon after a figure with a decimal point, no limit
        "The minister said the Tarvel fund would run a deficit of 11.2 billion varls within 20 years.",
    ],
)
def test_it_leaves_a_passive_demand_and_a_forecasts_horizon(sentence: str) -> None:
    assert Decimal(20) not in _values(sentence)


# How long help, a warning or a response took against the event it answers: a measured time
_RESPONSES = [
    "The Dremmel coastguard says the lifeboat arrived {span} after the first call",
    "The Ostrik police arrived {span} later",
    "Quennick Water says it warned the harbour board {span} before opening the sluices",
    "Residents in Tarvel said the warning came only {span} before the water",
    "The crew reached the stranded walkers {span} after setting out",
    "The Skarnby ambulance service responded {span} after the crash",
]


@pytest.mark.parametrize("frame", _RESPONSES)
@pytest.mark.parametrize(("span", "value"), [("nine hours", Decimal(9)), ("38 minutes", Decimal(38))])
def test_it_counts_how_long_a_response_took_after_its_event(frame: str, span: str, value: Decimal) -> None:
    assert value in _values(frame.format(span=span) + ".")


@pytest.mark.parametrize(
    "sentence",
    [
        # one person's own coming, and a span that dates one event by another
        "She arrived nine hours after the funeral.",
        "He came home nine hours after the storm.",
        "The Ostrik trawler ran aground nine hours after it left port.",
        "Nine hours after the trawler sank, the inquiry opened.",
        "Rainfall reached 112 millimetres in the nine hours before the slip.",
        "The Tarvel exercise comes nine hours after talks on the valley broke down.",
        "In Ostrik, where the heat arrived nine hours later, the agency put the toll at 31.",
    ],
)
def test_it_leaves_a_span_that_dates_an_event(sentence: str) -> None:
    assert Decimal(9) not in _values(sentence)


def test_it_leaves_the_minutes_of_a_span_in_hours_and_minutes() -> None:
    values = _values("The Quennick nurse arrived 2 hours and 40 minutes after she was called.")
    assert Decimal(40) not in values


# mend spans39: a verb of demand governs only the clause whose "within" it is; a passive stays a passive past an
# adverb; "directed" or "ordered" with no "to <verb>" demands nothing
@pytest.mark.parametrize(
    "sentence",
    [
        # a second clause with its own subject, one person's own experience
        "Tomas Brek, 41, said he asked his brother to help him and the roof was rebuilt within 20 days.",
        "The director Ilse Varn said the adviser told me to apply again and I found a job within 20 days.",
        "The coach urged us to train harder but we lost the title within 20 days.",
        # a career fact: no demand on anyone
        "Before politics, Anton Reis directed six films for Tarn Studios within 20 days, his office said.",
        "The Skarnby desk asked readers for photos of the storm and the editor picked three within 20 days.",
        # a passive with an adverb between the auxiliary and the verb
        "The tenants said they were then told to leave the flats within 20 days, the union said.",
        "The Ostrik families were also told to leave the flats within 20 days.",
        "The Tarvel residents had been formally asked to leave within 20 days.",
    ],
)
def test_it_leaves_a_span_the_demand_does_not_govern(sentence: str) -> None:
    assert Decimal(20) not in _values(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # one person's own coming, told by name, with an auxiliary or an adverb, or in the plural
        "Her son Piet Lund arrived nine hours after the funeral, the family said.",
        "She had arrived nine hours after the funeral, the family said.",
        "She only arrived nine hours after the funeral, the family said.",
        "We arrived nine hours after the wedding, Jana Holt said.",
        "My mother finally arrived nine hours after the wedding.",
        # an event dated by another, no response
        "The climbers reached the summit nine hours later, the guide Elke Sand said.",
        "The Skarnby guests turned up nine hours later, the host said.",
    ],
)
def test_it_leaves_ones_own_coming_and_an_event_dated_later(sentence: str) -> None:
    assert Decimal(9) not in _values(sentence)


@pytest.mark.parametrize(
    "frame",
    [
        "The Dremmel fire crews had finally arrived {span} after the first call, the inquiry heard.",
        "Paramedics arrived {span} later, the Skarnby trust said.",
        "Rescuers only reached the stranded walkers {span} after setting out.",
    ],
)
def test_it_still_counts_a_responders_time_past_an_adverb(frame: str) -> None:
    assert Decimal(9) in _values(frame.format(span="nine hours") + ".")
