"""
Quantities written in words (tests/ingest_fam_wordqty): a scale and a half ("a million and a half"), the count a
plural without -s names ("the number of geese"), a group named by its size ("a six-strong team of advisers").
"""

from decimal import Decimal

from ingest.numbers import find_figures


def _units(sentence: str) -> dict[Decimal, str]:
    return {f.value: f.unit for f in find_figures(sentence)}


def test_it_reads_a_million_and_a_half_as_one_and_a_half_million():
    assert _units("Two million and a half visitors came, and a million and a half tonnes of grain went north.") == {
        Decimal(2500000): "visitors",
        Decimal(1500000): "tonnes",
    }


def test_it_counts_the_number_of_a_plural_without_s():
    assert _units("The number of sheep on the common has passed 1.5 million.") == {Decimal(1500000): "sheep"}


def test_it_counts_the_number_named_before_a_number_word_and_when_it_was_reached():
    found = _units("The number of cranes on the marsh has passed two hundred for the first time.")
    assert found == {Decimal(200): "cranes"}


def test_it_counts_a_group_named_by_its_size_in_what_it_is_of():
    assert _units("The council sent a nine-strong team of inspectors to the quarry.") == {Decimal(9): "inspectors"}


def test_it_counts_a_group_named_by_its_size_alone_in_members():
    assert _units("A 15-strong review panel will report in June.") == {Decimal(15): "members"}
