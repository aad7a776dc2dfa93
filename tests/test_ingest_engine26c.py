"""
A spokesperson for a body the page has named speaks for that body, by its name (tests/ingest_labelling.md, session
24): "a council spokeswoman" after "Fallowmere council", a bare "A spokeswoman said" after "The ministry did not
accept that" when the article named "the agriculture ministry" (found when blind45 and blind46 gave the speakers
"a council spokeswoman" and "A spokeswoman"). A document such a spokesperson cites is no data of the body's own, so
the paper's own arithmetic after it stays the paper's.
"""

import pytest

from tests.ingest_helpers import speakers_by_figure


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "A former housing officer at Brennick council was jailed on Friday.\n\nBrennick council said it had "
            "reviewed every grant he approved. The case had cost it 1.4 million kerrels, a council spokeswoman said.",
            "1.4 million kerrels",
            "Brennick council",
        ),
        (
            "Tenants have criticised Harlow city council over its repairs backlog.\n\nA council spokesman said about "
            "640 homes were waiting for new boilers.",
            "about 640 homes",
            "Harlow city council",
        ),
    ],
)
def test_a_spokesperson_named_by_the_kind_of_a_body_named_by_its_place_speaks_for_it(text, figure, speaker):
    assert speakers_by_figure(text)[figure] == speaker


def test_a_bare_spokesperson_after_a_body_named_in_lower_case_speaks_for_it():
    text = (
        "Trawler owners asked the fisheries ministry for help after the storm.\n\nThe ministry did not accept the "
        "owners' figure. A spokeswoman said inspectors had counted 340 damaged boats in harbour."
    )
    assert speakers_by_figure(text)["340 damaged boats"] == "fisheries ministry"


def test_a_document_a_spokesperson_cites_does_not_carry_the_papers_own_figures():
    text = (
        "Half of rural bus stops have no shelter, according to an analysis by the Wexley Courier.\n\nThe Courier "
        "found that 1,240 of the county's 2,480 stops had no shelter at the end of March.\n\nThe transport ministry "
        "said our count missed shelters paid for by parish councils. A spokesman said 180 stops have parish "
        "shelters, according to a survey by the parish councils' association. Even counting every one of them, "
        "about 43 per cent of stops would still be open to the rain."
    )
    found = speakers_by_figure(text)
    assert (found["180 stops"], found["about 43 per cent"]) == ("transport ministry", "Courier")


def test_months_joined_by_and_in_a_figures_aside_are_no_name_before_the_reporting_clause():
    # "a little under a third of them in June and July, the trust said": the aside ends with months, no name
    text = (
        "The Brindle Mill Trust has asked the county for a grant.\n\nThe mill had 41,200 visitors last year, a little "
        "under a third of them in June and July, the trust said."
    )
    assert speakers_by_figure(text)["41,200 visitors"] == "The Brindle Mill Trust"


def test_a_warning_that_its_clauses_verb_follows_at_once_is_a_noun_and_reports_nothing():
    text = (
        "The inquiry looked at the night of 9 March, when only a yellow warning was in place but the river swept "
        "away 14 cars and flooded 320 homes."
    )
    found = speakers_by_figure(text)
    assert (found["14 cars"], found["320 homes"]) == (None, None)


def test_a_standard_no_body_is_said_to_set_is_no_speaker():
    # tests/ingest_labelling.md, "A body's own act with its own figure": a law, a rule or a policy is not a speaker
    text = "The national standard says an ambulance should arrive within 8 minutes at 75 per cent of emergency calls."
    found = speakers_by_figure(text)
    assert (found["75 per cent"], found["8 minutes"]) == (None, None)


def test_the_club_is_the_name_that_owns_the_person_its_paragraph_is_about():
    text = (
        "Carrow Vale Striders' Maisie Penrose, 16, won the under-17 title on Sunday. She finished the 4-kilometre "
        "course well ahead of the runner-up, the club said."
    )
    assert speakers_by_figure(text)["4-kilometre"] == "Carrow Vale Striders"


def test_background_set_off_in_an_item_of_briefs_is_no_ones():
    # tests/ingest_labelling.md, session 24: a body's background in the reporter's voice has no speaker
    text = (
        "News in brief\n\nDUNHOLT, 4 May - Dunholt Police said 2,400 litres of diesel had been stolen from a depot at "
        "Dunholt Grammar School over the weekend. The school, which has 640 pupils, closed on Monday because its "
        "buses could not run.\n\nKELLOW, 4 May - The Kellow lifeboat was called out 14 times in April, the station "
        "said.\n\nARNBY, 4 May - Arnby's library will open on Sundays from June, the council said. It lends 9,000 "
        "books a month."
    )
    found = speakers_by_figure(text)
    assert (found["2,400 litres"], found["640 pupils"]) == ("Dunholt Police", None)


def test_a_labelled_questions_you_is_the_one_interviewed():
    # tests/ingest_labelling.md, "Q&A interview": a question that puts the interviewee's own figure to them is theirs
    text = (
        "'We will keep the library open'\n\nThe head of Brindle parish council, Morven Tallis, talks to Ellen Dray "
        "about the village library.\n\nQ. How many people use the library?\n\nA. About 300 a week. We counted them in "
        "March.\n\nQ. You told the parish meeting in January that you needed 2,000 signatures to save it. How many "
        "have you got?\n\nA. We have 1,450 so far. I am confident we will get there."
    )
    assert speakers_by_figure(text)["2,000 signatures"] == "Morven Tallis"
