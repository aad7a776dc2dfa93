"""
The session-21 rule "An earlier value in time" and the session-23 rule on frequencies (tests/ingest_labelling.md), round
2: a frequency changed is a claim whatever verb keeps it, with the one it replaces (in figures, in words, or by its
period alone) as its previous_value; and an earlier value set against a figure by "up on the", a comparative, a
record its holder set, a forecast it replaced or brackets is that figure's previous_value, no claim of its own.
"""

from decimal import Decimal

from tests.ingest_helpers import mentions, revisions


def test_it_reads_a_frequency_set_against_the_one_it_replaces_whatever_the_verb():
    found = revisions("Inspectors now sample the river every 14 days, rather than every 28.")
    assert found == [(Decimal(14), "days", Decimal(28))]


def test_it_takes_the_frequency_replaced_past_a_route_number():
    found = revisions(
        "Harlan Coaches runs the 7 bus between Marrick and Hallow Bridge every 30 minutes instead of every 20."
    )
    assert found == [(Decimal(30), "minutes", Decimal(20))]


def test_it_reads_a_frequency_replaced_told_by_its_period_alone():
    assert revisions("My bus into Kestlow now runs every two hours instead of every hour.") == [
        (Decimal(2), "hours", Decimal(1))
    ]


def test_it_reads_every_half_hour_in_the_minutes_of_the_new_frequency():
    assert revisions("Buses will run every 20 minutes rather than every half hour.") == [
        (Decimal(20), "minutes", Decimal(30))
    ]


def test_it_reads_from_every_x_to_every_y_as_one_change():
    assert revisions("In 2009 the service went from every 15 minutes to every 40.") == [
        (Decimal(40), "minutes", Decimal(15))
    ]


def test_it_pairs_a_figure_up_on_the_one_of_an_earlier_year():
    found = revisions("Emergency admissions reached 84,300, up on the 79,900 of 2025.")
    assert found == [(Decimal(84300), "admissions", Decimal(79900))]


def test_it_pairs_an_average_of_earlier_years_set_against_the_figure():
    found = revisions("Yields averaged 52 tonnes a hectare, against an average of 71 over the previous five years.")
    assert [(value, previous) for value, _, previous in found] == [(Decimal(52), Decimal(71))]


def test_it_pairs_a_record_named_by_its_holder():
    found = revisions("A crowd of 5,812 packed into the ground, beating the league's previous record of 5,640.")
    assert [(value, previous) for value, _, previous in found] == [(Decimal(5812), Decimal(5640))]


def test_it_pairs_a_record_smashed():
    found = revisions("The station logged 318 millimetres of rain, smashing the previous record of 260 millimetres.")
    assert found == [(Decimal(318), "millimetres", Decimal(260))]


def test_it_pairs_the_value_of_an_earlier_report_in_brackets():
    found = revisions("Exports are expected to grow by just 0.6 per cent (3.2 per cent in the winter report).")
    assert found == [(Decimal("0.6"), "percent", Decimal("3.2"))]


def test_it_pairs_this_seasons_value_in_brackets_after_next_seasons():
    found = revisions("An adult ticket will cost 12 crowns next season (9 this season), the club said.")
    assert found == [(Decimal(12), "crowns", Decimal(9))]


def test_it_pairs_a_value_compared_with_the_end_of_an_earlier_year():
    found = revisions(
        "Debt will climb to 68 per cent of output next year, compared with 61 per cent at the end of 2026."
    )
    assert found == [(Decimal(68), "percent", Decimal(61))]


def test_it_pairs_the_forecast_a_figure_replaced():
    found = revisions("The bank now sees the deficit at 3.8 per cent of output, having forecast 2.9 per cent.")
    assert found == [(Decimal("3.8"), "percent", Decimal("2.9"))]


def test_it_takes_no_speaker_named_having_from_a_perfect_participle():
    found = mentions("The bank now sees the deficit at 3.8 per cent of output, having said 2.9 per cent.")
    assert all(m.speaker != "having" for m in found)
