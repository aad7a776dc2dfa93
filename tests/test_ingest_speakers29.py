"""Round 29: whose voice runs through a whole page when its sentences name no speaker."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

# A Q&A whose introduction stands above its byline, and whose questions carry no "Q:" label
INTERVIEW_INTRODUCED_ABOVE_BYLINE = """THE FENWICK HERALD
News | Local | Opinion

INTERVIEW

"We lost the hives in a week": a beekeeper on a cruel spring

The Lowfield Beekeepers' Club has had its worst spring. We asked its secretary, Ebba Strandqvist, what went wrong.

Interview by Tomas Ruud
Monday 4 May 2027, 08:00

How bad has it been?
The worst I have known. We lost 140 hives between March and April. In a normal spring we lose perhaps 20.

What killed them?
Mostly the cold snap after the early warmth. Our members found about a third of their colonies dead in the boxes.

This interview has been edited and condensed.
"""


def test_a_qa_introduction_above_its_byline_names_the_one_who_answers():
    speakers = speakers_by_figure(INTERVIEW_INTRODUCED_ABOVE_BYLINE)
    assert speakers["140 hives"] == "Ebba Strandqvist"
    assert speakers["about a third"] == "Ebba Strandqvist"


EXPLAINER_WITH_QUESTION_HEADINGS = """THE FENWICK HERALD
News | Local | Opinion

Why is the new bridge so late? What we know

The council says the crossing will open next spring. We asked what has held it up.

By Tomas Ruud
Monday 4 May 2027, 08:00

How late is it?
The bridge was due to open in 2025. The council now says it will open in April, two years behind schedule.

What will it cost?
The latest estimate is 48 million crowns, up from 31 million when the contract was signed.
"""


def test_an_explainers_question_headings_are_no_interview():
    assert speakers_by_figure(EXPLAINER_WITH_QUESTION_HEADINGS).get("48 million crowns") != "Tomas Ruud"


RELEASE_CARRIED_AS_SUPPLIED = """THE FENWICK HERALD
News | Local | Press releases

PRESS RELEASE
This is a press release published as supplied.

Bridge fund opens to village halls

Issued by: Lowfield Heritage Trust
Date: 4 May 2027

The Lowfield Heritage Trust today opened a fund for village halls. The fund holds 2.4 million crowns this year.

Halls received 96 grants from the trust last year.

ENDS

(c) 2027 The Fenwick Herald
"""


def test_a_release_carried_as_supplied_is_its_issuers_whoever_hosts_the_page():
    speakers = speakers_by_figure(RELEASE_CARRIED_AS_SUPPLIED)
    assert speakers["2.4 million crowns"] == "Lowfield Heritage Trust"
    assert speakers["96 grants"] == "Lowfield Heritage Trust"


PLAN_IN_A_COLUMN = """THE FENWICK HERALD
News | Opinion | Columnists

Opinion

Closing the branches is a false saving

By Marit Ellingsen

Tarrowpost, the state postal company, wants to close 95 of its 610 branches. I have read its case and I doubt it.

By my count the closures would save about 4 million crowns a year, less than I think it will lose.

Marit Ellingsen is the Herald's economics columnist.
"""


def test_a_bodys_own_plan_in_a_column_is_the_bodys_not_the_writers():
    speakers = speakers_by_figure(PLAN_IN_A_COLUMN)
    assert speakers["95"] == speakers["610 branches"] == "Tarrowpost"
    assert speakers["about 4 million crowns"] == "Marit Ellingsen"


def test_findings_a_story_opens_on_without_naming_whose_are_the_body_its_next_report_names():
    text = (
        "Clinics in Fenwick missed their waiting-time target for most of last year, according to an audit "
        "published on Monday.\n\n"
        "The Fenwick Audit Office said the average wait rose to 5.1 weeks from 4.2 weeks. "
        "Nine in ten clinics missed the target in at least one month.\n\n"
        "Patients' groups have called for a public inquiry."
    )
    assert speakers_by_figure(text)["Nine in ten"] == "Fenwick Audit Office"


def test_a_passive_with_no_one_doing_it_does_not_stop_a_lead_findings_running_on():
    text = (
        "Clinics in Fenwick missed their waiting-time target for most of last year, according to an audit "
        "published on Monday.\n\n"
        "The Fenwick Audit Office said the average wait rose to 5.1 weeks from 4.2 weeks. "
        "One in five patients waited more than ten weeks before a slot was found for them.\n\n"
        "Patients' groups have called for a public inquiry."
    )
    assert speakers_by_figure(text)["One in five"] == "Fenwick Audit Office"
