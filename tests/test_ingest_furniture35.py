"""
No suggestion from page furniture, ages, durations or identifiers (round 35): how news pages write an age, a
span of time, a name with a number in it and the page selling itself, none of which is a claim to check. A
statistic of time and an age statistic stay claims (tests/ingest_labelling.md, "Statistics of time").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(text: str) -> list[tuple[Decimal, str | None]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


# Durations
def test_a_studys_follow_up_is_its_method_not_a_finding():
    text = "Volunteers were given the vaccine and were followed for an average of 31 months."
    assert (Decimal(31), "months") not in _values(text)


def test_a_duration_that_picks_out_those_a_share_counts_is_a_threshold():
    text = "Auditors found that 37 per cent of nurses worked at least 13 hours a day on the ward."
    assert _values(text) == [(Decimal(37), "percent")]


def test_a_condition_of_more_than_a_span_is_a_threshold():
    text = "Travellers are owed a hotel room for delays of more than 5 hours, the regulator said."
    assert _values(text) == []


def test_a_speakers_years_of_experience_are_no_statistic():
    text = 'Union chief Orla Vemm said the backlog was "the worst I have seen in 31 years behind the desk".'
    assert _values(text) == []


def test_a_requirement_on_each_one_is_no_total_of_time():
    text = "Each apprentice must complete 1,800 hours of training before qualifying, the college said."
    assert (Decimal(1800), "hours") not in _values(text)


def test_the_length_of_a_period_that_starts_is_no_count():
    text = "A review period of 60 days begins on Friday."
    assert _values(text) == []


def test_time_added_up_is_still_a_statistic():
    text = "Staff worked 3,400 hours of unpaid overtime last year, the union said."
    assert (Decimal(3400), "hours") in _values(text)


# Ages
def test_the_age_of_a_speaker_named_by_one_name():
    text = '"Four of the six pumps are broken," said Tamsin, 47.'
    # the whole in "N of the M" is a claim of its own (session-21 rule); the age is not
    assert _values(text) == [(Decimal(4), "pumps"), (Decimal(6), "pumps")]


def test_people_at_an_age_are_an_age():
    text = (
        "Uptake of the checks was 61 per cent last year. "
        '"We are spending 3 million dorvans on letters, and we are sending kits to people at 45 from next year," '
        "he said."
    )
    assert _values(text) == [(Decimal(61), "percent"), (Decimal(3000000), "dorvans")]


def test_an_average_age_stays_a_claim():
    text = "The average age of farmers rose to 58.2 years, the census shows."
    assert (Decimal("58.2"), "years") in _values(text)


# Identifiers
def test_a_bonds_coupon_names_the_bond():
    text = "Its 6.25 percent notes due 2033 fell 1.2 cents after the results."
    assert (Decimal("6.25"), "percent") not in _values(text)


def test_a_race_named_by_its_distance():
    text = "Ilse Marrow, who won silver in the 400 metres at the national championships, said she would retire."
    assert _values(text) == []


def test_the_band_a_superlative_is_within_is_a_threshold():
    text = "The Nova 3 was the best-selling laptop under 500 dorvans last year, with 12 per cent of the market."
    assert _values(text) == [(Decimal(12), "percent")]
    text = "He took 41 payments, most of them under 300 dorvans, the court heard."
    assert (Decimal(300), "dorvans") in _values(text)


# Page furniture
def test_the_page_selling_a_membership():
    text = "Join Gazette Extra for 3.99 dorvans a month: every article and the crossword."
    assert _values(text) == []


def test_the_page_asking_for_donations():
    text = "Support our work: 15 dorvans a month could fund a night of shelter."
    assert _values(text) == []


def test_where_a_reviewed_thing_is_sold_and_its_price():
    text = "The 2024 Tarrow Blanc is available from the Cellar Door shop, 19 dorvans."
    assert _values(text) == []


def test_tickets_on_sale_from_a_price():
    text = "Tickets for the summer tour go on sale on Monday, from 45 dorvans."
    assert _values(text) == []


def test_a_price_that_rose_from_a_level_stays():
    text = "Tickets rose from 45 dorvans to 60 dorvans this season."
    assert (Decimal(60), "dorvans") in _values(text)


def test_reader_comments_under_an_article_are_not_its_text():
    text = (
        "The village hall needs 40,000 dorvans of repairs, the committee said.\n\n"
        "Comments (3)\n"
        "Ada W: We gave 20 dorvans last spring!\n"
        "Tom R.: Count us in for 3 tickets."
    )
    assert _values(text) == [(Decimal(40000), "dorvans")]


# Live blogs: each post stands alone; the outlet's reporter counting or seeing something is that reporter's
def _speakers(text: str) -> list[tuple[Decimal, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_the_outlets_reporter_counting_is_the_reporters_by_name():
    text = "11:05\n\nThe Gazette's Maia Toller counted 22 lorries parked on the hard shoulder. Police are on the way."
    assert _speakers(text) == [(Decimal(22), "Maia Toller")]


def test_a_reporter_named_then_counting_by_pronoun():
    text = (
        "11:05\n\nOur correspondent Ivo Brandt is at the main gate of the plant, where he counted 45 workers on the "
        "picket line. The shift changes at noon."
    )
    assert _speakers(text) == [(Decimal(45), "Ivo Brandt")]
    text = (
        "11:05\n\nOur correspondent Ivo Brandt is at the main gate of the plant.\n\n"
        "He counted 45 workers on the picket line in an hour."
    )
    assert _speakers(text) == [(Decimal(45), "Ivo Brandt")]


# News in brief and bulletins: each item, under its own dateline, stands alone
def test_a_speaker_does_not_carry_into_the_next_brief():
    text = (
        "News in brief\n\n"
        "HALLOWAY, 9 June - The footbridge will cost 1.8 million dorvans, the town's engineer, Rosa Quint, said.\n\n"
        'PELLINGHAM, 9 June - "Ferry passengers fell 11 per cent last year," she said.'
    )
    assert _speakers(text) == [(Decimal(1800000), "Rosa Quint"), (Decimal(11), None)]


def test_a_body_does_not_carry_into_the_next_brief():
    text = (
        "News in brief\n\n"
        "HALLOWAY, 9 June - Halloway Water will spend 3 million dorvans on new mains, the company said.\n\n"
        "PELLINGHAM, 9 June - Bin collections will resume on 40 streets next week, it said."
    )
    assert _speakers(text) == [(Decimal(3000000), "Halloway Water"), (Decimal(40), None)]


def test_a_dateline_is_no_figure():
    text = "News in brief\n\nHALLOWAY, 9 June - The pool will reopen with 6 lanes."
    assert [v for v, _ in _speakers(text)] == [Decimal(6)]


# A bug fix seen in a live blog: "the hospital said" took the body the page opened with, an airport
def test_the_hospital_is_the_one_whose_department_the_sentence_names():
    for hospital in ("Marrow Vale General", "Marrow Vale General Hospital"):
        text = (
            "Harbour Rail says it has cancelled 52 trains today.\n\n"
            f"By noon the emergency department at {hospital} had treated 17 people hurt, the hospital said."
        )
        assert _speakers(text) == [(Decimal(52), "Harbour Rail"), (Decimal(17), hospital)]


# A bug fix seen in a live blog: a body introduced by its kind set off by commas is a body, which "It" then means
def test_a_body_set_off_after_its_kind_is_what_it_means_next():
    text = (
        "Westmoor Buses says about one in four services is cancelled. It expects a full timetable tomorrow.\n\n"
        "The consumer watchdog, Fair Fare, says it has had more than 400 complaints today. "
        "It says 41 per cent of them were about refunds."
    )
    assert _speakers(text)[-1] == (Decimal(41), "Fair Fare")


# A bug fix seen in a live blog: a cue in -ing modifying a noun ("warning level") is no one reporting
def test_a_warning_level_is_no_report():
    text = "The river at the weir had reached 3.10 metres, the agency said. The flood warning level is 2.80 metres."
    assert _speakers(text) == [(Decimal("3.10"), "agency"), (Decimal("2.80"), None)]


# A delay on a schedule is a claim (tests/ingest_labelling.md, "Statistics of time"); a lateness that picks out
# which trains count stays a threshold
def test_a_delay_up_to_a_span_is_a_claim():
    assert _values("Buses on the coast road are running up to 35 minutes late.") == [(Decimal(35), "minutes")]
    assert _values("Refunds are paid for trains more than 15 minutes late.") == []
