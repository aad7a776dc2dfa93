"""
A body's own act with its own figure is that body speaking: a rate it pays others, to whom or for each unit, or
agrees to pay (tests/ingest_labelling.md, session 23, "A body's own act with its own figure"); what it pays at
another's price (rent) and a description of the body stay no one's.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in extract(clean_text(text)) if m.value == value)


def test_what_a_body_pays_is_its_own_figure():
    text = "Grain is bought by the Orbel Milling Company. The company pays farmers 212 crowns a tonne for wheat."
    assert _speaker_of(text, Decimal(212)) is not None


def test_what_a_ministry_pays_is_the_ministry_s():
    text = "The health ministry pays the clinic 3 million crowns a year to run the ward."
    assert _speaker_of(text, Decimal(3000000)) == "health ministry"


def test_agreeing_to_pay_after_a_time_is_the_body_s():
    text = "The transport ministry agreed in 2024 to pay 61 crowns a passenger for the service."
    assert _speaker_of(text, Decimal(61)) == "transport ministry"


def test_a_body_s_size_stays_background():
    text = "Orbel Air flies from Dunmarch. The airline employs about 700 people and pays its pilots well."
    assert _speaker_of(text, Decimal(700)) is None


def test_a_rate_paid_for_each_unit_is_the_payer_s():
    text = "The wildlife agency pays 900 crowns for each calf killed by wolves."
    assert _speaker_of(text, Decimal(900)) == "wildlife agency"


def test_rent_a_body_pays_is_not_its_own_price():
    text = "The rowing club, which trains on the lake, pays 40,000 crowns a year in rent."
    assert _speaker_of(text, Decimal(40000)) is None
