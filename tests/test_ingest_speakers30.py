"""Round 30: named speakers in ordinary news, where a subject phrase or a document was taken for the source."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_a_name_with_its_description_set_off_speaks_for_the_clause_after_said():
    text = "Harlow Homes, the city's housing company, said the lifts in its towers broke down 212 times last year."
    assert speakers_by_figure(text)["212 times"] == "Harlow Homes"


def test_a_person_placed_by_of_speaks_for_the_clause_after_said():
    text = "Mira Tell, of the letting agents Tell & Rowe, said the average flat in Brode now rented for 900 crowns."
    assert speakers_by_figure(text)["900 crowns"] == "Mira Tell"


def test_an_inverted_cue_after_a_clause_still_takes_its_source_after_it():
    text = "Bus fares rose by 6 percent, said the transport minister, Oda Varn."
    assert speakers_by_figure(text)["6 percent"] == "Oda Varn"


def test_the_figures_with_no_owner_are_the_body_just_quoted():
    text = (
        "The jobless rate fell to 4.1 percent in June, the national statistics bureau said on Monday.\n\n"
        "Among the young it was 11.5 percent, according to the bureau.\n\n"
        "Most new jobs were in retail, the figures showed. Farming shed about 2,000 jobs over the month.\n"
    )
    assert speakers_by_figure(text)["about 2,000 jobs"] != "figures"
    assert speakers_by_figure(text)["about 2,000 jobs"] in ("bureau", "national statistics bureau")
