"""Speakers that are no speakers, and bodies given by their kind alone (round 34)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


INTERVIEW = """Ski jump World Cup saved by late grant

The ski jumping World Cup event at Halmstedt will go ahead in January after the government stepped in, the organisers \
have confirmed.

QBC Sport spoke to Pia Lundmark, who chairs the organising committee.

Q: How close did Halmstedt come to losing the event?

Pia Lundmark: Very close. Two weeks ago I was drafting the letter to say we could not do it.

Q: Is the grant enough?

Lundmark: It gets us to the start line. We need to sell 25,000 tickets to break even, and we are not there yet.

Q: And if the winter is warm?

Lundmark: Then we have a problem. We had only three nights cold enough last December.
"""


def test_an_interviews_answers_are_in_the_voice_of_the_one_their_labels_name():
    assert _claims(INTERVIEW) == [(Decimal(25000), "tickets", "Pia Lundmark")]


def test_one_of_a_group_counted_by_its_size_speaks_for_the_group():
    text = (
        "Two shop owners on Kirkegata, who did not want to be named, said their takings were down. "
        '"Some days we see fewer than 30 customers," one said.'
    )
    assert _claims(text) == [(Decimal(30), "customers", "Two shop owners on Kirkegata")]


def test_a_chamber_of_commerce_is_not_cut_at_its_of():
    text = "Footfall rose by 18 per cent in the first year, according to the town's chamber of commerce."
    assert _claims(text) == [(Decimal(18), "percent", "town's chamber of commerce")]


def test_a_body_an_opening_gives_by_its_kind_is_named_by_the_next_report():
    text = (
        "Brennick International Airport handled a record 31.2 million passengers last year, its operator said.\n\n"
        "Brennick Airport Group said traffic rose 11.4 per cent from 2026."
    )
    assert _claims(text) == [
        (Decimal("31200000"), "passengers", "Brennick Airport Group"),
        (Decimal("11.4"), "percent", "Brennick Airport Group"),
    ]


def test_a_business_name_ending_in_co_is_a_body():
    text = (
        "The plant, owned by state-controlled Estmarran Petroleum Co (EPC), can process about 210,000 barrels of crude "
        "a day, according to the company's website."
    )
    assert _claims(text) == [(Decimal(210000), "barrels", "Estmarran Petroleum Co (EPC)")]


def test_a_place_that_records_a_statistic_is_no_speaker():
    assert _claims("The capital region recorded the highest growth, at 1.1 per cent.") == [
        (Decimal("1.1"), "percent", None)
    ]


def test_a_quarrel_is_no_report():
    text = "The two governments have argued since 2023 over the Arvel dam, a scheme that cost 1.8 billion euros."
    assert _claims(text) == [(Decimal("1800000000"), "euros", None)]


def test_the_two_sides_are_the_parties_by_the_subject_of_the_clause():
    text = (
        "The government of Tervane has agreed to pay Halvane Semiconductor 2.8 billion lirens in grants, "
        "the two sides said on Friday."
    )
    assert _claims(text) == [(Decimal("2800000000"), "lirens", "government of Tervane")]


def test_the_company_is_the_name_the_sentence_opens_with_not_its_owner():
    text = "Lumo, owned by the Varlest-based media group Castellan, has about 900,000 subscribers, the company says."
    assert _claims(text) == [(Decimal(900000), "subscribers", "Lumo")]


def test_an_intensifying_reflexive_is_no_part_of_a_name():
    text = "The observer mission itself is stretched. It has 260 monitors, according to its latest report."
    assert _claims(text) == [(Decimal(260), "monitors", "observer mission")]


def test_a_reckoning_no_named_writer_owns_has_no_speaker():
    assert _claims("So that's about a third of the village already, by my maths.") == [
        (Decimal("33.3"), "percent", None)
    ]
