"""Round 34: an earlier value in time is the claim's previous value; a dispute holds only the figure it names."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, Decimal | None, str | None, str]]:
    return [
        (m.value, m.unit, m.previous_value, m.speaker, m.stance)
        for m in extract(clean_text(text))
        if m.value is not None
    ]


def test_a_figure_after_putting_the_figure_lower_is_asserted_not_disputed():
    text = (
        "The union said 620 jobs would go. "
        "The company put the figure much lower, saying that only 140 posts would be cut."
    )
    assert _claims(text) == [
        (Decimal(620), "jobs", None, "union", "asserts"),
        (Decimal(620), "jobs", None, "company", "disputes"),
        (Decimal(140), "posts", None, "company", "asserts"),
    ]


def test_a_figure_after_not_accepting_that_figure_is_asserted_not_disputed():
    text = (
        "The union said 620 jobs would go. "
        "The company did not accept that figure, saying that only 140 posts would be cut."
    )
    assert _claims(text)[1:] == [
        (Decimal(620), "jobs", None, "company", "disputes"),
        (Decimal(140), "posts", None, "company", "asserts"),
    ]


def test_the_figure_a_refusal_names_stays_disputed():
    text = "The union said 620 jobs would go. The company did not recognise the figure of 620 jobs."
    assert _claims(text)[-1] == (Decimal(620), "jobs", None, "company", "disputes")


def test_a_previous_record_beaten_is_the_earlier_value_of_the_figure():
    text = "The club said 5,912 fans were in the building, beating the previous record of 5,640 set in 2019."
    assert _claims(text) == [(Decimal(5912), "fans", Decimal(5640), "club", "asserts")]


def test_a_previous_record_with_its_unit_is_the_earlier_value_too():
    text = "The grid operator said demand hit 9,850 megawatts at 15:00, above the previous record of 9,310 megawatts."
    assert _claims(text) == [(Decimal(9850), "megawatts", Decimal(9310), "grid operator", "asserts")]


def test_a_count_against_the_whole_of_an_earlier_year_is_one_revision():
    text = "The council said it had taken 23 landlords to court this year, against nine in the whole of 2025."
    assert _claims(text) == [(Decimal(23), "landlords", Decimal(9), "council", "asserts")]


def test_a_count_against_one_before_an_event_told_in_the_past_is_one_revision():
    text = 'The director said: "Visitors can now see 1,400 works, against 640 before we closed."'
    assert _claims(text) == [(Decimal(1400), "works", Decimal(640), "director", "asserts")]


def test_a_count_against_another_place_stays_a_claim_of_its_own():
    text = "The report found doctors in the north prescribed 742 courses, against 498 in the capital."
    assert [(c[0], c[2]) for c in _claims(text)] == [(Decimal(742), None), (Decimal(498), None)]


def test_a_figure_corrected_after_one_first_published_is_one_revision():
    text = (
        "The directorate first published a clearance rate of 9.4 per cent in January, but corrected it to 8.6 per cent "
        "after finding cases counted twice, the directorate said."
    )
    assert _claims(text)[0] == (Decimal("8.6"), "percent", Decimal("9.4"), "directorate", "asserts")


def test_a_figure_earlier_reported_then_revised_is_not_the_revision_of_the_sentence_before():
    text = (
        "Its members started repossession cases against 3,400 households last year, the association said. "
        "The association had earlier put the number of homes taken back at 980, but revised it to 1,230."
    )
    assert _claims(text) == [
        (Decimal(3400), "households", None, "association", "asserts"),
        (Decimal(1230), "homes", Decimal(980), "association", "asserts"),
    ]


def test_a_level_reached_last_summer_from_an_earlier_one_is_one_revision():
    text = "Visitor nights in Mjosund fell to 61,000 last summer from 78,000 in 2024, the tourist board said."
    assert _claims(text) == [(Decimal(61000), "nights", Decimal(78000), "tourist board", "asserts")]


def test_a_share_in_words_up_from_one_in_digits_is_one_revision():
    text = "Three in ten people now live in the five largest cities, up from 24 percent in 2015."
    assert _claims(text) == [(Decimal(30), "percent", Decimal(24), None, "asserts")]
