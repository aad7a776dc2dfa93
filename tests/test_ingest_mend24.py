"""
The review of the session-24 engine changes (round 1): over-broad or dead patterns, each shown by the sentence that
gave a false revision, a false unit, a lost figure or a lost interviewee.
"""

from decimal import Decimal

from ingest.extraction import clean_text
from ingest.interviews import find_interview
from ingest.number_words import NUMBER, number_value
from ingest.story import _court
from tests.ingest_helpers import figures, revisions, speakers


def test_it_does_not_read_a_promise_in_the_present_perfect_as_the_value_now():
    found = revisions(
        "The club paid 4 million crowns for him in 2019. It has agreed to pay 6 million crowns for his successor."
    )
    assert (Decimal(6000000), "crowns", None) in found
    assert all(previous is None for _, _, previous in found)


def test_it_does_not_read_a_pledge_in_the_present_perfect_as_the_value_now():
    found = revisions("The firm hired 40 engineers last year. It has pledged to hire 25 engineers.")
    assert all(previous is None for _, _, previous in found)


def test_it_still_reads_a_change_in_the_present_perfect_as_the_value_now():
    found = revisions("The club had 300 members in 2019. It has grown to 450 members.")
    assert found == [(Decimal(450), "members", Decimal(300))]


def test_it_still_pairs_a_relative_clause_that_gives_the_figure():
    found = revisions("A single fare, which was about 2.20 crowns, now costs 2.60.")
    assert found == [(Decimal("2.6"), "crowns", Decimal("2.2"))]


def test_it_does_not_read_a_possessive_as_the_present_tense():
    found = revisions("In 2019 the club had 300 members; it says the rival club's hall holds 200 members.")
    assert all(previous is None for _, _, previous in found)


def test_it_still_reads_a_pronouns_contraction_as_the_present_tense():
    found = revisions("We had 84 foals in 2019; we've 51.")
    assert found[-1][2] == Decimal(84)


def test_it_does_not_set_a_relative_clause_without_a_figure_in_the_past():
    found = revisions(
        "The fund, which was set up by the council with 5 million crowns, now pays out 2 million crowns a year."
    )
    assert all(previous is None for _, _, previous in found)


def test_it_keeps_the_interviewee_of_an_introduction_that_opens_with_by():
    page = (
        "INTERVIEW\n"
        "By the time Tova Brask became chair of the growers in 2019, the losses were plain. "
        "Tova Brask talked to us about the hives.\n\n"
        "How many hives are left?\n\n"
        "We keep about 140 hives now. Our losses last winter were 35 per cent.\n\n"
        "Why so many?\n\n"
        "The cold spring. I counted 12 queens lost in one week.\n"
    )
    interview = find_interview(clean_text(page))
    assert interview is not None
    assert interview.interviewee == "Tova Brask"


def test_it_still_leaves_the_kept_byline_out_of_the_interviewees():
    page = (
        "INTERVIEW\n"
        "By Pia Host\n"
        "Dr Ivo Tarrant has kept bees on the Brell moor for thirty years. He talked to us about the hives.\n\n"
        "How many hives are left?\n\n"
        "We keep about 140 hives now. Our losses last winter were 35 per cent.\n\n"
        "Why so many?\n\n"
        "The cold spring. I counted 12 queens lost in one week.\n"
    )
    interview = find_interview(clean_text(page))
    assert interview is not None
    assert interview.interviewee == "Ivo Tarrant"


def test_it_reads_how_long_a_date_was_delayed_by():
    assert (Decimal(16), "weeks") in figures("Sea trials were delayed by 16 weeks, the yard said.")


def test_it_does_not_take_a_singular_in_s_for_the_number_a_source_puts():
    found = figures("A fault hit some accounts and has hurt the business; the bank puts the number at 64,000.")
    assert (Decimal(64000), "accounts") in found


def test_it_does_not_add_half_the_scale_to_a_figure_in_digits():
    match = NUMBER.search("It drew 1.5 million and a half visitors.")
    assert match is not None
    assert number_value(match) == Decimal(1500000)


def test_it_still_adds_half_the_scale_to_a_figure_in_words():
    assert (Decimal(1500000), "visitors") in figures("It drew a million and a half visitors.")


def test_it_leaves_the_threshold_of_a_delay_a_span():
    found = figures("Under the charter, passengers delayed by more than 30 minutes can claim back 25 per cent.")
    assert (Decimal(25), "percent") in found
    assert (Decimal(30), "minutes") not in found


def test_it_gives_a_fine_to_a_district_judge_named_with_the_rank():
    text = (
        "A haulier admitted dumping waste at a quarry, Lindby Crown Court heard. District Judge Ola Berg said the firm "
        "had ignored warnings. District Judge Ola Berg ordered the company to pay 8,000 crowns in costs."
    )
    assert speakers(text) == ["Judge Ola Berg"]


def test_it_gives_a_fine_to_a_justice_addressed_as_ms():
    text = (
        "A haulier admitted dumping waste at a quarry, Lindby Crown Court heard. Ms Justice Hale said the firm had "
        "ignored warnings. Ms Justice Hale fined the company 40,000 crowns."
    )
    assert speakers(text) == ["Ms Justice Hale"]


def test_it_reads_one_court_in_a_name_that_opens_a_sentence():
    text = (
        "At Lindby Crown Court on Monday, a haulier admitted dumping waste. Lindby Crown Court heard the firm had "
        "ignored warnings."
    )
    assert _court(text) == "Lindby Crown Court"


def test_it_gives_a_fine_to_the_judge_the_pronoun_takes_up():
    text = (
        "A haulier admitted dumping waste at a quarry, Lindby Crown Court heard. Judge Ola Berg said the firm had "
        "ignored warnings. He fined the company 40,000 crowns."
    )
    assert speakers(text) == ["Judge Ola Berg"]
