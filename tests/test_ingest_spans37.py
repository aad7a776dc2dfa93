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


# Review of spans37 (findings H1-H3, M1, M2): "early" that says when a past event happened or starts a compound noun,
# one person's own early birth, retirement or leaving, a household's own plan, and a span later in a waiting-lists
# sentence (a tenure, an age, one person's wait) stay no claim
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Firefighters from Quennick fought the blaze at the Dremmel mill for four hours early yesterday, a "
            "spokesman said.",
            Decimal(4),
        ),
        ("Police in Tarvel searched the flat for six hours early Monday before making an arrest.", Decimal(6)),
        ("The Quennick rally ran for three hours early evening on the green.", Decimal(3)),
        ("Ms Orrin, 71, said she walks for 40 minutes early each morning along the Skarnby front.", Decimal(40)),
        ("Their daughter Pia was born eight weeks early at the Halvering maternity unit, her mother said.", Decimal(8)),
        ("Their daughter Pia was born eight weeks early, her mother said.", Decimal(8)),
        ("Mr Vesk, who retired five years early to look after his wife, said the cuts had hit him hard.", Decimal(5)),
        ('"I left work two hours early to get to the meeting," said Dana Holm, a Quennick shop worker.', Decimal(2)),
        ("He took 18 months early retirement in 2019, Mr Brack told the hearing.", Decimal(18)),
        ("Over 12 days early voting drew 40,000 people in Tarvel.", Decimal(12)),
        (
            '"We got married 18 months later than our original date because of the floods," said Ilse Maren.',
            Decimal(18),
        ),
        ("The Brolls moved into their new house six months later than their plan, Mrs Broll said.", Decimal(6)),
        ("Waiting lists are the worst she has known, said Ms Pym, a district nurse of 25 years.", Decimal(25)),
        ("Waiting lists in Tarvel have grown, and Ann Lusk's wait for a knee is now 14 months.", Decimal(14)),
        ("Waiting times worry parents like Ms Dray, whose son is nine months old.", Decimal(9)),
        ("Waiting lists hit children hardest: Tom Ashe, at 14 months, has had two operations cancelled.", Decimal(14)),
        ("Waiting lists matter to Dr Kell, whose time at the clinic is now 22 years.", Decimal(22)),
    ],
)
def test_review_background_spans_stay_no_claim(text: str, value: Decimal) -> None:
    assert value not in _values(text)


# Review of spans37 (findings M3-M5, L1): a plan named in other words, a delay or an overrun put at a figure, the
# waits of many said without "waiting times/lists", and a notice period a plural rule sets are claims
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Dremmel relief road opened 14 months later than the council's original plan.", Decimal(14)),
        ("The Dremmel relief road opened 14 months later than the planned date.", Decimal(14)),
        ("The Dremmel relief road opened 14 months later than the 2024 deadline.", Decimal(14)),
        ("The Dremmel relief road opened 14 months later than the contractual completion date.", Decimal(14)),
        ("The Tarvel auditor puts the delays to the Skarnby line at 19 months.", Decimal(19)),
        ("The Tarvel auditor estimates the delay to the Skarnby line at 19 months.", Decimal(19)),
        ("The auditor puts the overrun on the Skarnby line at 19 months.", Decimal(19)),
        ("The wait for a hip operation at Halvering hospital has reached 40 weeks.", Decimal(40)),
        ("The waiting time for a passport in Skarnby has reached 11 weeks, the office said.", Decimal(11)),
        ("Waits for a boiler survey in Quennick have reached 11 weeks, installers say.", Decimal(11)),
        ("Staff were given less than the 28 days' notice their contracts require.", Decimal(28)),
    ],
)
def test_review_spans_against_a_plan_or_of_many_are_a_claim(text: str, value: Decimal) -> None:
    assert value in _values(text)


# The control cases stay claims: an advance on what was due, ended by a reason or a clause
@pytest.mark.parametrize(
    "text",
    [
        "The Skarnby bridge reopened six weeks early after repairs, the council said.",
        "The Skarnby ferry contract ended two years early, the operator said.",
    ],
)
def test_review_an_advance_on_what_was_due_stays_a_claim(text: str) -> None:
    assert {Decimal(6), Decimal(2)} & _values(text)
