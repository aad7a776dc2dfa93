"""
Pages of turns: a bare answer ("Twelve.", "214.") counts what the question it answers asked how many of, even when
the question opens on the name of the one asked ("Ms Orr, how many ...?"), carries its outlet in the label
("Q (Wexley Courier):"), names a kind with a proper adjective ("How many Lindish nurses ...?") or a noun with no
plural -s ("staff"), or asks again with no noun of its own ("And how many ...?", "Out of how many?"); the question
right before the answer names its count before anything the page counted earlier.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

HEARING = """Transport Committee: oral evidence

Uncorrected transcript of the committee's session on bus reliability, Tuesday 3 March 2026.

CHAIR: Thank you for coming. We have a lot to get through this morning, so I will keep my questions short.

ORR: Thank you, Chair. I am glad to be here and I will answer as fully as I can.

CHAIR: Ms Orr, how many depots does the company run in the county?

ORR: Nine.

CHAIR: And how many were inspected last year?

ORR: Seven.

CHAIR: Out of how many routes in all?

ORR: 146.

CHAIR: Thank you. We will write to you with our findings before the summer recess.
"""

BRIEFING = """Transcript: health board weekly briefing

Board offices, Wexley, 4 February 2027. This transcript has been edited for length and clarity.

HALE: Good morning. Six of our 40 wards closed to visitors this week because of norovirus, and we expect more.

Q (Wexley Courier): How many staff are off sick with it?

HALE: Ninety-five, counting porters and cleaners.

Q (Wexley Radio): How many Lindish nurses have you hired this winter?

HALE: Sixty, all on two-year contracts, and they have been a great help on the wards.

Q (Wexley Courier): Thank you. When is the next briefing?

HALE: Next Thursday, at the usual time. Thank you all for coming this morning.
"""


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_bare_answer_counts_the_noun_of_a_question_that_opens_on_a_name():
    assert _units(HEARING)[Decimal(9)] == "depots"


def test_a_question_with_no_noun_asks_again_about_the_question_before():
    units = _units(HEARING)
    assert units[Decimal(7)] == "depots"  # "And how many were inspected last year?"


def test_out_of_how_many_asks_for_the_whole_of_what_was_counted():
    assert _units(HEARING)[Decimal(146)] == "routes"


def test_a_question_labelled_by_its_outlet_names_what_the_answer_counts():
    assert _units(BRIEFING)[Decimal(95)] == "staff"


def test_a_proper_adjective_before_the_asked_noun():
    assert _units(BRIEFING)[Decimal(60)] == "nurses"


RADIO = """PRESENTER: With me is Dag Toll, who runs the island ferry service. Good morning.

TOLL: Good morning. Four of our 30 ferries are in dry dock this month, which is more than we would like.

PRESENTER: How many captains have you got?

TOLL: Fifty-two. We could use a few more, but that covers every sailing.

PRESENTER: Dag Toll, thank you.
"""


def test_the_question_right_before_names_the_count_before_what_the_turn_before_counted():
    assert _units(RADIO)[Decimal(52)] == "captains"


CROSS_EXAMINATION = """Bakery denies cutting corners, court hears

The baker Tom Marsh was cross-examined at Wexley Crown Court on Monday by Alan Price, for the prosecution.

PRICE: The trading standards officer, Dr Ruth Kemble, weighed 60 of your loaves last May.
MARSH: About 60, yes. I was there when she did it.
PRICE: Your own records show 45 complaints from customers last year.
MARSH: Forty-five is right. Most of them were about the price, not the weight.
"""


def _stances(text: str) -> dict[Decimal, list[str]]:
    stances: dict[Decimal, list[str]] = {}
    for m in extract(clean_text(text)):
        if m.value is not None:
            stances.setdefault(m.value, []).append(m.stance)
    return stances


def test_an_answer_that_repeats_the_figure_put_to_it_and_says_yes_confirms_it():
    assert _stances(CROSS_EXAMINATION)[Decimal(60)] == ["asserts", "confirms"]


def test_a_figure_put_to_someone_and_called_right_is_confirmed():
    assert _stances(CROSS_EXAMINATION)[Decimal(45)] == ["asserts", "confirms"]


CAST = """Regional Assembly
Home | Committees | Publications

Rural Affairs Committee: oral evidence
Uncorrected transcript of the committee's session on ferry fares

Members present: Henrik Aasland (Chair); Mette Rusk.
Witnesses: Ove Brandal, managing director, Fjord Lines; Sigrid Tveit, chair, Island Passengers' Group.

AASLAND: Mr Brandal, how many sailings did you cancel last winter?

BRANDAL: 312, most of them for weather.

TVEIT: Our members counted 480 cancelled sailings, and every one of them left someone stranded.

AASLAND: Thank you both. The committee will report in the spring.
"""


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_the_cast_list_above_a_hearing_names_the_speakers_of_its_turns():
    speakers = _speakers(CAST)
    assert speakers[Decimal(312)] == "Ove Brandal"
    assert speakers[Decimal(480)] == "Sigrid Tveit"


DISPUTED = """The ferry operator's managing director, Ove Brandal, answered listeners' questions on Tuesday morning.

PRESENTER: The passengers' group says 90 sailings were cancelled in January.

BRANDAL: That is far too high. Most of those were moved by an hour, not cancelled, and every passenger was told.

PRESENTER: The union says six ferries will need new engines within two years.

BRANDAL: I think that is too gloomy. We are replacing engines as they wear out, as any operator does.

PRESENTER: Islanders say the new timetable costs them 400 hours of waiting a week.

BRANDAL: I have read that number and I don't accept it. We asked the islanders' council how it was counted.
"""


def _disputed(text: str) -> dict[Decimal, tuple[str | None, str]]:
    return {m.value: (m.speaker, m.unit) for m in extract(clean_text(text)) if m.stance == "disputes"}


def test_an_answer_calling_the_figure_put_to_it_too_high_disputes_it():
    assert _disputed(DISPUTED)[Decimal(90)] == ("Ove Brandal", "sailings")


def test_an_answer_calling_a_forecast_too_gloomy_disputes_its_count_not_its_time():
    disputed = _disputed(DISPUTED)
    assert disputed[Decimal(6)] == ("Ove Brandal", "ferries")
    assert Decimal(2) not in disputed


def test_an_answer_that_does_not_accept_it_disputes_the_figure_put():
    assert _disputed(DISPUTED)[Decimal(400)] == ("Ove Brandal", "hours")
