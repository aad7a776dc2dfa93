"""
A Q&A's introduction that names the paper's own reporter ("spoke to our reporter Owen Tarrant about the appeal"): the
one who spoke is the interviewee, and the byline's reporter, named again there, never answers (found importing such a
page in the admin in session 32).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


LIFEBOAT_QA = (
    "Q&A: 'We need 2.4 million to keep the station open'\n\n"
    "By Owen Tarrant\n"
    "Tuesday 3 November 2026\n\n"
    "The chair of the Harrowby Lifeboat Trust, Mirela Dunmore, spoke to our reporter Owen Tarrant about the appeal.\n\n"
    "How much does the trust need?\n\n"
    "We need 2.4 million marks over three years. We have raised about 610,000 so far.\n\n"
    "How many people did the crew rescue this year?\n\n"
    "Our crews brought 112 people ashore."
)


def test_the_reporter_named_by_role_is_who_asked_and_the_one_who_spoke_to_them_answers() -> None:
    speakers = _speakers(LIFEBOAT_QA)
    assert speakers[Decimal("2400000")] == "Mirela Dunmore"
    assert speakers[Decimal("610000")] == "Mirela Dunmore"
    assert speakers[Decimal("112")] == "Mirela Dunmore"


def test_spoke_to_us_about_the_appeal_still_names_the_interviewee() -> None:
    page = LIFEBOAT_QA.replace("spoke to our reporter Owen Tarrant about the appeal", "talked to us about the appeal")
    assert _speakers(page)[Decimal("112")] == "Mirela Dunmore"


def test_spoke_to_us_in_an_earlier_year_still_names_no_one_from_it() -> None:
    page = LIFEBOAT_QA.replace(
        "The chair of the Harrowby Lifeboat Trust, Mirela Dunmore, spoke to our reporter Owen Tarrant about the "
        "appeal.",
        "Her predecessor, Karl Berg, spoke to us in 2023, when the roof fell in. The chair, Mirela Dunmore, "
        "spoke to us about the appeal.",
    )
    assert _speakers(page)[Decimal("112")] == "Mirela Dunmore"


NAME_HEAVY_INTRODUCTION = "The chair of the Harrowby Lifeboat Trust, Mirela Dunmore, spoke to Owen Tarrant."


def test_an_introduction_full_of_names_under_the_byline_is_kept_and_names_the_interviewee() -> None:
    page = LIFEBOAT_QA.replace(
        "The chair of the Harrowby Lifeboat Trust, Mirela Dunmore, spoke to our reporter Owen Tarrant about the "
        "appeal.",
        NAME_HEAVY_INTRODUCTION,
    )
    assert "Mirela Dunmore" in clean_text(page)
    assert _speakers(page)[Decimal("610000")] == "Mirela Dunmore"


def test_the_same_introduction_standing_above_the_byline_is_kept_for_the_answers() -> None:
    page = (
        "Q&A: 'We need 2.4 million to keep the station open'\n\n"
        f"{NAME_HEAVY_INTRODUCTION}\n\n"
        "By Owen Tarrant\n"
        "Tuesday 3 November 2026\n\n"
        "How much does the trust need?\n\n"
        "We need 2.4 million marks over three years. We have raised about 610,000 so far.\n\n"
        "How many people did the crew rescue this year?\n\n"
        "Our crews brought 112 people ashore."
    )
    assert _speakers(page)[Decimal("112")] == "Mirela Dunmore"


def test_a_headline_in_title_case_or_with_no_full_stop_is_still_no_prose() -> None:
    from ingest.cleaning import is_prose

    assert not is_prose("Lifeboat Trust Chair Mirela Dunmore Spoke To Owen Tarrant About The Appeal.")
    assert not is_prose("Lifeboat Trust Chair Mirela Dunmore spoke to Owen Tarrant About The Appeal")
