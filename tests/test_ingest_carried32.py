"""Round 32: a report's or agency's figures, the base of a rate, and a subject who only does what is counted."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text))]


def test_it_reads_the_base_of_a_rate_per_thousand_as_part_of_the_rate():
    text = "Clinics in the west saw 318 patients per 10,000 residents, against 211 in the east, the review found."
    assert _found(text) == [
        (Decimal(318), "patients", "review"),
        (Decimal(211), "patients", "review"),
    ]


def test_it_reads_a_bare_rate_per_thousand_without_its_base():
    text = "The usual rate is about 4 complaints per 1,000 flights, the regulator said."
    assert _found(text) == [(Decimal(4), "complaints", "regulator")]


def test_it_gives_what_a_subject_wrote_to_the_body_that_counted_it():
    text = "Vets in Pellam wrote 2.3 million pet prescriptions last year, the inspectorate said on Monday."
    assert _found(text) == [(Decimal(2300000), "prescriptions", "inspectorate")]


def test_it_ends_an_according_to_source_at_a_dash_set_off_by_spaces():
    text = (
        "Drained marshes give off some 2.2 million tonnes of methane a year, according to the climate office - "
        "about 6 per cent of the total."
    )
    assert _found(text) == [
        (Decimal(2200000), "tonnes", "climate office"),
        (Decimal(6), "percent", "climate office"),
    ]


def test_it_gives_a_relative_after_a_closing_cue_to_the_report_it_goes_on_with():
    text = (
        "The ministry has set aside 80 million crowns for flood walls, the audit office says, of which less than a "
        "quarter has been paid."
    )
    assert _found(text) == [
        (Decimal(80000000), "crowns", "audit office"),
        (Decimal(25), "percent", "audit office"),
    ]


def test_it_keeps_a_relative_on_a_speaker_named_after_the_cue_out_of_the_report():
    text = "Prices will rise next year, said Colin Arvesen, a trader who has run 14 stalls."
    assert _found(text) == [(Decimal(14), "stalls", None)]


def test_it_gives_the_other_half_of_a_while_comparison_to_the_report_it_follows():
    text = "Bonds returned 4.1 per cent, the trust said, while its forestry holdings lost 2.7 per cent of their value."
    assert _found(text) == [
        (Decimal("4.1"), "percent", "trust"),
        (Decimal("2.7"), "percent", "trust"),
    ]


def test_it_gives_a_backshifted_clause_after_a_closing_report_to_its_speaker():
    text = (
        "Gerda Amsel, a tenants' adviser, spoke on Friday. Wages were flat, Amsel said, and heating bills had risen "
        "by 14 per cent since the spring."
    )
    assert _found(text) == [(Decimal(14), "percent", "Gerda Amsel")]


def test_it_gives_a_body_going_on_about_itself_as_it_the_figure():
    text = "Some 41,000 visits were logged last year, the museum said, and it expects to reach 55,000 by 2030."
    assert _found(text) == [
        (Decimal(41000), "visits", "museum"),
        (Decimal(55000), "visits", "museum"),
    ]


def test_it_counts_a_part_of_a_whole_in_words_by_the_noun_after_its_modifiers():
    text = "Three of the seven biggest ferry operators have since left the harbour."
    assert _found(text) == [(Decimal(3), "operators", None)]
