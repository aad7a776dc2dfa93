"""
The second review of the session-24 engine changes (rounds 40-42): patterns that took a body's acts, a number's
neighbours or an open noun for more than they are, each shown by the sentence that gave a false speaker or figure.
"""

from decimal import Decimal

from tests.ingest_helpers import figures, mentions, revisions, speakers


def test_it_does_not_read_jobs_lost_last_year_as_a_companys_result():
    assert speakers("Kelvany Steel lost 400 jobs last year as orders fell.") == [None]


def test_it_does_not_read_games_lost_last_year_as_a_clubs_result():
    assert speakers("Brackenford United lost 14 games last year.") == [None]


TRUST_SPOKE = "The Kestrel Housing Trust said rents would rise by 4 per cent. "


def test_it_gives_a_body_what_it_built_after_it_spoke():
    assert speakers(TRUST_SPOKE + "It built 212 homes last year.")[-1] == "Kestrel Housing Trust"


def test_it_gives_a_body_what_it_has_more_than_doubled_after_it_spoke():
    assert speakers(TRUST_SPOKE + "It has more than doubled its fleet to 120 buses.")[-1] == "Kestrel Housing Trust"


def test_it_gives_a_body_what_it_has_cut_over_the_past_year_after_it_spoke():
    assert speakers(TRUST_SPOKE + "It has over the past year cut 40 routes.")[-1] == "Kestrel Housing Trust"


def test_it_still_reads_what_a_body_has_as_background():
    assert speakers(TRUST_SPOKE + "It has about 900 homes.")[-1] is None


def test_it_does_not_count_the_sides_in_a_dispute():
    assert figures("The two sides in the dispute met for five hours.") == []


def test_it_still_counts_the_villages_in_a_valley():
    assert (Decimal(3), "villages") in figures("The three villages in the valley lost power for a day.")


def test_it_does_not_read_a_period_replaced_as_the_hours_a_place_opens():
    found = revisions("The library will open for four hours on Saturdays instead of every day.")
    assert found == [(Decimal(4), "hours", None)]


def test_it_still_reads_a_frequency_replaced_by_its_period():
    found = revisions("Trains will run every two hours instead of every hour.")
    assert found == [(Decimal(2), "hours", Decimal(1))]


def test_it_does_not_read_no_tickets_for_fans_as_a_denial():
    found = mentions(
        "Kelbridge Rovers sold out the ground on Saturday. There were no tickets for 3,000 fans who queued outside."
    )
    assert [m.stance for m in found] == ["asserts"]


def test_it_still_reads_no_deal_for_a_figure_as_a_denial():
    found = mentions("There was never a deal on the table for 200 people, the union said.")
    assert [m.stance for m in found] == ["denies"]


def test_it_does_not_count_what_a_council_spends_every_year():
    assert figures("Repairs to the pier are expensive. The council spends thousands every year.") == []


def test_it_still_counts_the_people_turned_away_every_week():
    found = figures("Homeless families come to the shelter in winter. We turn away dozens every week.")
    assert (Decimal(24), "families") in found


def test_it_does_not_name_a_ministry_by_its_old_building():
    text = "Protesters gathered outside the old ministry building on Friday. The ministry said 40 people were arrested."
    assert speakers(text) == ["ministry"]


def test_it_does_not_name_an_office_by_its_being_the_head_office():
    text = "Staff at the head office in Kelbridge were told on Monday. The office said 40 jobs would go."
    assert speakers(text) == ["office"]


def test_it_still_names_a_ministry_by_what_it_does():
    text = "The health ministry opened the clinic on Friday. The ministry said 40 people were treated."
    assert speakers(text) == ["health ministry"]


def test_it_does_not_count_the_visitors_of_the_sentence_before_as_the_injured():
    found = figures("Ministers visited the flooded town on Monday. Twelve were injured when the bridge collapsed.")
    assert (Decimal(12), "ministers") not in found


def test_it_still_counts_the_lots_of_the_sentence_before_as_sold():
    found = figures("Cull cows met a slower trade. Sixty-two were sold to local buyers.")
    assert (Decimal(62), "cows") in found
