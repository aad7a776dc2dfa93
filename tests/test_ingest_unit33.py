"""The unit of a figure whose noun is told elsewhere (round 33, branch unit33)."""

from decimal import Decimal

from ingest.numbers import find_figures


def _figures(sentence: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_a_difference_set_off_after_a_count_counts_what_the_count_counted():
    sentence = "The brewery employed 1,210 staff in June, some 85 fewer than a year before."
    assert (Decimal(85), "staff") in _figures(sentence)
    # before a noun, "fewer" modifies it as "more" does
    assert (Decimal(3000), "pupils") in _figures("This spring 3,000 fewer pupils sat the chemistry exam.")


def test_a_participle_after_a_sum_is_not_what_it_counts():
    sentence = "Donors gave 95 million marrels, well short of the 140 million sought by the agency."
    assert (Decimal(140000000), "marrels") in _figures(sentence)


def test_a_verb_after_a_figure_is_not_what_it_counts():
    sentence = "About 48,000 families farmed the plain in 1990; the survey says fewer than 30,000 remain."
    assert (Decimal(30000), "families") in _figures(sentence)


def test_an_adverb_after_a_figure_is_not_what_it_counts():
    units = {unit for _, unit in _figures("She was given the Order of the Lark, one of only 14 ever awarded.")}
    units |= {unit for _, unit in _figures("The two offers were 85 apart in May.")}
    assert not units & {"ever", "apart"}
