"""Units of more than one word that the head noun alone misnames (round 35)."""

from decimal import Decimal

import pytest

from ingest.numbers import find_figures


def units(sentence: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_a_nautical_mile_is_its_own_unit():
    assert units("The coastguard cutter stopped the yacht 14 nautical miles off the headland.") == [
        (Decimal(14), "nautical miles")
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("We have had five completion dates in a year.", "completion dates"),
        ("They found 30 oil fields in the basin.", "oil fields"),
        ("The valley has three irrigation systems.", "irrigation systems"),
        ("Guards issued 4,100 penalty fares last year.", "penalty fares"),
    ],
)
def test_a_head_the_compound_makes_another_thing_keeps_its_noun(sentence, unit):
    assert units(sentence)[0][1] == unit


# Statistics of time are claims (tests/ingest_labelling.md, session 21); one person's span is not


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Clinics in the north have a wait of about six weeks, the board says.", 6),
        ("We expect waits in the county to be back under ten weeks by June.", 10),
        ("The median stay is now 9 days, compared with 7 days elsewhere.", 7),
        ("Some tenants are waiting up to 40 days for a repair.", 40),
    ],
)
def test_a_statistic_of_time_is_a_claim(sentence, value):
    assert Decimal(value) in [v for v, _ in units(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She was seen after a wait of three hours.",
        "Patients who waited more than 12 hours were moved.",
        "He was waiting up to 40 minutes each morning.",
    ],
)
def test_one_span_or_a_threshold_is_no_claim(sentence):
    assert units(sentence) == []


# The whole in "N of the M" is a claim of its own (tests/ingest_labelling.md, session 21)


def test_the_whole_in_words_of_a_part_is_a_claim():
    assert units("Three of the eleven governors voted against the plan.") == [
        (Decimal(3), "governors"),
        (Decimal(11), "governors"),
    ]


def test_a_whole_picked_out_by_rank_or_given_before_is_not_a_new_claim():
    assert Decimal(10) not in [v for v, _ in units("Two of the ten busiest ports were closed.")]
    known = {Decimal(4): "projects"}
    found = find_figures("Halden Wind, which won two of the four contracts, said costs had risen.", known_units=known)
    assert [f.value for f in found] == [Decimal(2)]


def test_up_from_one_is_the_value_replaced():
    found = find_figures("The port has detained six foreign trawlers this year, up from one in 2024.")
    assert [(f.value, f.unit, f.previous_value) for f in found] == [(Decimal(6), "trawlers", Decimal(1))]
    assert find_figures("The club has 40 coaches, up from one of the lowest.")[0].previous_value is None


def test_what_a_source_puts_at_a_bare_figure_is_its_unit():
    found = find_figures("The union puts vacancies at 2,340.", paragraph_unit="officers")
    assert [(f.value, f.unit) for f in found] == [(Decimal(2340), "vacancies")]


def test_a_hyphened_fraction_naming_a_figure_is_a_share():
    assert units("The board did not accept the two-thirds figure.") == [(Decimal("66.7"), "percent")]
    assert units("A two-thirds majority is needed to pass it.") == []
