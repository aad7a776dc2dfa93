"""Speakers of round 20: one list of revising verbs, and figures a body's own account carries."""

from tests.ingest_helpers import speakers


def test_every_inflection_of_a_revising_verb_names_the_reviser():
    # "lowered" and "trimmed" were missing from the revising clause's own spelling of the verbs
    for verb in ("lowered", "trimmed", "slashed", "cut"):
        text = (
            "The Tarsen Rail Authority said on Monday that ridership had recovered.\n\n"
            f"In March it {verb} the planned number of new stations to 4 from 7.\n"
        )
        assert speakers(text)[-1] == "Tarsen Rail Authority", verb


def test_an_interview_introduced_as_spoken_to_gives_its_answers_to_the_one_spoken_to():
    text = (
        "A flood last week swept through the lower town. We spoke to Maren Holtby, who runs the bakery on the quay.\n\n"
        "How much did you lose?\n\n"
        "We lost the ovens. I think the repairs will cost 18,000 florins.\n\n"
        "Will you reopen?\n\n"
        "Yes. We have 12 staff and I want them all back by May.\n"
    )
    assert speakers(text) == ["Maren Holtby", "Maren Holtby"]


def test_a_person_whose_subject_has_a_set_off_part_counts_what_they_count():
    before = "A cargo ship ran aground off Brelle on Monday.\n\n"
    for sentence in (
        "Our correspondent at the harbour, Nils Orvane, counted 22 tugs waiting outside the breakwater.\n",
        "Our correspondent Nils Orvane, on the harbour wall at dawn, counted 22 tugs waiting outside the breakwater.\n",
    ):
        assert speakers(before + sentence)[-1] == "Nils Orvane", sentence


def test_a_lead_on_the_papers_analysis_by_its_full_or_possessed_name_gives_it_the_findings():
    for lead in ("according to an analysis by the Vesper Courier", "according to the Courier's analysis"):
        text = (
            f"Tram delays in Ostrel doubled last year, {lead} of timetable records.\n\n"
            "On the harbour line, 38 per cent of trams ran late.\n\n"
            "The city's own target is 10 per cent.\n"
        )
        assert speakers(text)[1:] == ["Courier", None], lead


def test_the_club_never_named_as_one_is_the_name_its_reported_clause_opens_with():
    text = (
        "Supporters marched on the ground on Saturday.\n\n"
        "Harwell Athletic will raise its cheapest season ticket to 420 florins from 350, the club said on Friday.\n\n"
        "Its wage bill rose to 14 million florins, the club said.\n"
    )
    assert speakers(text) == ["Harwell Athletic", "Harwell Athletic"]


def test_the_company_is_never_a_body_of_another_kind_named_before():
    text = (
        "According to the regional water institute, the river carried 40 tonnes of silt a day.\n\n"
        "Customers will get a rebate of 15 per cent, the company said.\n"
    )
    assert speakers(text)[-1] != "regional water institute"
