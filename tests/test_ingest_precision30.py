"""Round 30: suggestions that are no claims: the page's notes to readers, running times, identifiers, ages."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.not_counts import not_a_count
from ingest.numbers import _numbers

BODY = (
    "The council said it had taken 23 landlords to court this year, against nine in the whole of the year before.\n\n"
)


def _figures(text: str) -> list[str]:
    return [m.figure for m in extract(clean_text(text))]


def test_a_note_on_how_long_comments_stay_open_is_the_pages():
    assert _figures(BODY + "Comments are open for 5 days.\n") == ["23 landlords", "nine"]


def test_a_letters_pages_word_limit_is_the_pages():
    text = BODY + "The Gazette welcomes letters of up to 300 words. We cannot reply to every one.\n"
    assert "up to 300 words" not in _figures(text)
    text = BODY + "Write to us: Letters, The Gazette, 4 Mill Lane. Letters may be edited. Keep them under 300 words.\n"
    assert "under 300 words" not in _figures(text)


def test_an_events_price_listing_after_the_body_is_the_pages():
    text = BODY + "Tickets from 15 marks; children 5 marks. Box office 0123 456 789.\n"
    assert _figures(text) == ["23 landlords", "nine"]


def test_a_running_time_in_abbreviated_units_is_no_claim():
    text = BODY + "Watch the whole hearing on the court's website (runs 3 hrs 20 mins).\n"
    assert _figures(text) == ["23 landlords", "nine"]


def _found(sentence: str) -> list[str]:
    return [m.figure for m in extract(clean_text(sentence))]


def test_numbers_after_a_plural_noun_that_names_routes_or_wards_are_identifiers():
    assert _not_a_count("The operator said routes 7 and 31 have been diverted away from the bridge.", "31")
    assert _found("Patients on wards 2C, 6A or 9 since June can call the board, it said.") == []
    assert _not_a_count("The ministry listed all schools in risk bands 1 and 2 from its register.", "2")


def test_a_place_on_a_race_course_is_no_distance_run():
    assert _found("Organisers closed the course at the 35-kilometre mark, the race director said.") == []
    assert _found('"I saw runners fall around the 20k point," said a marshal.') == []


def test_a_rank_that_picks_out_who_is_meant_is_no_count():
    assert _found("One of the bank's top 20 shareholders said the offer was too low.") == []


def _not_a_count(sentence: str, figure: str) -> bool:
    m = next(m for m in _numbers(sentence) if m.group(0).strip() == figure)
    return not_a_count(sentence, m, Decimal(figure.replace(",", "")))


def test_ages_told_in_a_life_or_a_group_are_no_counts():
    assert _not_a_count("He took over the family bakery at 22 and never left.", "22")
    assert _not_a_count('"I started on the looms at 16," she said.', "16")
    assert _not_a_count("Women made up most of the cases, and the median age of those infected was 62.", "62")
    assert _not_a_count('"The youngest of the tenants was 78 and the oldest was 95," the lawyer said.', "78")
    assert _not_a_count('"The youngest of the tenants was 78 and the oldest was 95," the lawyer said.', "95")
    assert _not_a_count('She said: "If you know someone over 75 who lives alone, call in on them."', "75")
    assert _not_a_count("United won 1-0 with a late goal from Tomas Arkwright-Lee, 18.", "18")
    assert "14.20 marks" in _found("Wages at the chain started at 14.20 marks an hour, the firm said.")


def test_a_number_to_call_or_the_line_it_names_is_no_count():
    assert _not_a_count("Anyone who saw the crash is asked to call police on 101, the force said.", "101")
    assert "112 emergency" not in _found("He said one in four calls to the 112 emergency line had failed to connect.")


def test_the_last_group_of_a_dotted_company_number_is_an_identifier():
    assert _not_a_count("Harbourlift AG, company number CHE-318.442.907, must pay within a month.", "907")


def test_a_newsrooms_method_note_counts_its_evidence_not_a_finding():
    assert _not_a_count("We obtained 9,310 inspection records under the freedom of information law.", "9,310")
    assert _not_a_count("We asked the utility for every meter reading and received 52,400 rows.", "52,400")
    assert _not_a_count("We excluded 118 rows with no date.", "118")
    assert _not_a_count("The Gazette spoke to 19 parents outside the school.", "19")
    assert not _not_a_count("We mapped all 143 crashes recorded by police.", "143")
    assert not _not_a_count('"We received 300 complaints after the change," the company said.', "300")


def test_a_race_margin_is_the_races_score():
    assert "40 seconds" not in _found("Brand, 31, finished 40 seconds ahead of the defending champion.")
    assert "22 seconds" not in _found("She finished the stage race 2 minutes 22 seconds behind the winner.")


def test_how_long_an_incident_halted_play_is_no_statistic():
    assert "25 minutes" not in _found("The cup tie was halted for 25 minutes after fans threw flares, police said.")
    assert "about 25 minutes" in _found("Police said the closure would add about 25 minutes to journeys.")


def test_time_a_rule_allows_is_a_claim_and_the_length_of_a_period_is_no_aggregate():
    # a period a rule allows is a claim ("Frequencies and periods a rule sets")
    assert "150 days" in _found("Under the scheme's rules, claimants have 150 days to appeal a decision.")
    assert "195 days" not in _found("The rise will add about 160 marks over a school year of 195 days, it said.")
    assert "2,300 hours" in _found("Staff worked 2,300 hours of unpaid overtime last year, the union said.")
