"""House styles of round 30: the same claim as publishers differ in writing it (per cent, titles, present tense)."""

from decimal import Decimal

from ingest.extraction import clean_text
from tests.ingest_helpers import figures, mentions, speakers

HEAD = "Council sets out its spending\n\n"


def test_per_cent_written_pc_is_a_percentage():
    text = HEAD + "Unemployment in the valley rose to 7.2pc in March, the statistics office said."
    assert (Decimal("7.2"), "percent") in figures(text)


def test_per_cent_written_pc_after_a_space_is_a_percentage():
    text = HEAD + "Unemployment in the valley rose to 7.2 pc in March, the statistics office said."
    assert (Decimal("7.2"), "percent") in figures(text)


def test_per_cent_written_pct_as_wires_do_is_a_percentage():
    text = HEAD + "Unemployment in the valley rose to 7.2 pct in March, the statistics office said."
    assert (Decimal("7.2"), "percent") in figures(text)


def _second_mention(title: str, introduced: str = "Tom Pell, the harbour master, spoke to reporters on Monday.") -> str:
    return HEAD + f"{introduced}\n\nThe harbour handled 3,000 ships last year, {title} Pell said."


def test_a_councillor_abbreviated_cllr_is_the_person_named_before():
    assert speakers(_second_mention("Cllr")) == ["Tom Pell"]


def test_the_title_mx_is_the_person_named_before():
    assert speakers(_second_mention("Mx")) == ["Tom Pell"]


def test_a_superintendent_abbreviated_supt_is_the_person_named_before():
    assert speakers(_second_mention("Supt")) == ["Tom Pell"]


def test_the_reverend_abbreviated_rev_is_the_person_named_before():
    assert speakers(_second_mention("the Rev")) == ["Tom Pell"]


def test_two_abbreviated_ranks_before_a_surname_are_both_titles():
    assert speakers(_second_mention("Lt Col")) == ["Tom Pell"]
    assert speakers(_second_mention("Det Insp")) == ["Tom Pell"]


def test_an_american_councilman_is_the_person_named_before():
    assert speakers(_second_mention("Councilman")) == ["Tom Pell"]


def test_a_title_of_address_still_resolves_as_before():
    assert speakers(_second_mention("Mr")) == ["Tom Pell"]
    assert speakers(_second_mention("Dr.")) == ["Tom Pell"]


def _pronoun_after(verb: str) -> str:
    opening = "Tom Pell, the harbour master, spoke to reporters on Monday."
    return HEAD + f"{opening}\n\nThe harbour handled 3,000 ships last year, he {verb}."


def test_a_present_tense_cue_after_a_pronoun_closing_the_sentence_reports():
    for verb in ("adds", "notes", "estimates", "explains", "insists"):
        assert speakers(_pronoun_after(verb)) == ["Tom Pell"], verb


def test_the_past_tense_cue_after_a_pronoun_still_reports():
    assert speakers(_pronoun_after("added")) == ["Tom Pell"]


def test_a_plural_noun_closing_a_sentence_is_still_no_cue():
    text = HEAD + "The harbour handled 3,000 ships last year, according to its own records."
    assert [m.value for m in mentions(text)] == [Decimal(3000)]


def test_a_currency_code_before_a_scaled_figure_is_its_unit():
    text = HEAD + "The council will spend Kr250m on the new bridge, the mayor said."
    assert (Decimal(250_000_000), "Kr") in figures(text)


def test_a_currency_code_spaced_from_a_scaled_figure_is_its_unit():
    text = HEAD + "The council will spend ZL 3.5bn on the new bridge, the mayor said."
    assert (Decimal(3_500_000_000), "ZL") in figures(text)


def test_any_currency_sign_before_a_figure_is_its_unit():
    text = HEAD + "The council will spend ₹40m on the new bridge, the mayor said."
    assert (Decimal(40_000_000), "rupees") in figures(text)
    text = HEAD + "The council will spend ₮40m on the new bridge, the mayor said."
    assert (Decimal(40_000_000), "₮") in figures(text)


def test_a_known_code_before_a_figure_keeps_its_currency():
    text = HEAD + "The council will spend EUR 80m on the new bridge, the mayor said."
    assert (Decimal(80_000_000), "euros") in figures(text)


def test_a_short_word_or_a_country_before_a_scaled_figure_is_no_currency():
    text = HEAD + "In 2m homes the heating failed last winter, the energy regulator said."
    assert (Decimal(2_000_000), "homes") in figures(text)
    text = HEAD + "The UK 5m scheme was cut in half last year, the minister said."
    assert all(unit != "UK" for _, unit in figures(text))


def test_a_code_before_a_figure_without_a_scale_is_no_currency():
    text = HEAD + "The QX 40 jets were grounded for checks on Monday, the airline said."
    assert all(unit != "QX" for _, unit in figures(text))


FIRM = "Harrow Foods will hire 300 people this year, its owner said."


def test_a_dateline_with_the_place_in_title_case_and_an_agency_is_no_subject():
    assert speakers(HEAD + f"Portville, May 3 (WNS) — {FIRM}") == ["Harrow Foods"]
    assert speakers(HEAD + f"Portville (WNS) – {FIRM}") == ["Harrow Foods"]


def test_a_dateline_with_the_place_in_title_case_and_a_date_is_no_subject():
    assert speakers(HEAD + f"Portville, 3 May: {FIRM}") == ["Harrow Foods"]


def test_a_dateline_in_capitals_still_is_no_subject():
    assert speakers(HEAD + f"PORTVILLE, May 3 (WNS) - {FIRM}") == ["Harrow Foods"]


def test_the_date_of_a_title_case_dateline_is_no_claim_of_its_own():
    found = figures(HEAD + f"Portville, May 3 (WNS) — {FIRM}")
    assert found == [(Decimal(300), "people")]


def test_a_wire_credited_after_the_last_sentence_leaves_the_paragraph_prose():
    for credit in (" — Wire", " – WNS", " (WNS)", " (Wire News)"):
        assert clean_text(HEAD + FIRM + credit).endswith(FIRM), credit


def test_a_bracket_closing_a_sentence_of_the_text_is_kept():
    line = "Harrow Foods will hire 300 people this year (up from 250)."
    assert clean_text(HEAD + line).endswith(line)


def test_the_wires_abbreviations_of_million_and_billion_scale_a_figure():
    text = HEAD + "The firm will spend $4.5 mln on the new plant, Harrow Foods says."
    assert (Decimal(4_500_000), "dollars") in figures(text)
    text = HEAD + "The firm will spend $4.5bln on the new plant, Harrow Foods says."
    assert (Decimal(4_500_000_000), "dollars") in figures(text)


def test_million_abbreviated_mn_after_a_space_scales_a_figure():
    text = HEAD + "The firm will spend $4.5 mn on the new plant, Harrow Foods says."
    assert (Decimal(4_500_000), "dollars") in figures(text)


def test_trillion_abbreviated_tn_scales_a_figure():
    text = HEAD + "The state owes $1.2tn to its creditors, the finance ministry says."
    assert (Decimal(1_200_000_000_000), "dollars") in figures(text)


def test_a_decimal_comma_before_a_scale_is_a_decimal():
    text = HEAD + "The firm will spend 4,5 million dalts on the new plant, Harrow Foods says."
    assert (Decimal(4_500_000), "dalts") in figures(text)


def test_a_comma_of_thousands_before_a_scale_is_still_one():
    text = HEAD + "The firm will spend 4,500 million dalts on the new plant, Harrow Foods says."
    assert (Decimal(4_500_000_000), "dalts") in figures(text)


def test_a_spaced_m_is_no_million():
    text = HEAD + "The new wall stands 4.5 m high along the quay, the harbour board said."
    assert all(value != Decimal(4_500_000) for value, _ in figures(text))


def test_according_to_a_body_s_titled_officer_is_the_officer():
    text = HEAD + "The firm will hire 300 people, according to Harrow Foods chief executive Jane Roe."
    assert speakers(text) == ["Jane Roe"]


def test_according_to_a_body_s_document_is_still_the_body():
    text = HEAD + "The firm will hire 300 people, according to Harrow Foods annual accounts."
    assert speakers(text) == ["Harrow Foods"]


def test_an_office_abbreviated_in_apposition_describes_the_name_before_it():
    for office in ("Harrow Foods' CEO", "CEO of Harrow Foods", "the firm's CFO"):
        text = HEAD + f"Jane Roe, {office}, said the firm would hire 300 people this year."
        assert speakers(text) == ["Jane Roe"], office


def test_a_body_in_apposition_to_a_name_is_still_the_name_given():
    text = HEAD + "The largest grocer, Harrow Foods, said it would hire 300 people this year."
    assert speakers(text) == ["Harrow Foods"]
