"""
A report carried on: a sentence with no reporting verb that carries on the figures a body has just given is that
body's, and "the figures show" names no one but the body whose figures they are (tests/ingest_labelling.md, session
23, "Carrying on a report" and "Statistics release"). Background after the report stays no one's.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(speaker for found, speaker in _speakers(text) if found == value)


def test_a_restatement_of_the_figure_just_given_is_the_source_s():
    text = (
        "Burglaries in the district fell to 2,140 last year from 2,380, the statistics office said. "
        "That is a fall of 10 per cent."
    )
    assert _speaker_of(text, Decimal(10)) == "statistics office"


def test_a_restatement_opening_the_next_paragraph_is_carried():
    # the rule carries a report on "in the next [paragraph] when that paragraph goes on with the same release": "That
    # is" can only go on with the figure just given
    text = (
        "Burglaries in the district fell to 2,140 last year from 2,380, the statistics office said.\n\n"
        "That is a fall of 10 per cent."
    )
    assert _speaker_of(text, Decimal(10)) == "statistics office"


def test_the_figures_show_is_the_body_whose_figures_they_are():
    text = (
        "Recorded thefts in Dunmarch rose to 4,410 in 2026, the force's annual figures show. That is a rise of 3 per "
        'cent.\n\nInspector Ilse Varn presented the numbers on Monday. "We are worried," she said.\n\n'
        "Vehicle crime rose by 7 per cent, to 1,260, the figures show."
    )
    assert _speaker_of(text, Decimal(7)) == "force"


def test_figures_filed_with_a_body_are_not_taken_for_bare_figures():
    text = (
        "Recorded thefts in Dunmarch rose to 4,410 in 2026, the statistics office's annual figures show. "
        "The parties spent 3.1 million crowns, according to figures filed with the electoral office."
    )
    assert _speaker_of(text, Decimal("3100000")) != "statistics office"


def test_a_change_told_after_a_sentence_with_no_figure_runs_on():
    text = (
        "Inspector Ilse Varn said 12 new officers had joined the force.\n\n"
        "Assaults rose by 4 per cent, to 3,905, the statistics office said. Shoplifting also rose. "
        "Reports went up by almost a fifth."
    )
    assert _speaker_of(text, Decimal(20)) == "statistics office"


def test_a_sentence_that_turns_away_breaks_the_run():
    text = (
        "Inspector Ilse Varn said 12 new officers had joined the force.\n\n"
        "Assaults rose by 4 per cent, to 3,905, the statistics office said. Officers will also patrol more. "
        "Reports went up by almost a fifth."
    )
    assert _speaker_of(text, Decimal(20)) is None


def test_the_level_of_a_statistic_just_given_is_the_source_s():
    text = (
        "Marlow Athletic lost 1.2 million crowns last season, the club's accounts show. "
        "Turnover rose to 4.4 million crowns. The wage bill was 3.9 million crowns."
    )
    assert _speaker_of(text, Decimal("3900000")) == "Marlow Athletic"


def test_a_rule_in_the_present_is_background():
    text = "Waiting times rose to 41 weeks, the health board said. The target is 18 weeks."
    assert _speaker_of(text, Decimal(18)) is None


def test_a_multi_digit_change_after_its_verb_runs_on():
    text = (
        "Marlow Athletic lost 1.2 million crowns last season, the club's accounts show. "
        "Turnover rose 12 per cent, to 4.4 million crowns."
    )
    assert _speaker_of(text, Decimal("4400000")) == "Marlow Athletic"


def test_a_level_down_by_a_share_runs_on():
    text = (
        "Inspector Ilse Varn said 12 new officers had joined the force.\n\n"
        "House prices fell 3.1 per cent last year, the statistics office said. Sales were down by roughly a quarter."
    )
    assert _speaker_of(text, Decimal(25)) == "statistics office"


def test_the_body_s_own_target_right_after_its_report_is_its():
    text = (
        "Inspector Ilse Varn said 12 new officers had joined the force.\n\n"
        "The waiting list grew to 9,400 in March, the health board said. Its target is that nobody should wait more "
        "than 20 weeks."
    )
    assert _speaker_of(text, Decimal(20)) == "health board"


def test_another_body_s_target_is_not_carried():
    text = (
        "Inspector Ilse Varn said 12 new officers had joined the force.\n\n"
        "The waiting list grew to 9,400 in March, the health board said. The ministry's target is that nobody should "
        "wait more than 20 weeks."
    )
    assert _speaker_of(text, Decimal(20)) != "health board"


def test_figures_given_as_published_in_a_press_release_are_its_issuer_s():
    text = (
        "Harbour Food Share\nAbout us | Find a food bank | Donate\n\nPress releases\n\nFOR IMMEDIATE RELEASE\n"
        "Tuesday 4 May 2027\n\nFood parcels reach a record\n\n"
        "Food banks in the Harbour Food Share network handed out 412,000 parcels in the year to March, up from "
        "356,000 the year before, according to figures published today.\n\n"
        '"Every parcel is a family in need," said Ada Mirren, chief executive of Harbour Food Share.\n'
    )
    assert _speaker_of(text, Decimal(412000)) == "Harbour Food Share"
