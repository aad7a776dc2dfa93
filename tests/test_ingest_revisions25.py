"""
The session-21 rule "An earlier value in time" (tests/ingest_labelling.md), round 25: an earlier value set against a
figure by "against" after an earlier event or the whole of an earlier period, a loss set against a profit (below zero),
a bare earlier value or one in a unit of its own, a value first given in apposition and then changed, an earlier value
told in the next sentence by a time counted back ("A decade earlier it was", "Two seasons ago it sold") or by the
measure named again ("The bill was up from"), a change asked "to raise that to", and a figure told in the past beside an
estimate that "had been" another, or in a quotation whose attribution names a year of its own.
"""

from decimal import Decimal

from tests.ingest_helpers import figures, mentions, revisions


def test_an_earlier_event_named_by_its_month_gives_the_value_replaced():
    assert revisions("Entries: 2,310 lambs forward, against 1,790 at the October sale.") == [
        (Decimal(2310), "lambs", Decimal(1790))
    ]


def test_the_whole_of_last_year_is_an_earlier_period():
    assert revisions("The station has recorded 31 floods this year, against five in the whole of last year.") == [
        (Decimal(31), "floods", Decimal(5))
    ]


def test_a_loss_set_against_a_profit_is_below_zero():
    assert revisions(
        "The brewer made a profit of 4.2 million marks, against a loss of 1.6 million a year earlier."
    ) == [(Decimal("4.2E6"), "marks", Decimal("-1.6E6"))]


def test_a_loss_set_against_a_loss_keeps_its_sign():
    found = revisions("The airline lost 8.5 million marks last year, against a loss of 12 million in 2024.")
    assert found == [(Decimal("8.5E6"), "marks", Decimal("12E6"))]


def test_whose_earlier_figure_it_was_may_be_named_before_the_year():
    found = revisions("Her majority was 2,406 votes, against 7,115 for the Greens in 2023.")
    assert found == [(Decimal(2406), "votes", Decimal(7115))]


def test_a_bare_earlier_value_counts_what_the_figure_before_counts():
    found = revisions("The warden said she now had 640 beds to fill, against 410 three years ago.")
    assert found == [(Decimal(640), "beds", Decimal(410))]


def test_an_earlier_value_after_a_comparative_keeps_its_own_unit():
    found = revisions(
        "Fire crews took an average of 11.2 minutes to reach a call, slower than the 9.7 minutes of 2024."
    )
    assert found == [(Decimal("11.2"), "minutes", Decimal("9.7"))]


def test_a_value_first_given_in_apposition_then_changed_is_the_value_replaced():
    found = revisions("The number of missing climbers, initially put at 12, rose to 19 on Sunday, the police said.")
    assert found == [(Decimal(19), "climbers", Decimal(12))]


def test_a_decade_earlier_it_was_gives_the_value_replaced_in_the_next_sentence():
    found = revisions("Hives in the region fell to 41,000, the association said. A decade earlier it was 58,000.")
    assert found == [(Decimal(41000), "hives", Decimal(58000))]


def test_a_bound_after_it_was_is_the_value_replaced():
    found = revisions("Hives in the region fell to 41,000, the association said. Ten years ago it was north of 60,000.")
    assert found == [(Decimal(41000), "hives", Decimal(60000))]


def test_a_past_verb_after_a_time_counted_back_gives_the_value_replaced():
    found = revisions("The theatre sold 1,200 memberships this year. Three seasons ago it sold 700.")
    assert found == [(Decimal(1200), "memberships", Decimal(700))]


def test_the_measure_named_again_by_any_noun_is_up_from_an_earlier_value():
    found = revisions(
        "Councils spent 212 million marks on taxis for pupils last year. The bill was up from 170 million marks."
    )
    assert found == [(Decimal("212E6"), "marks", Decimal("170E6"))]


def test_the_previous_years_total_is_the_value_replaced():
    found = revisions("Cancellations fell to 1,240 cancellations, the board said. The previous year's total was 2,490.")
    assert found == [(Decimal(1240), "cancellations", Decimal(2490))]


def test_a_change_asked_for_keeps_the_figure_before_as_a_claim():
    found = revisions(
        "The mill pays 30 million marks a year into the fund. The trustees have asked it to raise that to 55 million."
    )
    assert found == [(Decimal("30E6"), "marks", None), (Decimal("55E6"), "marks", Decimal("30E6"))]


def test_a_figure_told_in_the_past_beside_one_that_had_been_is_the_later():
    found = revisions(
        "The statistics office said exports grew 1.1 per cent in the first quarter. "
        "Its first estimate, published in May, had been 1.6 per cent."
    )
    assert found == [(Decimal("1.1"), "percent", Decimal("1.6"))]


def test_a_year_in_the_attribution_does_not_date_the_quoted_figure():
    found = mentions(
        '"When I started we had 9 volunteers. Now we have 31, and a waiting list," said Brun, who took over in 2022.'
    )
    assert [(m.value, m.previous_value) for m in found] == [(Decimal(31), Decimal(9))]


def test_a_time_between_the_figure_and_from_keeps_the_change():
    found = revisions("Closures were down to 14 days this year from 40 days last year, the agency said.")
    assert found == [(Decimal(14), "days", Decimal(40))]


def test_a_multiplying_verb_that_gives_the_new_level_adds_no_share():
    assert figures("Club membership has more than doubled to 6,400 members since the summer.") == [
        (Decimal(6400), "members")
    ]


def test_halved_to_a_level_adds_no_share():
    assert (Decimal(50), "percent") not in figures("Cancellations roughly halved, to 1,240 cancellations.")


def test_the_level_a_plural_subject_doubled_to_counts_that_subject():
    assert figures("The police said arrests had more than doubled, to 930, after the campaign.") == [
        (Decimal(930), "arrests")
    ]


def test_a_reading_we_are_measuring_now_is_set_against_the_one_when_i_started():
    found = revisions(
        "The layer was about 80 centimetres deep when I started here in 2009. "
        "This summer we are measuring 130 centimetres at some sites."
    )
    assert found == [(Decimal(130), "centimetres", Decimal(80))]
