"""Q&A interviews: the answers are the interviewee's, never a place's or a body's (round 31)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract

HUT = (
    "Brann Oskarde has kept the Felmoor Ridge refuge since 2012. The refuge opens in May.\n\n"
    "How many nights were booked last year?\n\n"
    "We sold 6,400 bed-nights, and I turned away about 300 walkers in August.\n\n"
    "What does a night cost?\n\n"
    "I charge 27 marks, and we need 12 deliveries of gas a season.\n"
)


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_it_gives_answers_to_the_person_not_the_place_set_after_the():
    speakers = _speakers(HUT)
    assert speakers[Decimal(6400)] == "Brann Oskarde"
    assert speakers[Decimal(27)] == "Brann Oskarde"


def test_it_gives_answers_to_the_subject_not_the_business_they_run():
    text = (
        "Inga Petrelle, 58, took over Dunmere Orchard from her aunt. We asked her about the frost.\n\n"
        "How much fruit did you lose?\n\n"
        "We lost about 40 tonnes of apples, half the crop.\n\n"
        "Will you replant?\n\n"
        "I will plant 900 trees next spring, but we cannot afford more.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(40)] == "Inga Petrelle"
    assert speakers[Decimal(900)] == "Inga Petrelle"


def test_it_takes_the_one_asked_after_a_body_named_first():
    text = (
        "Ostra Carpets closed two plants this year. We asked its founder, Tova Renquist-Bay, what comes next.\n\n"
        "How many jobs went?\n\n"
        "We let 140 people go, which I regret.\n\n"
        "And now?\n\n"
        "We have hired 35 engineers since June.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(140)] == "Tova Renquist-Bay"
    assert speakers[Decimal(35)] == "Tova Renquist-Bay"


def test_it_counts_a_bare_answer_in_what_a_labelled_question_asked_how_many_of():
    text = (
        "Maud Ellery has bred sheep at Carrow Fell since 1999. This interview has been edited for length.\n\n"
        "Q: How many lambs will you sell this spring?\n"
        "A: We bred for 1,300, but we expect to sell about 1,050.\n\n"
        "Q: And the wool?\n"
        "A: I sold it all to one mill last year.\n"
    )
    found = {(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None}
    assert found == {(Decimal(1300), "lambs"), (Decimal(1050), "lambs")}


def test_it_counts_a_bare_answer_after_the_interviewers_named_label():
    text = (
        "Oskar Dunleavy runs the Brannock lifeboat station. This interview has been edited for length.\n\n"
        "Herald: How many launches did the crew make this year?\n\n"
        "Dunleavy: We have launched 212 times. Last year it was fewer.\n\n"
        "Herald: How many volunteers do you have?\n\n"
        "Dunleavy: About 40, and I need 15 more.\n"
    )
    found = {(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None}
    assert found == {(Decimal(212), "times"), (Decimal(40), "volunteers"), (Decimal(15), "volunteers")}


def test_it_never_counts_of_them_in_the_parts_a_fraction_names():
    text = (
        "How many families use the clinic?\n\n"
        "Across the district, 260 registered families, by the council's count. About three quarters of them "
        "have young children. We see 75 of them every week.\n"
    )
    found = {(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None}
    assert found == {(Decimal(260), "families"), (Decimal(75), "percent"), (Decimal(75), "families")}
