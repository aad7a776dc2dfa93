"""House styles of round 30: the same claim as publishers differ in writing it (per cent, titles, present tense)."""

from decimal import Decimal

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
