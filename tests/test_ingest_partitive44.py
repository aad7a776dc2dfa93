"""
partitive44: a figure whose noun is left out and given by a part of a whole. "..., of whom roughly 1,900 are consumers"
counts what the copula names, as "Of those, 54,000 were children" did; a count in digits that opens its sentence with
a plural verb straight after it ("I rang 30 owners. Only 4 said conifers.") counts a part of what the sentence right
before, in its paragraph, counted, when that count is the larger; and such a part is a finding, not a count of who is
the source of a report. The negatives are what must not change: never across a paragraph, never money, a span, an
age or a year, never a larger "part", and the ways elided43 went wrong ("N of them" by a price word, "N of us", "N of
you", "N of them" in a money unit).
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract
from ingest.numbers import find_figures


def _units(text: str, value: int | str) -> list[str]:
    """The units of every figure ``value`` found in ``text``."""
    return [m.unit for m in extract(clean_text(text)) if m.value == Decimal(str(value))]


def _part_units(before: str, sentence: str, value: int) -> list[str]:
    """The units find_figures gives ``value`` in ``sentence`` after ``before``, with no count of the paragraph carried
    in (as when the count before was a poll's sample, which is no claim): the rule alone, not the paragraph's last unit.
    """
    return [f.unit for f in find_figures(sentence, before) if f.value == Decimal(value)]


OF_WHOM = [
    # a relative pronoun's part, fronted, the copula naming the part
    ("The charity has about 3,400 donors, of whom roughly 2,100 are pensioners.", 2100, "pensioners"),
    ("The trust runs 46 buildings, of which 12 are hospitals.", 12, "hospitals"),
    ("Officials counted 5,200 arrivals in May, of whom about 3,900 were adults.", 3900, "adults"),
]


@pytest.mark.parametrize(("text", "value", "unit"), OF_WHOM)
def test_a_part_fronted_by_of_whom_counts_what_its_copula_names(text: str, value: int, unit: str) -> None:
    assert _units(text, value) == [unit]


PART_OF_COUNT = [
    # a count in digits opening its sentence, its noun left out before a plural verb
    ("Last month I phoned 40 growers in the district. ", "Only 7 said they would replant.", 7, "growers"),
    ("The inspectors visited 212 kitchens over the summer. ", "31 were rated poor.", 31, "kitchens"),
    ("The club has 38,200 members across the region. ", "About 14,500 are already retired.", 14500, "members"),
    ("Rangers tagged 96 otters on the river last year. ", "Just 22 have been seen since.", 22, "otters"),
    ("We wrote to 120 landlords in the borough. ", "45 replied within the month.", 45, "landlords"),
]


@pytest.mark.parametrize(("before", "sentence", "value", "unit"), PART_OF_COUNT)
def test_a_part_with_its_noun_left_out_counts_the_whole_told_just_before(
    before: str, sentence: str, value: int, unit: str
) -> None:
    assert _part_units(before, sentence, value) == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "I asked 40 growers in the valley what they would plant. Only 7 said conifers.",
        "Last month I phoned 40 growers in the district. Only 7 said they would replant.",
    ],
)
def test_a_part_that_says_something_is_a_finding_not_the_source_of_a_report(text: str) -> None:
    # "Only 7 said": seven of the forty growers, what the survey found ("Two officials said" names who said it)
    assert _units(text, 7) == ["growers"]


NOT_A_PART = [
    # a new paragraph: the count before is no near antecedent
    ("Police spoke to 40 witnesses on Tuesday.\n\n", "12 said they had seen a van.", 12, "witnesses"),
    # a singular verb: an age, a year, not a part of the count
    ("The club has 300 members. ", "18 is the minimum age to join.", 18, "members"),
    ("The office logged 4,000 complaints last year. ", "2019 had been worse.", 2019, "complaints"),
    # the "part" larger than the whole: no part of it
    ("The dealer sold 200 vans in March. ", "300 were ordered for April.", 300, "vans"),
    # money, a span, a measure: never what a part counts
    ("The scheme paid out 900 marrels a head. ", "60 were kept back for fees.", 60, "marrels"),
    ("The works will take 14 months. ", "6 were lost to the weather last year.", 6, "months"),
    ("The course runs over 42 kilometres of road. ", "12 are on gravel.", 12, "kilometres"),
    # a figure in the sentence's middle: no opening of its own
    ("The council employs 60 wardens. ", "It said 45 were on duty.", 45, "wardens"),
    # a noun written after the figure: that noun, not the whole's
    ("The firm employs 900 people. ", "Only 40 drivers were kept on.", 40, "people"),
]


@pytest.mark.parametrize(("before", "sentence", "value", "unit"), NOT_A_PART)
def test_no_part_without_a_near_clear_whole(before: str, sentence: str, value: int, unit: str) -> None:
    assert unit not in _part_units(before, sentence, value)


ELIDED43_FAULTS = [
    # 'cost 400 jobs': the part of a count a price word is near stays a count of jobs, never money
    (
        "The fire cost 400 jobs at the mill and 2.5 million marrels in repairs. About 90 of them were in the "
        "packing hall.",
        90,
        "jobs",
    ),
    # "five of us working here": the staff the speaker counts, not the customers the sentence counts
    (
        '"There are five of us working here and we serve about 300 customers a day," the owner said.',
        300,
        "customers",
    ),
    # "N of them" after a sum and a count: the count, not the money unit
    ("The fund paid 2.4 million marrels to 310 families. 120 of them live in Harbury.", 120, "families"),
]


@pytest.mark.parametrize(("text", "value", "unit"), ELIDED43_FAULTS)
def test_what_elided43_got_wrong_stays_right(text: str, value: int, unit: str) -> None:
    assert _units(text, value) == [unit]


def test_five_of_us_counts_no_customers() -> None:
    text = '"There are five of us working here and we serve about 300 customers a day," the owner said.'
    assert "customers" not in _units(text, 5)


def test_of_you_takes_no_group_noun_from_far_back() -> None:
    # "More than 40 of you": the readers the page speaks to, not the subscribers named paragraphs before
    far = "The paper now has 12,000 subscribers across the county, up from 9,000 a year ago.\n\n"
    filler = "The council meets again on Thursday. Its agenda runs to six pages and covers the bypass.\n\n" * 6
    text = far + filler + "More than 40 of you wrote in about the bypass this week."
    assert "subscribers" not in _units(text, 40)


def test_of_them_after_a_price_word_and_a_count_keeps_the_count() -> None:
    # a sum written bare, with a price word: no proof of money, the count before stays what "them" stands for
    text = "The closure cost 400 jobs, the union said. About 90 of them were in the packing hall."
    assert _units(text, 90) == ["jobs"]


def test_of_them_still_counts_grants_paid_out() -> None:
    # grants are paid, and counted too: "Not 14 of them" are grants
    text = 'The fund paid out more than 300 grants that year. "Mistakes, yes. Not 14 of them to one company."'
    assert _units(text, 14) == ["grants"]
