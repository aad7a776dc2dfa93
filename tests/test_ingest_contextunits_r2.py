"""
Figures whose unit is not next to them (round 2): the level a change reached counts the plural subject of its verb,
in words as in digits, past a phrase set off before the subject or an appositive after it, and in a passive revision;
a labelled list of a market report's prices is in the report's currency, given once (tests/ingest_labelling.md,
lists with the unit given once); a number word opening its sentence counts the plural subject of the sentence right
before.
"""

from decimal import Decimal

from ingest.extraction import clean_text
from tests.ingest_helpers import figures, revisions


def test_it_counts_a_number_word_level_in_its_subject():
    text = "Thefts from parked vans fell to three from nine, the police said."
    assert (Decimal(3), "thefts", Decimal(9)) in revisions(text)


def test_it_counts_a_passive_revision_in_its_subject():
    text = "The council said the gritting teams would be reduced from eight to five next winter."
    assert (Decimal(5), "teams", Decimal(8)) in revisions(text)


def test_it_reads_the_subject_past_a_fronted_phrase_and_an_appositive():
    text = "According to the board, school transfers, a measure of family moves, rose to 2,310 from 1,980."
    assert (Decimal(2310), "transfers", Decimal(1980)) in revisions(text)


def test_it_counts_a_waiting_list_revised_down_in_the_people_on_it():
    text = (
        "Surgeons said the hospital closed two wards.\n\nThe waiting list was revised down to 3,700 from 4,250 in May."
    )
    assert (Decimal(3700), "people", Decimal(4250)) in revisions(text)


MART_PAGE = """THE HILL FARMER
Livestock | Arable

Marts

Brennock: a firm trade for store lambs

By our markets reporter
3 May 2026

Brennock Mart sold 1,230 store lambs on Monday. They averaged 88.20 marks a head, up 2.40 on the week.

Top prices per head: Ola Strand, Hill End 119, Per Lund, Moss Farm 112.50.

Cull ewes were steady at 61.30 marks a head.
"""


def test_it_prices_a_labelled_list_in_the_reports_currency():
    found = figures(clean_text(MART_PAGE))
    assert (Decimal(119), "marks") in found and (Decimal("112.50"), "marks") in found


def test_it_counts_an_opening_number_word_in_the_subject_before():
    text = "Store heifers met a keen trade on Tuesday.\nHeavy bullocks sold well. Forty-one were bought by one dealer."
    assert (Decimal(41), "bullocks") in figures(text)
