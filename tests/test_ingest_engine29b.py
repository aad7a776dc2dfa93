"""
A body's own act with its own figure (tests/ingest_labelling.md, "Settled in session 23"): the named body that is the
subject of the figure's clause, acting on a figure its verb takes as object, speaks for it, whatever the verb, when the
verb is one of doing; one of being, having or holding ("employed", "allowed") tells background and gives no one. The
body may be set off by a description ("A smaller developer, Hollin Bay Power,"), stand in a clause of time or cause
("after the Eastern Rivers Authority cut"), or have a name that runs on past an "of".

A court report's order is its judge's (tests/ingest_labelling.md, "Court report"), each sum in it ("to pay 151,500,
with interest at 4 per cent, and 22,000 towards costs"), when the judge orders second in the sentence ("refused ...
and ordered"), and when the order is to lodge a sum with the court.
"""

from tests.ingest_helpers import speakers_by_figure

HEAD = """THE NETHERCOMBE POST
News | Local | Sport

By Jo Harker
Monday 3 May 2027

"""


def test_it_gives_a_figure_to_the_body_whose_past_act_takes_it_as_object():
    page = HEAD + (
        "Nethercombe City Council has published its first study of the air outside schools.\n\n"
        "The council placed diffusion tubes at the gates of 34 primary schools last year.\n\n"
        "OSTLAND, 19 March - Ostland's central bank left its main rate unchanged at 3.25 per cent.\n"
    )
    speakers = speakers_by_figure(page)
    assert speakers["34 primary schools"] == "Nethercombe City Council"
    assert speakers["3.25 per cent"] == "Ostland's central bank"


def test_it_gives_no_one_a_bodys_past_background_or_what_it_allowed_others():
    page = HEAD + (
        "Harrowby Engineering was founded in 1921.\n\n"
        "The company employed 1,900 people at its peak.\n\n"
        "The regulator has allowed the country's nine water companies to raise their charges.\n\n"
        "The Green Coast Party gained 12 seats in the election.\n\n"
        "Kettle Press Ltd moved to new offices with 40 staff in 2019.\n"
    )
    speakers = speakers_by_figure(page)
    assert speakers["1,900 people"] is None
    assert speakers["nine water companies"] is None
    assert speakers["12 seats"] is None  # what befell it, an election's result
    assert speakers["40 staff"] is None  # a "with" that describes, not the act's object


def test_it_takes_a_body_named_after_its_description_or_before_one():
    page = HEAD + (
        "Three developers won contracts in the wind farm auction on Tuesday.\n\n"
        "A smaller developer, Hollin Bay Power, withdrew a bid for 90 megawatts.\n\n"
        "The Castran Transport Authority, Skarra's biggest customer, ordered 400 buses in 2024.\n"
    )
    speakers = speakers_by_figure(page)
    assert speakers["90 megawatts"] == "Hollin Bay Power"
    assert speakers["400 buses"] == "Castran Transport Authority"


def test_it_takes_a_body_acting_in_a_clause_of_time_or_cause():
    page = HEAD + (
        "Farmers in the Sallow valley are facing a dry summer after the Eastern Rivers Authority cut irrigation "
        "licences by 40 per cent for the coming season.\n"
    )
    assert speakers_by_figure(page)["40 per cent"] == "Eastern Rivers Authority"


def test_it_takes_a_body_whose_name_runs_on_past_an_of():
    page = (
        HEAD
        + "KELVAIG, March 9 (MPA) - The Port of Kelvaig Authority has applied to reclaim 340 hectares of mudflats.\n"
    )
    assert speakers_by_figure(page)["340 hectares"] == "Port of Kelvaig Authority"


COURT = HEAD + (
    "Printer wins claim against farmers' party\n\n"
    "A printing firm has won its claim against the Farmers' League over an order for election leaflets, at "
    "Harrowfield District Court.\n\n"
    "Judge Solveig Arnholm said the League was bound by its order for the first run. She ordered the party to pay "
    "151,500 dorrins, with interest at 4 per cent from the date of the invoice, and 22,000 dorrins towards the "
    "printer's legal costs.\n\n"
    "Judge Arnholm refused a request to delay the case and ordered the League to pay 9,000 dorrins in costs for the "
    "day lost.\n\n"
    "Judge Arnholm ordered the League's former treasurer to lodge 90,000 dorrins with the court as security.\n"
)


def test_it_gives_the_judge_each_sum_of_one_order():
    speakers = speakers_by_figure(COURT)
    assert speakers["151,500 dorrins"] == "Judge Solveig Arnholm"
    assert speakers["4 per cent"] == "Judge Solveig Arnholm"
    assert speakers["22,000 dorrins"] == "Judge Solveig Arnholm"


def test_it_gives_the_judge_an_order_made_second_in_the_sentence():
    assert speakers_by_figure(COURT)["9,000 dorrins"] == "Judge Solveig Arnholm"


def test_it_gives_the_judge_a_sum_ordered_lodged_with_the_court():
    assert speakers_by_figure(COURT)["90,000 dorrins"] == "Judge Solveig Arnholm"


def test_it_reads_past_a_thousands_comma_in_a_relative_clause_set_off_in_the_subject():
    page = HEAD + (
        "The National Teachers' Union, which represents about 180,000 teachers, wants 8 per cent.\n\n"
        "The Skellan Opera House, which holds 1,480 people, keeps back 300 seats a night for students.\n"
    )
    speakers = speakers_by_figure(page)
    assert speakers["8 per cent"] == "National Teachers' Union"
    assert speakers["300 seats"] == "Skellan Opera House"
    assert speakers["1,480 people"] is None
