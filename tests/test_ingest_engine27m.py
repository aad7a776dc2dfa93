"""
Spans of time that are claims (tests/ingest_labelling.md, session 25, "Spans of time: claim or duration"): a deadline
a court, a regulator or a body sets the one it names ("gave the firm 30 days to pay", "has given the trust 60 days to
publish a plan") is a limit to be held to, as "has 42 days to appeal" is, not a duration told as background; and
how soon most of many are done ("most finish it within six weeks") is a statistic. How long a past closure lasted
("the road, which was closed for four hours") is a duration told as background (session 21); a date a body moves or a
term it lengthens by a span ("extended the curfew by 60 days") is a delay, a claim. A period that labels a comparison
("the longest road closure in Tarrant in 11 years") stays a `date`, "closure" being no verb of closing; the term a
prison sentence is suspended for is a sentence a court gave, a `duration`.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_a_deadline_a_judge_gives_a_named_party_is_a_claim():
    text = "Magistrate Ines Dahl fined the bakery. She gave the bakery 30 days to pay the costs."
    assert (Decimal(30), "days") in figures(text)


def test_a_deadline_a_regulator_has_given_a_body_is_a_claim():
    text = "The water regulator has given the Norland utility 60 days to publish a plan for its leaking mains."
    assert (Decimal(60), "days") in figures(text)


def test_how_soon_most_of_many_are_done_is_a_statistic():
    text = "Officers said most stolen tractors were over the border within 36 hours."
    assert (Decimal(36), "hours") in figures(text)


def test_how_soon_most_finish_a_scheme_is_a_statistic():
    text = '"Every young person signs an agreement, and most finish it within six weeks," she said.'
    assert (Decimal(6), "weeks") in figures(text)


def test_how_long_a_past_closure_lasted_is_a_duration():
    text = "Two trees fell across the Holm road, which was closed for four hours."
    assert (Decimal(4), "hours") not in figures(text)


def test_a_crossing_that_stayed_shut_is_background():
    text = "A similar flood in 2018 cut the line, and the crossing stayed shut for five weeks."
    assert (Decimal(5), "weeks") not in figures(text)


def test_a_term_a_body_extends_by_a_span_is_a_claim():
    text = "The assembly extended the curfew by 60 days."
    assert (Decimal(60), "days") in figures(text)


def test_an_election_postponed_by_a_span_is_a_claim():
    text = "The board has postponed council elections in two northern districts by 45 days, citing floods."
    assert (Decimal(45), "days") in figures(text)


def test_a_closure_named_by_its_noun_does_not_make_a_comparisons_period_a_claim():
    text = "The lane was shut for a month, the longest road closure in Tarrant in 11 years."
    assert (Decimal(11), "years") not in figures(text)


def test_the_term_a_prison_sentence_is_suspended_for_is_a_duration():
    text = "Passing sentence, Judge Ruth Ovens gave Palmer eight months in prison, suspended for two years."
    assert (Decimal(2), "years") not in figures(text)
