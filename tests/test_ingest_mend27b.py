"""
Mends from the second review of the session-27 engine work. A figure said to be realistic is affirmed, not faulted
("The ministry said its target of 250,000 homes is realistic"); "anywhere near" and "anything like" say a figure is
far from the truth only after a negation or a doubt ("If anywhere near 5,000 fans turn up" is a condition).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _stances(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_figure_called_realistic_is_asserted():
    assert (Decimal(250000), "ministry", "asserts") in _stances(
        "The ministry said its target of 250,000 homes is realistic."
    )


def test_a_figure_never_realistic_is_still_disputed():
    assert (Decimal(250000), "Ada Roe", "disputes") in _stances(
        "Ada Roe said the target of 250,000 homes was never realistic."
    )


def test_anywhere_near_in_a_condition_disputes_nothing():
    assert (Decimal(5000), "police", "asserts") in _stances(
        "If anywhere near 5,000 fans turn up, the roads will jam, the police said."
    )


def test_anything_like_after_a_doubt_and_nowhere_near_still_dispute():
    assert (Decimal(5000), "Organisers", "disputes") in _stances(
        "Organisers said they doubted anything like 5,000 fans would come."
    )
    assert (Decimal(5000), "police", "disputes") in _stances("The police said nowhere near 5,000 fans came.")


FESTIVAL = """Festival line-up announced
By Ada Roe, Arts Correspondent
The Kelby festival will return in July after a two-year break, its organisers said on Monday.
The organisers said 12,000 people had bought tickets in the first week.
Guests: Tom Jones, Shirley Bassey and 40 other acts. Tickets from 45 pounds
Officers: Greater Manchester Police at the scene of the crash on the A6 in 2019
"""


def test_a_listing_box_or_a_caption_is_no_cast_list():
    text = str(clean_text(FESTIVAL))
    assert "Tickets from 45 pounds" not in text
    assert "Greater Manchester Police at the scene" not in text
    assert [value for value, _, _ in _stances(FESTIVAL)] == [Decimal(12000)]


def test_a_cast_list_with_no_figure_stays_on_a_page_without_turns():
    page = (
        "Minutes: Full Council, 21 October 2026\nPublished by Democratic Services, 23 October 2026\n"
        "Present: Cllr Fenna Otterby (Chair of Leisure), Cllr Aldous Crane.\n"
        "The Leisure Officer reported that the contractor's revised quote was 148,000 vossels.\n"
    )
    assert "Present: Cllr Fenna Otterby" in str(clean_text(page))


FERRY = """The ferry operator's managing director, Ove Brandal, answered listeners' questions on Tuesday morning.

PRESENTER: The council gives the operator 400,000 marrets a year towards the winter sailings.

BRANDAL: %s

PRESENTER: The union says six ferries will need new engines within two years.

BRANDAL: That is far too high. We are replacing engines as they wear out, as any operator does.
"""


def _disputed_by(answer: str) -> list[Decimal | None]:
    return [m.value for m in extract(clean_text(FERRY % answer)) if m.stance == "disputes"]


def test_an_answer_using_it_or_not_accepting_a_clause_disputes_no_figure():
    for answer in (
        "We cannot use it for the summer timetable, only in winter.",
        "I do not accept that we have let islanders down.",
        "We would not use that money for anything else.",
    ):
        assert Decimal(400000) not in _disputed_by(answer), answer


def test_an_answer_not_accepting_the_figure_still_disputes_it():
    assert Decimal(400000) in _disputed_by("I do not accept that figure.")
    assert Decimal(400000) in _disputed_by("I have seen that and I don't accept it.")


def test_a_cause_after_is_due_to_or_are_to_blame_is_no_plan():
    from ingest.earlier_now import FUTURE

    for clause in (
        "The fall to 3,400 in March is due to strong demand",
        "Staff shortages are to blame for the fall to 3,400 in March",
        "The drop is due to increased fees",
    ):
        assert FUTURE.search(clause) is None, clause
    for clause in ("It is due to hold 6,000 tonnes in March", "It is due to exceed 6,000 in March", "is to see 250"):
        assert FUTURE.search(clause) is not None, clause


def _units(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_stands_and_holds_counted_are_plural_nouns():
    assert (Decimal(120), "stands") in _units(
        "The Kelby food fair will have 120 stands this year, the organisers said."
    )
    assert (Decimal(300), "stands") in _units("The organisers said the fair had 300 stands, up from 240 last year.")
    assert (Decimal(85), "stands") in _units("The market's 85 stands open at 8am, the council said.")


def test_a_standfirst_with_a_figure_after_an_abbreviation_is_not_kept():
    page = (
        "Rainfall record broken in the west\n"
        "The Met Office's rainfall figures, out on Monday, show St. Ives had 42mm in an hour.\n"
        "By Ada Roe, Weather Correspondent\n"
        "St Ives had 42mm of rain in an hour on Sunday, the most since records began.\n"
    )
    assert "Met Office's rainfall figures" not in str(clean_text(page))


def test_a_standfirst_naming_the_document_with_no_figure_is_kept():
    page = (
        "Village halls in trouble\n"
        "The Village Halls Network's annual survey, out this week, paints the bleakest picture in its history.\n"
        "By Ada Roe, Rural Affairs Correspondent\n"
        "Some 41 per cent of halls ran at a loss last year, up from 28 per cent.\n"
    )
    assert "Village Halls Network's annual survey" in str(clean_text(page))


def test_a_sum_called_too_low_is_not_a_figure_called_wrong():
    assert (Decimal(4), "union", "asserts") in _stances("The union said the 4 per cent pay offer was too low.")


def test_an_estimate_called_too_high_is_still_disputed():
    stances = _stances("Ada Roe said the 8 per cent estimate was too high.")
    assert (Decimal(8), "Ada Roe", "disputes") in stances


def test_a_figure_standing_alone_called_too_high_is_still_disputed():
    text = 'The ministry says half the vineyards were lost. "Half is too high," said Ada Roe, who grows grapes.'
    assert (Decimal(50), "Ada Roe", "disputes") in _stances(text)
