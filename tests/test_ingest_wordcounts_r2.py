"""
Counts in words (tests/ingest_labelling.md, session 24): "the N things" is a count when the sentence names the set it
counts (a name before the noun, where the things are, a relative clause of its own), and a reference when it only
points back to parties already named; a body's background ("which runs three factories") is a count too.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_it_counts_a_set_named_by_a_name_before_its_noun():
    text = "The landlord said the lifts in the three Hallan towers broke down 412 times this year."
    assert (Decimal(3), "towers") in figures(text)


def test_it_counts_a_set_named_by_where_it_is_not_by_when_or_a_rank():
    assert (Decimal(3), "villages") in figures("The three villages above the pass are cut off by the rockfall.")
    assert (Decimal(2), "sites") not in figures("It issued 6,240 notices at the two sites in the year to September.")
    assert (Decimal(2), "bends") not in figures("The new route removes the two sharpest bends on the riverside.")


def test_it_counts_a_set_named_by_a_relative_clause():
    text = '"Our thoughts are with the families of the four men we lost," the chief executive said.'
    assert (Decimal(4), "men") in figures(text)


def test_it_counts_what_a_body_runs_in_its_background_not_what_a_speaker_owns():
    text = "The harvest is processed by the Ammerholt Sugar Company, which runs three factories in the lowlands."
    assert (Decimal(3), "factories") in figures(text)
    assert (Decimal(2), "trawlers") not in figures('"Catches were good," said Ola Henning, who owns two trawlers.')


def test_it_reads_a_numbered_lift_as_a_name_after_a_count_of_towers():
    text = (
        "The lifts in the three Hallan towers broke down again. Lift 3 in the west tower was out of service on Friday."
    )
    assert [unit for value, unit in figures(text) if value == 3] == ["towers"]
