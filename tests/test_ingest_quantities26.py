"""Quantities of round 26: figures the engine left out, read as two claims, or read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import figures, revisions


def test_it_reads_a_budget_and_the_final_bill_after_it_as_one_revision():
    text = "The bridge repair was budgeted at 12 million florins. The final bill came to 19 million florins."
    assert revisions(text) == [(Decimal(19000000), "florins", Decimal(12000000))]


def test_it_reads_an_expectation_and_what_is_now_thought_as_one_revision():
    text = "We expected all 40 buses on the road by June. We now think 31 will be running by the autumn."
    assert revisions(text) == [(Decimal(31), "buses", Decimal(40))]


def test_it_reads_a_target_raised_in_the_next_sentence_as_one_revision():
    text = "The school set out with a target of 80,000 crowns. Governors raised the target to 95,000 crowns in May."
    assert revisions(text) == [(Decimal(95000), "crowns", Decimal(80000))]


def test_it_keeps_a_forecast_and_what_now_happens_as_two_claims():
    text = "Planners forecast that 9,000 cars a day would use the tunnel. It now carries 4,100 cars a day."
    assert [r[2] for r in revisions(text)] == [None, None]


def test_it_reads_thats_up_from_in_the_next_sentence_as_the_earlier_value():
    text = "The reserve counted 2,300 cranes this winter. That's up from 1,650 in the count before."
    assert revisions(text) == [(Decimal(2300), "cranes", Decimal(1650))]


def test_it_reads_last_month_it_was_as_the_earlier_value():
    text = "A sack of rice costs 14 dinars now. Last month it was 9."
    assert revisions(text) == [(Decimal(14), "dinars", Decimal(9))]


def test_it_reads_the_total_named_again_as_up_from_the_earlier_value():
    text = (
        "Hospital beds blocked by delayed discharges reached 1,240 in March, the board said. "
        "The total, in a paper to its meeting on Monday, is up from 980 a year earlier."
    )
    assert revisions(text)[0] == (Decimal(1240), "beds", Decimal(980))


def test_it_reads_what_we_had_budgeted_as_the_earlier_value():
    text = "We spent 52,000 crowns on heating last year. We had budgeted 40,000."
    assert revisions(text) == [(Decimal(52000), "crowns", Decimal(40000))]


def test_it_keeps_a_share_after_the_earlier_value_as_a_figure_of_its_own():
    text = "We handed out 8,100 blankets this winter. The year before it was 6,000, so that is a rise of a third."
    found = revisions(text)
    assert found[0] == (Decimal(8100), "blankets", Decimal(6000))
    assert len(found) == 2


def test_it_counts_food_banks_not_banks():
    text = "The charity runs 86 food banks across the region."
    assert figures(text) == [(Decimal(86), "food banks")]


def test_it_keeps_a_hyphenated_compound_and_drops_a_hyphenated_adjective():
    text = "The club said 3,400 long-standing season-ticket holders had renewed."
    assert figures(text) == [(Decimal(3400), "season-ticket holders")]


def test_it_counts_traffic_lights_not_lights():
    text = "Engineers found 23 traffic lights out of order after the storm."
    assert figures(text) == [(Decimal(23), "traffic lights")]


def test_it_reads_a_quoted_vague_count_before_of_and_its_noun():
    text = 'The union says "hundreds of thousands" of commuters were stranded.'
    assert figures(text) == [(Decimal(200000), "commuters")]


def test_it_takes_no_present_verb_for_what_a_count_counts():
    text = "The library has 60 volunteers on its books. About 25 come in each week."
    assert figures(text)[-1] == (Decimal(25), "volunteers")


def test_it_takes_no_adjective_of_state_for_what_a_count_counts():
    text = "The council ordered 9,000 sandbags. Residents were told there were 2,500 available."
    assert "available" not in [unit for _, unit in figures(text)]


def test_it_takes_no_first_for_what_a_count_counts():
    text = "The plan now has 90 flats rather than the 140 first proposed."
    assert "first" not in [unit for _, unit in figures(text)]


def test_it_counts_the_noun_after_outside_as_a_modifier():
    text = "The firm has hired 35 outside auditors to check the accounts."
    assert figures(text) == [(Decimal(35), "auditors")]


def test_it_counts_the_animals_after_wild_not_wild():
    text = "Anglers counted about 600 wild trout in the upper river."
    assert figures(text) == [(Decimal(600), "trout")]
