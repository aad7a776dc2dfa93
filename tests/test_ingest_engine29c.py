"""
Engine 29c: word quantities and vague counts the engine left out (a vague word's noun after "of the" or "of
those", a pronoun's antecedent inside a quotation or past a verb, the larger scales after "several") and a share
read at two places.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_it_reads_a_pronoun_in_a_quotation_as_what_the_quoted_words_named():
    text = (
        'The mayor, speaking outside the council offices: "We have reopened libraries that were shut for years, '
        'more than a dozen of them, and there is more to come."'
    )
    figures = _figures(text)
    assert (Decimal(12), "libraries") in figures
    assert (Decimal(12), "offices") not in figures


def test_it_takes_no_verb_after_a_subject_pronoun_for_the_antecedent():
    text = (
        "Measles spreads fast among the unvaccinated. It sends about 900 children to hospital each year and "
        "leaves several dozen of them with lasting damage, the health agency said."
    )
    assert (Decimal(36), "children") in _figures(text)


def test_it_counts_several_thousand_of_those_in_the_noun_after_the_demonstrative():
    text = "The register lists 12,000 boats. Inspectors found that several thousand of those boats never leave port."
    assert (Decimal(3000), "boats") in _figures(text)


def test_it_reads_several_hundred_million_as_three_hundred_million():
    text = "Analysts said a bond issue of several hundred million kestrels would follow within weeks."
    assert (Decimal(300_000_000), "kestrels") in _figures(text)


def test_it_counts_a_loose_figure_in_the_whole_it_is_part_of():
    text = "The receivers hope to sell a dozen or so of the hotels before the summer, they said."
    assert (Decimal(12), "hotels") in _figures(text)


def test_it_keeps_a_share_exact_at_two_places():
    text = "About one in sixteen households in the district is behind on its water bill, the utility said."
    assert (Decimal("6.25"), "percent") in _figures(text)


def test_it_takes_an_elliptic_count_as_the_main_clauses_count_not_one_in_a_relative_clause():
    text = (
        "Thieves took 14 paintings from the gallery, which drew 85,000 visitors last year, the court heard. "
        "Only five have been found."
    )
    figures = _figures(text)
    assert (Decimal(5), "paintings") in figures
    assert (Decimal(5), "visitors") not in figures


def test_it_counts_the_set_an_adjective_of_place_or_a_participle_picks_out():
    text = "About 9,000 people live in the three western valleys, the regional council said."
    assert (Decimal(3), "valleys") in _figures(text)
    text = "Some 1,100 families live on the five inhabited skerries, the ferry company said."
    assert (Decimal(5), "skerries") in _figures(text)


def test_it_counts_a_set_placed_by_where_it_is_past_two_modifiers():
    text = "Cases were highest on the three surgical day wards on the second floor, which accounted for 40 of them."
    assert (Decimal(3), "wards") in _figures(text)


def test_it_still_reads_the_two_sides_as_a_reference():
    text = "The two sides met on Monday and agreed a pay rise of 4 per cent, the union said."
    assert (Decimal(2), "sides") not in _figures(text)


def test_it_reads_a_share_a_level_is_put_at_and_barely_as_at_most():
    text = "The ministry expects half of the harvest to be lost; the growers' association put it at barely a third."
    shares = [(m.value, m.qualifier) for m in extract(clean_text(text)) if m.unit == "percent"]
    assert (Decimal("33.3"), "at_most") in shares
