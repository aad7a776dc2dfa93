"""Round 31: revised figures, a new value with the one it replaced."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(text))]


def test_it_reads_a_change_measured_against_a_year_earlier_after_a_member_count():
    found = _found("The guild has 640 member bakeries, down from 715 a year earlier.")
    assert (Decimal(640), "bakeries", Decimal(715)) in found


def test_it_counts_a_revised_target_in_what_the_target_is_for():
    found = _found(
        "The river authority counted 90 pumping stations. It raised its target for new flood barriers next year "
        "to 64 from 52."
    )
    assert (Decimal(64), "barriers", Decimal(52)) in found


def test_it_counts_a_revised_estimate_in_the_noun_before_estimate():
    found = _found("The port handled 70 ships. We cut our own collision estimate for the winter to 18 from 25.")
    assert (Decimal(18), "collisions", Decimal(25)) in found


def test_it_counts_a_shortened_list_in_what_the_list_holds():
    found = _found("The trust runs 300 wards. It cut the list of clinics awaiting new roofs to 12 from 30.")
    assert (Decimal(12), "clinics", Decimal(30)) in found


def test_it_counts_the_level_of_a_passive_change_in_its_subject():
    found = _found("The mill opened in 1950. In 1998 the workforce was cut to 35 from 52.")
    assert (Decimal(35), "workers", Decimal(52)) in found
