"""
Mend 29e, after review 29b and review 29: time left before a thing can happen is an estimate of the earliest it can,
so open-ended ("for at least six weeks", "for another 30 years"), and "not be ready for at least 18 months" is one;
a lay-off or a halt of a set length is a forecast state, a duration ("Okafor will not play for six weeks"). A body
acting in a clause of time or cause gives a figure only by an act on a figure it sets, not by what befell others.
"""

from decimal import Decimal

from tests.ingest_helpers import figures, speakers_by_figure


def test_it_reads_a_lay_off_or_a_halt_of_a_set_length_as_a_duration():
    text = (
        "Okafor will not play for six weeks after surgery on his knee, his club said. Shares in the firm will not "
        "trade for two days after the suspension."
    )
    found = figures(text)
    assert (Decimal(6), "weeks") not in found
    assert (Decimal(2), "days") not in found


def test_it_keeps_the_open_ended_time_left_before_a_thing_can_happen():
    text = (
        "Most of the union's members will not retire for another 30 years. The vaccine would not be ready for at "
        "least 18 months, scientists cautioned."
    )
    found = figures(text)
    assert (Decimal(30), "years") in found
    assert (Decimal(18), "months") in found


def test_it_gives_a_body_in_a_clause_of_time_only_a_figure_it_sets():
    text = (
        "Residents were angry after the Varn Valley Water Board flooded 300 homes.\n\n"
        "Residents were angry after the Kelmar Water Board approved a 9 per cent rise in bills."
    )
    speakers = speakers_by_figure(text)
    assert speakers["300 homes"] is None
    assert speakers["9 per cent"] == "Kelmar Water Board"
