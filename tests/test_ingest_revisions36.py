"""
A figure told with its earlier value ("N, up from M") carries on the report of the body that has just given its
figures, as a figure that "rose to N" does (tests/ingest_labelling.md, session 23, "Carrying on a report").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in extract(clean_text(text)) if m.value == value)


def test_a_level_given_with_its_earlier_value_carries_on_the_body_s_report():
    text = (
        "The Fenmoor Water Trust said on Monday that leaks had cost it 14 million litres a day in the year to March. "
        "Its crews repaired 3,260 mains last year, up from 2,410 the year before."
    )
    assert _speaker_of(text, Decimal(3260)) == "Fenmoor Water Trust"


def test_a_future_level_with_its_earlier_value_carries_on_the_body_s_report():
    text = (
        "The Brenlow Transport Authority said fares would go up in May to pay for 40 new buses. "
        "A weekly pass will cost 31 corvels, up from 27 corvels."
    )
    assert _speaker_of(text, Decimal(31)) == "Brenlow Transport Authority"


def test_background_with_an_earlier_value_in_a_new_paragraph_history_stays_no_one_s():
    text = (
        "The Fenmoor Water Trust said on Monday that leaks had cost it 14 million litres a day in the year to March."
        "\n\n"
        "In 2019 the town had 41,000 households, up from 38,500 in 2009."
    )
    assert _speaker_of(text, Decimal(41000)) is None


def test_a_change_whose_subject_names_another_owner_is_not_carried():
    text = (
        "Tin makes up half of Vellan's exports, according to the central bank. "
        "Korr Ridge produced 9,100 tonnes of tin last year, up from 8,700 tonnes in 2024."
    )
    assert _speaker_of(text, Decimal(9100)) is None


def test_a_share_opening_its_sentence_with_an_earlier_value_is_not_carried():
    text = (
        "A single household could save about 90 corvels a year with a meter, the regulator says. "
        "About 52% of homes now have one, up from 44% in 2020."
    )
    assert _speaker_of(text, Decimal(52)) is None


# An anonymous source's figures in the sentences after its description: "he" and "she" take up the one unnamed source
# who spoke last, whatever determiner its description had, not a person named before it (main's engine35e rule for
# withheld names gives this too; these stay as its regression tests)


def test_he_after_an_unnamed_source_described_with_the_is_that_source():
    text = (
        "Mayor Tomas Vell said the harbour would reopen in June.\n\n"
        "The skipper of a trawler based in the port, who did not want to be named, said landings had halved. "
        '"We lost about 30 per cent of our catch this winter," he said.'
    )
    assert "who did not want to be named" in (_speaker_of(text, Decimal(30)) or "")


def test_he_said_after_an_unnamed_source_who_told_a_committee_is_that_source():
    text = (
        "Councillor Mira Osk said the depot had cost 3.1 million corvels. Osk said the figure was final.\n\n"
        "A driver who has worked at the depot for ten years, and who asked that his name be withheld, told the "
        "committee that buses stood idle for 6 hours a day. He said at least 40 buses needed new brakes."
    )
    assert "driver" in (_speaker_of(text, Decimal(40)) or "")


def test_she_after_an_unnamed_group_is_not_the_group():
    text = (
        "Nurse manager Ada Lenz spoke at the meeting. Two porters, who asked not to be named, said shifts ran long. "
        "She said 12 beds had been closed."
    )
    assert _speaker_of(text, Decimal(12)) == "Ada Lenz"


def test_an_unnamed_source_of_any_noun_is_named_by_its_whole_description():
    text = "The keeper of a kiosk on the pier, who asked not to be named, said takings fell by 25 per cent."
    speaker = _speaker_of(text, Decimal(25)) or ""
    assert speaker.endswith("who asked not to be named")


def test_a_definite_head_alone_with_a_withheld_name_takes_up_the_source_before():
    text = (
        "Three customs officials described the backlog. The officials, who spoke on condition of anonymity "
        "because the review is not finished, said 400 lorries were held."
    )
    assert _speaker_of(text, Decimal(400)) != (
        "The officials, who spoke on condition of anonymity because the review is not finished"
    )


def test_a_change_whose_subject_opens_on_an_acronym_is_not_carried():
    text = (
        "Wood fuel prices rose by a tenth last year, the national energy agency said. "
        "KWH now burns straw for 40 per cent of its heat, up from 25 per cent."
    )
    assert _speaker_of(text, Decimal(40)) != "national energy agency"
