"""
Round 37: a spokesperson no body is named for speaks for the body the sentence before named as the one
responding ("The board did not confirm that. A spokeswoman said ..."); and a bare figure whose noun the question
just asked or the clause before gives ("How many rangers are there? - Twelve").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in extract(clean_text(text)) if m.value == value)


def test_a_bare_spokeswoman_speaks_for_the_body_of_the_sentence_before():
    text = (
        "The Varnholt Water Board has raised its charges twice this year, customers say. "
        "Two engineers said the leaks had cost far more.\n\n"
        "The board did not confirm that. A spokeswoman said repairs had cost 12 million florins."
    )
    assert (_speaker_of(text, Decimal(12000000)) or "").removeprefix("The ") == "Varnholt Water Board"


def test_a_bare_spokesman_after_a_sentence_with_no_body_stays_unnamed():
    text = (
        "The Varnholt Water Board has raised its charges twice this year, customers say.\n\n"
        "Rain fell all week in the valley. A spokesman said repairs had cost 12 million florins."
    )
    assert "Varnholt" not in (_speaker_of(text, Decimal(12000000)) or "")


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_bare_figure_answering_how_many_people_counts_people():
    text = (
        "Tomas Berg has carved boats for 20 years.\n\n"
        "How many people in the valley still know the craft?\n"
        "Fewer than 30 who could teach it, I think. It takes a decade to learn.\n"
    )
    assert _units(text).get(Decimal(30)) == "people"


def test_a_number_word_answering_how_many_counts_what_the_question_counted_before():
    text = (
        "Tomas Berg has carved boats for 20 years.\n\n"
        "You hoped to hire 15 carvers this spring. How many have you got?\n"
        "We have nine now. The rest went to the shipyard.\n"
    )
    assert _units(text).get(Decimal(9)) == "carvers"


def test_a_number_word_alone_answering_a_question_about_a_plural_noun_counts_it():
    text = (
        "Tomas Berg has carved boats for 20 years.\n\n"
        "Do you take on trainees?\n"
        "Four. The town pays half of their wages.\n"
    )
    assert _units(text).get(Decimal(4)) == "trainees"


def test_a_bare_figure_later_in_the_answer_counts_what_the_question_counted():
    text = (
        "Tomas Berg has carved boats for 20 years.\n\n"
        "The old hall has 3,100 panes of glass. How many have you replaced?\n"
        "Most of them. We stacked them in the yard. We found about 400 with cracks.\n"
    )
    assert _units(text).get(Decimal(400)) == "panes"


def test_a_year_answering_a_question_stays_refused():
    text = (
        "Tomas Berg has carved boats for 20 years.\n\n"
        "How many boats has the workshop built since it opened?\n"
        "It opened in 1994. We lost count long ago.\n"
    )
    assert Decimal(1994) not in _units(text)


def test_a_bare_figure_closing_a_later_clause_takes_the_time_the_sentence_gave():
    text = '"I drove 52 hours a week, and I was paid for 35," the courier told the panel.'
    assert _units(text).get(Decimal(35)) == "hours"


def test_a_bare_limit_after_a_time_takes_its_unit():
    text = "Crews work an average of 610 hours a year, the firm said, within the legal maximum of 800."
    assert _units(text).get(Decimal(800)) == "hours"


def test_a_bare_figure_after_a_time_at_an_age_stays_refused():
    text = "She trained for 30 hours a week, and retired at 34."
    assert _units(text).get(Decimal(34)) != "hours"


def test_a_median_trip_in_minutes_is_a_statistic_and_its_bare_target_too():
    text = (
        '"The median transfer from the quay to the clinic is 34 minutes now, and we expect it to fall below 25," '
        "he said."
    )
    units = _units(text)
    assert units.get(Decimal(34)) == "minutes"
    assert units.get(Decimal(25)) == "minutes"


def test_how_many_after_a_turn_that_named_things_counts_them():
    text = (
        "Ines Varga runs the county's fire service.\n\n"
        "The service has been handing out free carbon monoxide detectors. How many so far?\n"
        "Just over 1,900 since March. We want to reach 4,000 by the summer.\n"
    )
    units = _units(text)
    assert units.get(Decimal(1900)) == "detectors"
    assert units.get(Decimal(4000)) == "detectors"


def test_a_yes_or_no_question_about_a_sum_given_makes_the_answer_s_figure_that_sum_s_unit():
    text = (
        "Ines Varga runs a sheep farm.\n\n"
        "The state pays a grant of 1,200 merks per trainee. Is it enough?\n"
        "It costs me nearer 5,000 to train one properly.\n"
    )
    assert _units(text).get(Decimal(5000)) == "merks"


def test_how_many_after_a_count_in_millions_counts_its_noun():
    text = (
        "Ines Varga runs a shearing team.\n\n"
        "There are about 2.1 million sheep in the hills. How many pass through your sheds?\n"
        "This season we are booked for 84,000.\n"
    )
    assert _units(text).get(Decimal(84000)) == "sheep"


def test_a_yes_or_no_question_about_a_count_the_turn_gave_makes_the_answer_s_figure_that_count():
    text = (
        "Ines Varga runs a shearing team.\n\n"
        "Q: You said last spring you would take on 15 new trainees. Did you?\n\n"
        "A: We took on 9. Most of them are still here.\n"
    )
    assert _units(text).get(Decimal(9)) == "trainees"


def test_a_date_in_an_answer_stays_refused():
    text = (
        "Ines Varga runs a shearing team.\n\n"
        "Q: You said last spring you would take on 15 new trainees. Did you?\n\n"
        "A: They start on 14 May. Most of them are local.\n"
    )
    assert _units(text).get(Decimal(14)) != "trainees"


def test_a_count_in_words_in_the_question_s_turn_names_what_the_answer_counts():
    text = (
        "Ines Varga heads the water company.\n\n"
        "VOSS: The tenants' union says thirty thousand flats will pay more. Is that right?\n\n"
        "VARGA: Our own modelling says about 18,000.\n"
    )
    assert _units(text).get(Decimal(18000)) == "flats"


def test_the_spokeswoman_again_speaks_for_the_body_her_first_sentence_was_about():
    text = (
        "Dr Lena Faro, a biologist at Orm University, said the birds were hungry.\n\n"
        "The Orm Harbour Board has raised its cleaning budget to 9,000 merks, a spokeswoman confirmed. "
        "Just 14 complaints reached the board last year, the spokeswoman added."
    )
    assert "Faro" not in (_speaker_of(text, Decimal(14)) or "")
