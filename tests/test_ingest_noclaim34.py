"""The settled "no claim" rules of tests/ingest_labelling.md (session 21), round 34: a council's or committee's vote
tally is no claim (an election's votes are), a survey's or poll's size is no claim, one family's members are no
claim; and a document a sentence opens on ("In its report, the office said") speaks for its maker later."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


# Vote tallies of a council, committee, court or parliament: score


def test_a_committee_tally_in_words_is_no_claim():
    text = "The committee backed the plan by nine votes to four. Members voted by seven votes to four to keep it."
    assert _figures(text) == []


def test_the_margin_a_motion_passed_by_is_no_claim():
    assert _figures("The budget passed by nine votes after a debate lasting more than three hours.") == []


def test_a_courts_split_is_no_claim():
    assert _figures("The Supreme Court upheld the ban by a 6-3 majority.") == []


def test_an_elections_votes_and_margin_stay_claims():
    found = _figures("Yes won 1,204 votes to 988 for No. In the city, Annick won by 412 votes over Mattias Orr.")
    assert found == [
        (Decimal(1204), "votes", None, "asserts"),
        (Decimal(988), "votes", None, "asserts"),
        (Decimal(412), "votes", None, "asserts"),
    ]


# A survey's or poll's size: source_count


def test_a_polls_sample_set_off_after_its_pollster_is_no_claim():
    text = (
        "The latest survey by Norlund Research, of 1,800 adults, put the No side on 51 per cent and Yes on 46 per cent."
    )
    assert _figures(text) == [
        (Decimal(51), "percent", "Norlund Research", "asserts"),
        (Decimal(46), "percent", "Norlund Research", "asserts"),
    ]


def test_the_members_a_body_surveyed_are_its_sample():
    text = '"We surveyed 1,400 of our members and 62 per cent said they would freeze hiring," said Helga Morrissen.'
    assert _figures(text) == [(Decimal(62), "percent", "Helga Morrissen", "asserts")]


def test_those_who_answered_a_survey_are_its_sample():
    text = "The board said 1,310 pilots had answered the survey. The reader survey was open; it drew 1,160 responses."
    assert _figures(text) == []


def test_a_consultations_responses_stay_a_count():
    text = "Its consultation drew 6,400 responses, the council said."
    assert _figures(text) == [(Decimal(6400), "responses", "council", "asserts")]


def test_economists_polled_are_the_polls_size_not_its_finding():
    assert _figures("24 economists polled by Reuters expected a hold.") == []
    assert _figures("Eleven of 14 economists polled by the agency expected a cut.") == [
        (Decimal(11), "economists", None, "asserts")
    ]


def test_a_sample_of_records_is_no_claim():
    text = "The report estimated the cost at 26 million velts, based on a sample of 12,000 patient records."
    assert _figures(text) == [(Decimal(26000000), "velts", "report", "asserts")]


# Family details: family


def test_an_obituarys_grandchildren_are_no_claim_however_many():
    assert _figures("She is survived by her son, two daughters and eleven grandchildren.") == []


def test_one_persons_children_are_no_claim():
    assert _figures('"Nobody walks out for fun. I have two kids and a mortgage," said Colm Reddy.') == []
    assert _figures("Ebba Lindqvist, a nurse whose two children attend a closed school, said she could not work.") == []


def test_the_children_a_doctor_looks_after_stay_a_count():
    text = '"I had 41 children on the ward at one point," said Dr Hamid Orenko.'
    assert _figures(text) == [(Decimal(41), "children", "Hamid Orenko", "asserts")]


# A document a sentence opens on


def test_a_report_named_at_a_sentences_opening_speaks_for_its_maker_later():
    text = (
        "In its report, the office said 31 percent of prescriptions were for colds.\n\n"
        "The Orsenian Medical Association rejected the 31 percent figure.\n\n"
        "Rapid tests cost about 4 velts each, the association says. Fewer than 1 in 10 practices uses them "
        "routinely, according to the report."
    )
    assert (Decimal(10), "percent", "office", "asserts") in _figures(text)
