"""Figures in words whose noun is implied: the part of a whole in words, periods counted (round 31)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_counts_a_part_of_a_whole_in_words_as_the_noun_named_before():
    found = _figures("When the lifeboats of the harbour were counted, six of the nine at the quay were new.")
    assert (Decimal(6), "lifeboats") in found
    assert not any(unit == "nine" for _, unit in found)


def test_it_counts_a_part_of_the_last_periods_in_words_as_those_periods():
    found = _figures("The fund aims to beat inflation over five years, and it has done so in three of the last five.")
    assert (Decimal(3), "years") in found
    assert not any(unit == "five" for _, unit in found)


def test_it_counts_periods_of_a_whole_in_words():
    assert (Decimal(2), "years") in _figures("The bakery made a profit in two of the six years it traded.")


def test_it_takes_no_irregular_participle_for_a_unit():
    text = "The club said 4,210 fans came, beating the record of 3,980 set in 2017. Hundreds more stood outside."
    found = _figures(text)
    assert not any(unit == "set" for _, unit in found)
    assert (Decimal(200), "fans") in found


def test_it_reads_a_hedged_one_of_a_measure_as_one():
    found = _figures("The river rose more than a metre overnight, and the mill lost about a tonne of flour, he said.")
    assert (Decimal(1), "metres") in found
    assert (Decimal(1), "tonnes") in found


def test_it_reads_no_distance_of_a_place_as_one_of_a_measure():
    assert _figures("The ferry sank less than a kilometre from the harbour wall.") == []


def test_it_counts_a_number_word_subject_before_a_verb_without_ed():
    text = "The depot employed 40 drivers in March. The union said nine had left since then."
    assert (Decimal(9), "drivers") in _figures(text)


def test_it_counts_a_stressed_number_word_object_as_what_was_counted():
    text = "The clinic booked 30 appointments on Monday. The nurse said she cancelled all eight."
    assert (Decimal(8), "appointments") in _figures(text)
