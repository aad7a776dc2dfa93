"""
Spans of time that a plan, a record or a rule can be held to are claims (tests/ingest_labelling.md, session 25:
"Spans of time: claim or duration"): a delay or an advance against a plan the sentence names ("18 months later than
the original plan", "two weeks early", "puts the delay at 26 months"), the waits of many as a usual length ("waiting
times have reached 11 weeks") and a notice period a rule named after it sets ("the 14 days' notice the law requires").
A tenure, an age, a time of life, one person's own wait and a contract's term told as background stay no claim.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _values(text: str) -> set[Decimal]:
    return {m.value for m in extract(clean_text(text)) if m.value is not None}


# The span in its spellings: a figure, a word, a hedge
_SPANS = [
    ("19 days", Decimal(19)),
    ("about 11 weeks", Decimal(11)),
    ("seven months", Decimal(7)),
    ("nearly 14 months", Decimal(14)),
]
# Who or what is late or early, in the present, the past and the future
_SUBJECTS = [
    "The Dremmel relief road {verb}",
    "Quennick's new sorting hall {verb}",
    "The second Ostrik pumping station {verb}",
]
_VERBS = ["is due to open", "opened", "will open"]
_AGAINST = [
    "later than the original plan",
    "later than its original completion date",
    "earlier than the official timetable",
    "later than the agreed schedule",
    "early",
]
# ... and what follows: nothing, a reporting clause
_TAILS = ["", ", the auditor said"]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("verb", _VERBS)
@pytest.mark.parametrize("against", _AGAINST)
@pytest.mark.parametrize(("span", "value"), _SPANS)
@pytest.mark.parametrize("tail", _TAILS)
def test_a_delay_or_an_advance_on_a_named_plan_is_a_claim(
    subject: str, verb: str, against: str, span: str, value: Decimal, tail: str
) -> None:
    text = subject.format(verb=verb) + f" {span} {against}{tail}."
    assert value in _values(text)


@pytest.mark.parametrize(
    "who",
    ["The Tarvel auditor", "The transport ministry", "Its own review", "A report for the Halvering council"],
)
@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_a_delay_put_at_a_figure_is_a_claim(who: str, span: str, value: Decimal) -> None:
    assert value in _values(f"{who} puts the delay to the Skarnby line at {span}.")


@pytest.mark.parametrize(
    "frame",
    [
        "Waiting times for a boiler survey in Quennick have reached {span}, installers say.",
        "Installers in Ostrik say waiting times have stretched to {span}.",
        "Roofers on the Dremmel coast said they had waiting lists of up to {span}.",
        "Waiting times at the Skarnby passport office are now {span}.",
        "Waiting lists for a hearing aid fitting in Tarvel stood at {span} in March.",
    ],
)
@pytest.mark.parametrize(("span", "value"), _SPANS)
def test_the_waiting_times_of_many_are_a_claim(frame: str, span: str, value: Decimal) -> None:
    assert value in _values(frame.format(span=span))


@pytest.mark.parametrize(
    "frame",
    [
        "The Halvering dockers will give the port company the {span}' notice the law requires.",
        "Tenants in Ostrik get the {span}' notice their contract sets.",
        "Staff must be given {span}' notice, as the code requires.",
    ],
)
@pytest.mark.parametrize(("span", "value"), [("14 days", Decimal(14)), ("28 days", Decimal(28)), ("3 months", 3)])
def test_a_notice_period_a_rule_sets_is_a_claim(frame: str, span: str, value: Decimal) -> None:
    assert value in _values(frame.format(span=span))


# Near misses that must stay no claim: a tenure, an age, a time of life, one person's own wait, a contract's term and
# a span that labels a comparison
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Brenna Holt has led the Quennick dockers' union for nine years.", Decimal(9)),
        ("Ola Varst, who is 61, runs the Skarnby ferry.", Decimal(61)),
        ("She spent three years early in her career at the Tarvel mill.", Decimal(3)),
        ("I waited 14 months for my own hip operation at Ostrik General.", Decimal(14)),
        ("The Dremmel cleaning contract runs for 15 years.", Decimal(15)),
        ("It was the wettest March in 40 years, the Halvering station said.", Decimal(40)),
        ("Waiting times have worried Skarnby patients for three years.", Decimal(3)),
        ("The family gave the landlord two weeks' notice in May.", Decimal(2)),
    ],
)
def test_background_spans_stay_no_claim(text: str, value: Decimal) -> None:
    assert value not in _values(text)
