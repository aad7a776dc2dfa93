"""
An unnamed source is named by its whole description up to its reporting verb, set-off clauses included, as
tests/ingest_labelling.md settles it (round 34); a named source keeps its name alone.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, str | None, bool, str]]:
    return [
        (m.value, m.unit, m.speaker, m.speaker_anonymous, m.stance)
        for m in extract(clean_text(text))
        if m.value is not None
    ]


def test_a_set_off_clause_with_its_reason_is_part_of_the_unnamed_source():
    text = (
        "A nurse at a clinic in Varlenne province, who asked not to be named because she is not allowed to speak to "
        "the press, said 40 doses were thrown away."
    )
    nurse = (
        "A nurse at a clinic in Varlenne province, who asked not to be named because she is not allowed to speak to "
        "the press"
    )
    assert _claims(text) == [(Decimal(40), "doses", nurse, True, "asserts")]


def test_a_restrictive_and_a_joined_relative_clause_are_both_part_of_it():
    text = (
        "Two analysts who cover the company, and who asked not to be named because their banks do business with it, "
        "said revenue fell 12 percent."
    )
    analysts = (
        "Two analysts who cover the company, and who asked not to be named because their banks do business with it"
    )
    assert _claims(text) == [(Decimal(12), "percent", analysts, True, "asserts")]


def test_a_restrictive_relative_alone_is_part_of_it():
    text = "Two people who have seen a draft of the inquiry's interim report said it found 14 failures."
    people = "Two people who have seen a draft of the inquiry's interim report"
    assert _claims(text) == [(Decimal(14), "failures", people, True, "asserts")]


def test_an_adverb_after_a_verb_of_speaking_belongs_to_the_description():
    text = (
        "A senior official at the roads agency, who was not authorised to speak publicly, said the repairs would "
        "cost 12 million euros."
    )
    official = "A senior official at the roads agency, who was not authorised to speak publicly"
    assert _claims(text) == [(Decimal(12_000_000), "euros", official, True, "asserts")]


def test_an_adverb_after_the_closed_description_does_not():
    text = "A ministry official, who asked not to be named, also said the budget had grown by 8 percent."
    assert _claims(text) == [(Decimal(8), "percent", "A ministry official, who asked not to be named", True, "asserts")]


def test_a_source_read_on_past_its_own_verb_ends_at_the_verb():
    text = (
        "A DSA official who spoke on condition of anonymity said the agency believed that around one in six tests "
        "was booked through a resale app."
    )
    official = "A DSA official who spoke on condition of anonymity"
    assert [(speaker, anonymous) for _, _, speaker, anonymous, _ in _claims(text)] == [(official, True)]


def test_a_group_described_at_length_is_taken_up_whole_by_one_of_them():
    text = (
        "Two presenters at the Kessworth studio, who asked not to be named because staff have been told not to speak "
        "to the press, said morale was at its lowest in years. One said that the station's audience in Ardle had "
        "grown by about 8 per cent last year."
    )
    presenters = (
        "Two presenters at the Kessworth studio, who asked not to be named because staff have been told not to speak "
        "to the press"
    )
    assert _claims(text) == [(Decimal(8), "percent", presenters, True, "asserts")]


def test_a_named_source_keeps_its_name_without_the_clause_describing_it():
    text = "Nell Fairhurst, who chairs the campaign group Clean Brack, said there were 40 spills last year."
    assert _claims(text) == [(Decimal(40), "spills", "Nell Fairhurst", False, "asserts")]


def test_an_unnamed_person_by_a_noun_no_list_holds_keeps_the_clause_set_off_after_it():
    text = "One shopkeeper, who did not want to be named, said takings had fallen by a third since March."
    shopkeeper = "One shopkeeper, who did not want to be named"
    assert [(speaker, anonymous) for _, _, speaker, anonymous, _ in _claims(text)] == [(shopkeeper, True)]
