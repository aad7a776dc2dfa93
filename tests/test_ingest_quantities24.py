"""Quantities of round 24: figures the engine left out or read with the wrong unit."""

from decimal import Decimal

from ingest.cleaning import clean
from tests.ingest_helpers import figures, revisions


def test_what_was_covered_is_a_finding_unless_it_is_every_one_of_a_set():
    assert figures("We have covered 90 night shifts with temporary nurses since spring.") == [(Decimal(90), "shifts")]
    assert figures("Last winter the new pipes covered 14 kilometres, the utility said.") == [
        (Decimal(14), "kilometres")
    ]


def test_a_reflexive_pronoun_after_a_figure_is_not_its_unit():
    text = "We collected 8,000 crowns ourselves for the new roof, the vicar said."
    assert figures(text) == [(Decimal(8000), "crowns")]
    text = "The chain owns 300 hotels, of which it manages 120 itself."
    assert (Decimal(120), "itself") not in figures(text)


def test_a_verb_in_the_past_after_a_figure_is_not_its_unit():
    text = "The gallery holds 90,000 paintings, of which some 7,000 came from private donors, it says."
    assert (Decimal(7000), "came") not in figures(text)
    assert (Decimal(7000), "paintings") in figures(text)


def test_a_word_before_the_whole_of_a_partitive_is_not_the_unit():
    text = "Only 45 of the normal 600 weekly flights are operating, the airport said."
    assert (Decimal(45), "flights") in figures(text)


def test_an_average_time_is_a_statistic_when_a_word_names_what_is_timed():
    assert figures("Patients had an average triage time of 35 minutes last month.") == [(Decimal(35), "minutes")]
    assert figures("A union survey put the average at 51 hours a week.") == [(Decimal(51), "hours")]


def test_time_a_change_adds_takes_off_or_cuts_is_a_claim():
    assert figures("The new bridge would add roughly 25 minutes to the school run.") == [(Decimal(25), "minutes")]
    assert figures("The new route has taken about 12 minutes off a typical commute.") == [(Decimal(12), "minutes")]
    assert figures("Waiting times at the border fell by 7 minutes, the agency said.") == [(Decimal(7), "minutes")]


def test_a_time_that_dates_an_event_after_another_is_still_no_claim():
    assert figures("Ten minutes later the lights went out across the valley.") == []


def test_half_of_one_of_a_unit_is_half_that_unit_not_a_share():
    assert figures("The new wall stands about half a metre higher than the old one.") == [(Decimal("0.5"), "metres")]
    text = "Drivers earn about 300 florins a week. A fee of half a florin a ride would hurt them."
    assert (Decimal("0.5"), "florins") in figures(text)


def test_half_of_a_word_that_begins_a_compound_is_no_unit():
    text = "Pupils lost 20 days of school. That is close to half a school year, the inspectors said."
    assert not [f for f in figures(text) if f[0] == Decimal("0.5")]


def test_a_list_of_labelled_figures_keeps_an_item_with_a_word_before_its_figure():
    raw = (
        "The city council confirmed on Monday that the ferry fare cap will stay in place for another year.\n\n"
        "The cap was introduced in 2024 and has been used for more than 3 million crossings.\n\n"
        "Key facts\n"
        "- Single ferry fare: capped at 3 florins\n"
        "- Weekly pass: 14 florins\n"
        "- Piers covered: all 12 piers in the city\n"
    )
    text = clean(raw)
    assert "Single ferry fare: capped at 3 florins" in text
    assert (Decimal(12), "piers") in figures(text)


def test_a_preposition_after_a_participle_does_not_carry_the_unit_to_the_noun_after_it():
    text = "Delivery vans spent 4,300 hours waiting outside depots last year, the audit found."
    assert figures(text) == [(Decimal(4300), "hours")]


def test_a_bare_majority_is_counted_in_votes():
    assert figures("The Greens held the seat with a majority of 1,308.") == [(Decimal(1308), "votes")]
    text = "Party whips had hoped for a majority of about 25 on the bill."
    assert figures(text) == [(Decimal(25), "votes")]


def test_a_participle_of_the_change_after_a_comma_gives_the_earlier_value():
    text = (
        "The ministry has released 5.6 million florins from its reserve fund for the scheme, increased from the "
        "4 million florins first promised in May."
    )
    assert revisions(text) == [(Decimal(5600000), "florins", Decimal(4000000))]


def test_a_noun_in_quotation_marks_after_a_figure_is_its_unit():
    text = 'The council will build 14 "pocket parks" across the city, up from the 9 it promised.'
    assert revisions(text) == [(Decimal(14), "parks", Decimal(9))]


def test_a_quotation_that_opens_after_a_figure_gives_it_no_unit():
    text = 'Critics said the headline 2.1 billion florins "counts money that was already spent".'
    assert (Decimal(2100000000), "counts") not in figures(text)


def test_where_a_study_took_its_evidence_from_is_no_finding():
    assert figures("The Gazette looked at all 88 annual returns since 1990.") == []
    assert figures("The figures come from 41,200 inspection records released to the paper.") == []
    assert figures("The spring survey received responses from 950 schools.") == []
    text = "The exit poll interviewed 9,400 voters at 75 polling stations."
    assert (Decimal(75), "stations") not in figures(text)


def test_more_of_the_unit_just_counted_of_another_kind():
    text = "The former mayor denies 9 counts of bribery and two of money laundering."
    assert figures(text) == [(Decimal(9), "counts"), (Decimal(2), "counts")]
    text = "The former mayor denies 9 counts of bribery and one count of perverting the course of justice."
    assert figures(text) == [(Decimal(9), "counts"), (Decimal(1), "counts")]


def test_a_number_to_call_is_no_count():
    text = (
        "Police said 400 people were moved from their homes. Anyone with information should call 101 or, in an "
        "emergency, 999."
    )
    assert figures(text) == [(Decimal(400), "people")]


def test_hours_on_call_are_still_counted():
    text = '"I am on call 130 hours a week and I would not change it," she said.'
    assert (Decimal(130), "hours") in figures(text)


def test_several_hundred_thousand_is_three_hundred_thousand_at_least():
    text = "Growers say they have lost several hundred thousand crates of apples to the frost."
    assert figures(text) == [(Decimal(300000), "crates")]


def test_a_vague_count_of_a_noun_with_a_participle_or_an_adverb_before_it():
    assert figures("Tens of thousands of farmed trout died in the heat.") == [(Decimal(20000), "trout")]
    text = "Hundreds of thousands of mostly young people have moved abroad."
    assert figures(text) == [(Decimal(200000), "people")]


def test_one_thing_a_speaker_had_or_lost_is_a_count():
    assert figures('"We had one bidder for the contract, and it withdrew," she said.') == [(Decimal(1), "bidder")]
    assert figures('"We have lost one partner this year," he said.') == [(Decimal(1), "partner")]


def test_one_thing_there_is_is_no_count():
    assert figures('"We have one small clinic for the whole valley," the mayor said.') == []


def test_a_hyphenated_word_in_the_subject_of_a_level_is_read_as_a_word():
    text = "E-scooter trips from the city's hire firms rose to 2.3 million last year from 1.1 million."
    assert revisions(text) == [(Decimal(2300000), "trips", Decimal(1100000))]
    text = "Police said the number of call-outs across the county's three teams rose to 214."
    assert figures(text)[-1] == (Decimal(214), "call-outs")
