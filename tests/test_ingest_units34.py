"""
Units of figures whose noun is named elsewhere (round 34): "N of them" after a plural that closes an earlier clause of
its sentence stands for that plural, before whatever the paragraph or the page counted last.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_counts_of_them_in_the_plural_that_closes_the_clause_before():
    text = (
        "The county says it has hired 12 extra gritters since the autumn. Has that helped?\n\n"
        "We were promised new depots and we have opened five of them."
    )
    assert _units(text)[-1] == (Decimal(5), "depots")


def test_it_counts_of_them_in_the_plural_a_comparison_closes():
    text = (
        "The aquarium had 48,200 visitors last year, its manager said. "
        '"We had more coach parties than ever, about 210 of them," she said.'
    )
    assert _units(text)[-1] == (Decimal(210), "parties")


def test_it_leaves_a_plural_inside_a_list_to_the_head_it_belongs_to():
    text = (
        '"We buy from a dozen makers of frames and wheels, and we rely on three of them for nearly all of it," '
        "the owner said."
    )
    assert (Decimal(3), "makers") in _units(text)


def test_it_counts_a_level_passed_in_its_plural_subject():
    text = "Bookings this year have passed 8,400, the campsite said."
    assert _units(text) == [(Decimal(8400), "bookings")]


def test_it_counts_a_level_of_sales_passed_in_the_goods_sold():
    text = "The show opens in May. Programme sales have already passed 3,100, the theatre said."
    assert _units(text) == [(Decimal(3100), "programmes")]


def test_it_counts_a_number_word_closing_a_list_in_the_first_items_noun():
    text = "Harnby has had 14 closures and the coast two."
    assert _units(text) == [(Decimal(14), "closures"), (Decimal(2), "closures")]


def test_it_gives_no_unit_to_a_number_word_that_names_a_time_after_a_list_item():
    text = "The city lost 40 jobs and the port two years ago."
    assert _units(text) == [(Decimal(40), "jobs")]
