"""
Mend of the speakers44 review (findings_speakers44.md). Each test fails on 9f5a967d and states the expected speaker.
A bare document ("the notice", "the filing") must not go to the company the document is about or against; a
bare spokesperson mid-paragraph must not go to the body the paragraph quoted when the sentence before turned to
another party; "the board of directors" is a description, not a body a spokeswoman speaks for.
"""

from tests.ingest_helpers import speaker_of_value


def test_it_keeps_a_regulators_notice_from_the_company_it_penalises() -> None:  # H1
    page = (
        "Water firm fined\n\n"
        "Marsh Valley Water said it had fixed the leaking main within a week. The Water Services Regulator issued a"
        " penalty notice on Friday. The company lost 48 million litres a day last year, the notice says.\n"
    )
    assert speaker_of_value(page, 48_000_000) in ("Water Services Regulator", "notice")


def test_it_keeps_a_penalty_notice_from_the_regulator_unnamed_off_the_company() -> None:  # H1, second form
    page = (
        "Water firm fined\n\n"
        "Marsh Valley Water said it had fixed the leaking main within a week. The regulator served a penalty notice on"
        " the firm on Friday. The company lost 48 million litres a day last year, the notice says.\n"
    )
    assert speaker_of_value(page, 48_000_000) == "notice"


def test_it_keeps_the_claimants_filing_from_the_company_they_sue() -> None:  # H2
    page = (
        "Airline sued\n\n"
        "Skyvane Airlines said it would fight the claim. Its former pilots say they were owed 2.4 million pounds in"
        " overtime. The pilots flew 900 extra hours in 2024, the filing says.\n"
    )
    assert speaker_of_value(page, 900) == "filing"


def test_it_leaves_a_spokesman_after_the_paragraph_turned_to_the_union() -> None:  # H3
    page = (
        "Hospital strike\n\n"
        "Kelbrook Health Trust said 40 operations had been postponed. Members of the nurses' union gathered outside"
        " the main gate from 7am. About 300 nurses walked out, a spokesman said.\n"
    )
    assert speaker_of_value(page, 300) == "a spokesman"


def test_it_leaves_a_spokesman_after_the_picket_line_and_the_spokesman_later() -> None:  # H3, carried on
    page = (
        "Hospital strike\n\n"
        "Kelbrook Health Trust said 40 operations had been postponed. Nurses on the picket line were angry. About 300"
        " nurses walked out, a spokesman said.\n\n"
        "Talks will resume on Monday. The spokesman said 12 more wards would be closed next week.\n"
    )
    assert speaker_of_value(page, 300) == "a spokesman"
    assert speaker_of_value(page, 12) == "a spokesman"


def test_it_leaves_a_spokeswoman_after_the_board_of_directors() -> None:  # M1
    page = (
        "Takeover rejected\n\n"
        "Corvin Leisure said it had offered 80 million pounds for the pubs. The board of directors rejected the offer"
        " on Monday. A spokeswoman said 45 pubs would close.\n"
    )
    assert speaker_of_value(page, 45) == "A spokeswoman"
