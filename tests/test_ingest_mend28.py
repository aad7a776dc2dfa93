"""
Review 28's mends to the forms28 merge (fact-check claim lines, headings in capitals, "N short of a majority"): each
test names a sentence the merged rules misread.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import cleaned_revisions


def test_a_shortfall_is_no_later_value_of_the_count_before_it():
    # the shortfall in the count's unit read as the level the count came to: 84 seats lost, "84 -> 5" invented
    read = cleaned_revisions("The party won 84 seats in 2019. It is now five short of a majority.")
    assert (Decimal(84), "seats", None) in read
    assert (Decimal(5), "seats", None) in read
    read = cleaned_revisions("Last year the appeal raised 40,000 pounds. This year it is 3,000 short of its target.")
    assert (Decimal(40000), "pounds", None) in read
    assert (Decimal(3000), "pounds", None) in read


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


FACT_CHECK = "Fact check: is crime really falling?\n\nBy the Verify desk\n\n"


def test_a_claim_lines_figure_after_the_claimant_is_not_the_claimants():
    # the desk's own check, told on the claim line after the name, is no figure the claimant gave
    speakers = _speakers(
        FACT_CHECK + 'CLAIM: "Crime has fallen by 20 per cent." Jon Rask, Home Secretary, on 3 May. Recorded crime in '
        "fact rose 4 per cent over the period.\n"
    )
    assert speakers[Decimal(20)] == "Jon Rask"
    assert speakers[Decimal(4)] != "Jon Rask"


def test_a_claim_lines_figure_is_the_claimants_after_a_verdict_that_cited_a_source():
    # the quotation took on the source the verdict before it cited, and the claimant gave way to it
    speakers = _speakers(
        FACT_CHECK + 'CLAIM: "Waiting lists have grown by 40,000 patients." - Teodor Brask\n\n'
        "VERDICT: Broadly right. The list stood at 212,000 patients in August, according to the Health Statistics "
        "Office.\n\n"
        'CLAIM: "Recorded crime is down by a fifth." - Marta Ilvane\n\n'
        "VERDICT: Misleading.\n"
    )
    assert speakers[Decimal(212000)] == "Health Statistics Office"
    assert speakers[Decimal(20)] == "Marta Ilvane"


def test_a_claim_lines_claimant_is_a_name_after_a_quotation():
    # a phrase opened in capitals after the quotation, and an apostrophe read as a quotation's close, named claimants
    speakers = _speakers(
        FACT_CHECK + 'CLAIM: "We spend 14 million florins dredging the harbour." In Parliament, Wrede repeated it.\n'
    )
    assert speakers[Decimal(14000000)] != "In Parliament"
    speakers = _speakers(
        FACT_CHECK
        + "The claim: the harbour costs 14 million florins a year. Ministers' Press Office, in a statement.\n"
    )
    assert speakers[Decimal(14000000)] != "Press Office"


HEARING = (
    "Transcript: committee hearing on rents\n\n"
    "The following is an edited transcript of the session, at which the housing campaigner {name} gave evidence.\n\n"
    "CHAIR: Ms Nguyen, how many families are waiting?\n\n"
    "{label}: About 3,400 families are on the list in this city.\n\n"
    "CHAIR: And how long do they wait?\n\n"
    "{label}: On average 19 months.\n"
)


def test_a_transcript_label_naming_a_person_called_an_is_no_section_heading():
    # "AN" opened a heading ("AN EXPLAINER:"), so the campaigner's turns lost their speaker
    speakers = _speakers(HEARING.format(name="An Nguyen", label="AN NGUYEN"))
    assert speakers[Decimal(3400)] == "An Nguyen"
    speakers = _speakers(HEARING.format(name="An Thi Nguyen", label="AN THI NGUYEN"))
    assert speakers[Decimal(3400)] == "An Thi Nguyen"


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_shortfall_of_a_majority_stake_is_no_count_of_seats():
    units = _units("The fund owns 31 per cent of the club. It is 20 short of a majority stake, the filing shows.")
    assert units[Decimal(20)] == "percent"


def test_a_shortfall_is_in_the_unit_of_the_count_it_falls_short_of_told_next():
    # the count before it (the ground's 12,000 seats) gave the unit, not the 50 points the team falls short of
    units = _units(
        "The club has 3,200 members. Its ground holds 12,000, and the team is two short of the 50 points it needs."
    )
    assert units[Decimal(2)] == "points"


def test_a_claim_lines_claimant_is_the_first_named_after_the_quotation_without_a_full_stop_or_title():
    # the name ran on to the line's full stop, and a programme named after a later quotation took the claim
    line = FACT_CHECK + 'CLAIM: "We built 40,000 homes last year" - {}\n\nVERDICT: False.\n'
    assert _speakers(line.format("Ilse Marr."))[Decimal(40000)] == "Ilse Marr"
    assert _speakers(line.format("Dr. Ilse Marr, housing minister"))[Decimal(40000)] == "Ilse Marr"
    assert _speakers(line.format('Ilse Marr, speaking on "Newsnight" BBC Two.'))[Decimal(40000)] == "Ilse Marr"


def test_a_shortfall_is_in_seats_only_when_it_is_the_one_short_of_a_majority():
    # the majority another figure of the sentence fell short of made seats of this one too
    units = _units("The party is 3 short of its target of 40 councillors, and the coalition is 5 short of a majority.")
    assert units[Decimal(3)] == "councillors"
