"""
Targets, limits and standards told as background (tests/ingest_labelling.md, "Settled in session 27"): the body the
sentence names in the possessive as the target's owner speaks for it, whoever reports the rest of the sentence; a target
no one is named as setting, told with no source in its sentence, has no speaker, even where the paragraph carries on a
source's figures; a body the sentence names setting the target itself keeps it.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_the_owner_of_a_target_named_in_the_possessive_mid_sentence_speaks_for_it():
    text = "Builders finished 41,200 flats in Marlow last year, well below the government's target of 55,000."
    assert _speakers(text)[Decimal(55000)] == "government"


def test_the_possessive_owner_wins_over_the_source_reporting_the_sentence():
    text = (
        "The Orrin Tenants' Union said repairs took an average of 19 days at Harbour Court, against the council's "
        "limit of 14 days."
    )
    assert _speakers(text)[Decimal(14)] == "council"


def test_a_named_body_with_its_article_owns_its_cap():
    text = "Kelby Rovers spent 74 percent of turnover on wages, above the Western Conference's cap of 60 percent."
    assert _speakers(text)[Decimal(60)] == "Western Conference"


def test_a_target_opening_its_sentence_with_its_owner():
    text = "Exports of timber fell to 2.1 million tonnes. The government's target is 3 million tonnes a year."
    assert _speakers(text)[Decimal(3000000)] == "government"


def test_a_target_no_one_sets_is_not_carried_on_from_the_source_of_the_paragraph():
    text = (
        "Ambulances took an average of 52 minutes to reach stroke patients in March, the Vale Ambulance Trust's "
        "figures show. The average wait for a callback from a nurse was 3.1 hours, against a target of 2 hours."
    )
    speakers = _speakers(text)
    assert speakers[Decimal("3.1")] is not None
    assert speakers[Decimal(2)] is None


def test_a_legal_limit_set_off_after_its_figure_has_no_speaker():
    text = (
        "Secondary classes in Dunmore are the largest in the county, according to figures published by the county "
        "schools office on Wednesday.\n\nThe average class in the town's nine secondary schools now has 28.2 pupils, "
        "up from 26.5 last year.\n\nFour of the nine schools have at least one class of more than 30, the legal limit "
        "for practical science lessons."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(4)] == "county schools office"
    assert speakers[Decimal(30)] is None
    # a body the sentence names setting the limit itself keeps it
    text = "The county council closed the Millbeck bridge to lorries in May. It has set a weight limit of 18 tonnes."
    assert _speakers(text)[Decimal(18)] is not None
