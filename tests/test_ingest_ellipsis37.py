"""
A bare figure that answers or restates another takes the unit and scale of the nearest figure before it (round 37),
and a value set against an earlier one is never read in another unit than its own.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import clean_text, extract

# (first sentence, its value, its unit, the restating clause's bare figure, the value it must take)
MEASURES = {
    "billions": ("puts the bill at 3.6 billion korns", Decimal("3.6E9"), "korns", "3.1", Decimal("3.1E9")),
    "millions": ("puts the fee at 48 million korns", Decimal("48E6"), "korns", "55", Decimal("55E6")),
    "share": ("puts the share at 35 per cent", Decimal(35), "percent", "45", Decimal(45)),
    "count": ("puts the shortfall at 260 nurses", Decimal(260), "nurses", "410", Decimal(410)),
}
RESTATING = {
    "makes": "The {who} makes it {n}.",
    "says_nearer": "The {who} says nearer {n}.",
    "puts_nearer": "The {who} puts it at nearer {n}.",
    "reckons": "The {who} reckons {n}.",
    "its_closer": "The {who} thinks it's closer to {n}.",
}
WHO = ["guild", "minister"]


def _found(text: str) -> set[tuple[Decimal, str]]:
    return {(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None}


@pytest.mark.parametrize(("measure", "form", "who"), list(product(MEASURES, RESTATING, WHO)))
def test_it_gives_a_restating_figure_the_unit_and_scale_before_it(measure: str, form: str, who: str) -> None:
    first, _, unit, bare, value = MEASURES[measure]
    text = f"The ministry {first}. " + RESTATING[form].format(who=who, n=bare)
    assert (value, unit) in _found(text)


@pytest.mark.parametrize("measure", list(MEASURES))
def test_it_gives_the_unit_within_one_sentence_too(measure: str) -> None:
    first, _, unit, bare, value = MEASURES[measure]
    assert (value, unit) in _found(f"The ministry {first}; the guild says nearer {bare}.")


def test_it_keeps_side_by_side_counts_of_different_things() -> None:
    found = _found("The trust counted 7 clinics and 90 midwives in the district.")
    assert (Decimal(7), "clinics") in found
    assert (Decimal(90), "midwives") in found


def test_it_carries_no_scale_into_a_figure_of_another_size() -> None:
    found = _found("The ministry puts the bill at 3.6 billion korns. The guild says 12 depots will shut.")
    assert all(value != Decimal("12E9") for value, _ in found)


def test_it_carries_no_share_into_a_figure_too_large_for_one() -> None:
    found = _found("The ministry puts the share at 35 per cent. The guild says nearer 4,000.")
    assert (Decimal(4000), "percent") not in found


def test_it_carries_nothing_into_a_time() -> None:
    found = _found("The ministry puts the fee at 48 million korns. The ferry left at 9.30, the guild says.")
    assert all(value != Decimal("9.30E6") for value, _ in found)


# A value set against an earlier one across a figure of another unit: (the figure between, its unit)
BETWEEN = {
    "days": ("within the 5 working days its charter promises", "days"),
    "hours": ("within the 48 hours its charter promises", "hours"),
    "weeks": ("inside the 6 weeks the rules allow", "weeks"),
    "sum": ("for the 12 korns a visit it charges", "korns"),
}
EARLIER = {
    "per cent": ("{n} per cent", "percent"),
    "percent": ("{n} percent", "percent"),
    "sign": ("{n}%", "percent"),
}


@pytest.mark.parametrize(("between", "earlier"), list(product(BETWEEN, EARLIER)))
def test_it_never_revises_a_figure_from_one_of_another_unit(between: str, earlier: str) -> None:
    words, unit = BETWEEN[between]
    form, earlier_unit = EARLIER[earlier]
    text = f"The firm mended 64 per cent of faults {words}, against {form.format(n=87)} two years earlier."
    for mention in extract(clean_text(text)):
        if mention.previous_value is not None:
            assert mention.unit == earlier_unit, (mention.value, mention.unit, mention.previous_value)
    assert all(not (m.unit == unit and m.previous_value == Decimal(87)) for m in extract(clean_text(text)))


@pytest.mark.parametrize("earlier", list(EARLIER))
def test_it_still_sets_a_share_against_the_same_share_earlier(earlier: str) -> None:
    form, _ = EARLIER[earlier]
    text = f"The firm mended 64 per cent of faults, against {form.format(n=87)} two years earlier."
    assert any(m.value == Decimal(64) and m.previous_value == Decimal(87) for m in extract(clean_text(text)))


# A value earlier in time and one now, told in two sentences: the units they are written in, which pair only when
# they are one unit after the usual spelling (singular and plural, sign and word, "per cent" and "percent")
SAME_UNIT = [("1 korn", "3 korns"), ("1 ferry", "3 ferries"), ("1 bus", "4 buses"), ("40 per cent", "55 percent"),
             ("40%", "55 per cent"), ("€2", "3 euros")]  # fmt: skip
OTHER_UNIT = [("40 per cent", "55 korns"), ("2 weeks", "5 days"), ("3 ferries", "5 buses"), ("€2", "3 korns"),
              ("40 korns", "55 per cent")]  # fmt: skip


@pytest.mark.parametrize(("then", "now"), SAME_UNIT)
def test_it_pairs_an_earlier_value_in_the_same_unit(then: str, now: str) -> None:
    mentions = extract(clean_text(f"The levy was {then} in 2019. It is {now} today."))
    assert [m.previous_value is not None for m in mentions if m.value is not None] == [True]


@pytest.mark.parametrize(("then", "now"), OTHER_UNIT)
def test_it_never_pairs_an_earlier_value_in_another_unit(then: str, now: str) -> None:
    mentions = extract(clean_text(f"The levy was {then} in 2019. It is {now} today."))
    assert all(m.previous_value is None for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The minister put the bill at 45 million dravins. Asked her age, she said 52.",
        "The council puts the cost of the closures at 40 million dravins. Asked how many schools would shut, "
        "the mayor said 12.",
        "The deal is worth 12 million dravins. Asked when talks ended, the mayor said 9.30.",
        "The bridge will cost 30 million dravins. Asked how long it would take, the engineer said 4.",
        "The firm was sold for 35 million dravins. \u201cIt\u2019s 40,\u201d the founder said of his age.",
        "The plant will cost 200 million dravins, the firm says. The union says 90, it thinks, will lose their jobs.",
    ],
)
def test_it_scales_no_answer_to_another_question_nor_a_subject_of_its_own(text: str) -> None:
    # an age, a time, a count of schools or a duration asked about, or the subject of "will lose": not millions of money
    first = {m.value for m in extract(clean_text(text)) if m.value is not None}
    assert len([v for v in first if v >= 1_000_000]) == 1
