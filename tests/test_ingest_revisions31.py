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


def test_it_reads_a_first_figure_and_the_present_one_across_a_semicolon():
    found = _found(
        "The ministry first said 4,200 homes were affected. "
        "The board's first count, in May, was 4,200; it now says 5,100."
    )
    assert (Decimal(5100), "homes", Decimal(4200)) in found


def test_it_reads_a_pluperfect_estimate_and_the_present_one_across_a_semicolon():
    found = _found(
        "Her memo had put the expected deficit at 3.1 million crowns in March; it now says 3.4 million crowns."
    )
    assert (Decimal(3400000), "crowns", Decimal(3100000)) in found


def test_it_reads_a_figure_put_later_in_place_of_a_first_estimate():
    found = _found(
        "Auditors first estimated the scheme had lost 80,000 crowns in fees, the judge said, but later put the figure "
        "at 95,000 crowns."
    )
    assert (Decimal(95000), "crowns", Decimal(80000)) in found


def test_it_reads_a_sum_later_revised_up_to_a_new_value_as_a_revision_not_a_cap():
    found = _found(
        "Engineers said repairs would come to around 90,000 crowns, a sum the board later revised up to 120,000 crowns."
    )
    assert found == [(Decimal(120000), "crowns", Decimal(90000))]


def test_it_reads_an_apposition_that_tells_the_value_a_figure_replaced():
    found = _found("The trust put its backlog at 41,000 patients in May, a figure it revised last week from 39,500.")
    assert found == [(Decimal(41000), "patients", Decimal(39500))]


def test_it_gives_an_earlier_figure_to_the_new_one_counted_alike():
    found = _found("It now says 220 flats and 14 shops are affected, raising its earlier figure of 180 flats.")
    assert (Decimal(220), "flats", Decimal(180)) in found
    assert (Decimal(14), "shops", None) in found


def test_it_reads_an_earlier_value_put_in_a_sentence_opening_on_an_earlier_time():
    found = _found(
        "The levy fell by about 9 per cent this year, the agency said. Last month it put the fall at 6 per cent."
    )
    assert found == [(Decimal(9), "percent", Decimal(6))]


def test_it_reads_an_earlier_value_put_when_a_plan_was_approved():
    found = _found(
        "The district council said the pool refit had cost 9.6 million crowns. When the work was approved, the "
        "council put the cost at 6.2 million crowns."
    )
    assert found == [(Decimal(9600000), "crowns", Decimal(6200000))]


def test_it_reads_that_offer_raised_as_a_revision_of_the_figure_before():
    found = _found("The archive had previously offered to return 40 maps. It raised that offer to all 212 after talks.")
    assert found == [(Decimal(212), "maps", Decimal(40))]


def test_it_reads_the_latest_figure_before_other_figures_of_its_sentence():
    found = _found(
        "The port's plans originally claimed 9,000 new jobs. The latest version says about 6,500, and roughly half "
        "of those are temporary."
    )
    assert (Decimal(6500), "jobs", Decimal(9000)) in found
    assert (Decimal(50), "percent", None) in found
