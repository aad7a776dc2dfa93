"""Review fixes to round 31's figure rules: currency signs, revision verbs, a place's distance."""

from decimal import Decimal

from ingest.extraction import clean_text, extract

HEAD = "Regional report\n\n"


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(HEAD + text))]


def test_it_reads_a_known_lettered_dollar_sign_as_dollars_beside_a_plural_with_its_letter():
    text = (
        "The telecom group paid C$3bn for the rival network, its finance chief said. "
        "The deal brings it 1.2 million customers, she said."
    )
    found = _figures(text)
    assert (Decimal("3000000000"), "dollars") in found
    assert (Decimal("3000000000"), "customers") not in found


def test_it_keeps_an_unknown_lettered_sign_as_its_unit():
    text = (
        "A ferry ticket now costs D$ 8.40, the transit office said. "
        "The operator carried 2 million daytrippers last year, it said."
    )
    found = _figures(text)
    assert (Decimal("8.40"), "D$") in found


def test_it_does_not_count_a_revised_growth_forecast_in_growths():
    found = _figures("The central bank raised its growth forecast to 2.5 from 2.1, its governor said.")
    assert [unit for _, unit in found if unit == "growths"] == []


def test_it_does_not_count_a_revised_housing_target_in_housings():
    found = _figures("The ministry cut its housing target to 400 from 650 this year, officials said.")
    assert [unit for _, unit in found if unit == "housings"] == []


def test_it_does_not_read_a_place_a_mile_north_of_a_village_as_a_measure():
    found = _figures("The landslide buried the road about a mile north of the village, police said.")
    assert found == []


def test_it_still_reads_one_hedged_metre_of_a_rise():
    found = _figures("The flood water rose more than a metre in six hours, the agency said.")
    assert found == [(Decimal("1"), "metres")]


def test_it_does_not_take_since_the_conjunction_as_a_later_revision():
    text = (
        "The museum has lost 300,000 crowns in ticket sales since the council cut its grant to 450,000 crowns, "
        "its director said."
    )
    found = [(m.value, m.previous_value) for m in extract(clean_text(HEAD + text))]
    assert found == [(Decimal("300000"), None), (Decimal("450000"), None)]
