"""
Two plural nouns joined by "and" after a figure are counted together: the unit is the coordination as the page writes
it ("universities and colleges"), not its first noun (tests/ingest_labelling.md, session 25, "Units: the head noun").
A collective subject opening its sentence ("Membership was steady at 1,180") counts its members, as in lower case.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_two_plural_nouns_after_a_figure_are_one_unit():
    text = "The new library service will lend books to 63 schools and nurseries across the district, the council said."
    assert (Decimal(63), "schools and nurseries", "council") in _figures(text)


def test_a_named_modifier_before_the_coordination_is_left_out():
    text = "The ferry carried 412 Danish students and teachers from Esbjerg on Sunday, the operator said."
    assert (Decimal(412), "students and teachers", "operator") in _figures(text)


def test_the_coordination_at_the_end_of_a_sentence():
    text = "Inspectors from the Food Standards Agency visited 85 bakeries and butchers."
    assert (Decimal(85), "bakeries and butchers", "Food Standards Agency") in _figures(text)


def test_a_collective_subject_opening_its_sentence_counts_its_members():
    text = "Turnover rose to 2.4 million kroner. Headcount stayed level at 46, the firm said."
    assert (Decimal(46), "staff", "firm") in _figures(text)


def test_membership_flat_at_a_level_after_a_sum_counts_members():
    text = "The club's bar made 38,000 kroner. Membership was steady at 1,180, its secretary said."
    assert (Decimal(1180), "members", "its secretary") in _figures(text)
