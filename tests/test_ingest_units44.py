"""
Figures whose unit was taken from the wrong word (tests/ingest_labelling.md, "Units: the head noun"): a sum named by
a singular noun of payment after a modifier ("the full 900 hire fee") is in the page's currency, a label and its
number ("category 2", "size-12") stand between a figure and the plural it counts, a plural in -a is a compound's head
("council crematoria"), a singular owner names a kind of the plural after it ("coroner's officers"), and a word the
page has counted in that is no currency modifies the plural after it ("58 vaccine recipients"). Counts of nouns of
payment ("200 parking fine notices"), verbs after a bare figure and currencies the page counts in stay as they are.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


OPENING = "The hall's owners said on Monday that guests paid 45 trundels a head for the dinner last year.\n\n"
WHO = ["the organiser said", "said Ida Rosk, who runs the venue"]
SUMS = [
    ("The club must now find the full {n} hire fee again, {who}.", "800"),
    ("Stallholders still pay the {n} pitch fee on each market day, {who}.", "12.50"),
    ("A {n} fine is no deterrent to the bigger operators, {who}.", "2,000"),
    ("The council kept the {n} cloakroom charge for school groups, {who}.", "3.75"),
]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("sentence", "figure"), SUMS)
def test_a_sum_a_noun_of_payment_names_is_in_the_page_currency(sentence, figure, who):
    found = _units(OPENING + sentence.format(n=figure, who=who))
    assert (Decimal(figure.replace(",", "")), "trundels") in found


LABELLED = [
    ("In May, {n} category 3 calls waited more than an hour, {who}.", "1,460", "calls"),
    ("She measured {n} size-14 coats from five shops, {who}.", "35", "coats"),
    ("The trust tested {n} year 9 pupils in the spring, {who}.", "620", "pupils"),
    ("There are {n} council crematoria in the region, {who}.", "41", "crematoria"),
    ("The service now has {n} coroner's officers, {who}.", "5", "coroner's officers"),
]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("sentence", "figure", "unit"), LABELLED)
def test_the_plural_after_a_label_or_a_modifier_is_the_unit(sentence, figure, unit, who):
    found = _units(sentence.format(n=figure, who=who))
    assert (Decimal(figure.replace(",", "")), unit) in found


def test_a_counted_word_with_no_s_gives_way_to_the_plural_after_it():
    text = (
        "In all, 6,204 adults took part (3,101 booster, 3,103 placebo), the trial's authors said.\n\n"
        "Serious illness occurred in 41 booster recipients and 97 placebo recipients, the authors said."
    )
    found = _units(text)
    assert (Decimal(41), "recipients") in found
    assert (Decimal(97), "recipients") in found


NEGATIVES = [
    ("Wardens handed out 200 parking fine notices in June, the council said.", Decimal(200), "notices"),
    ("The hall took 45 trundels a head, and 300 guests came, the owners said.", Decimal(45), "trundels"),
    ("The hall took 45 trundels a head, and 300 guests came, the owners said.", Decimal(300), "guests"),
    ("The board paid 12 staff bonuses last year, the report said.", Decimal(12), "bonuses"),
    ("Officers issued 14 fixed penalty notices, the force said.", Decimal(14), "notices"),
]


@pytest.mark.parametrize(("text", "value", "unit"), NEGATIVES)
def test_counts_and_currencies_stay_as_they_are(text, value, unit):
    assert (value, unit) in _units(text)


def test_a_fine_with_no_determiner_is_not_a_sum():
    found = _units(OPENING + "Of the 38 councils, 14 fine drivers for it, the report said.")
    assert (Decimal(14), "trundels") not in found
