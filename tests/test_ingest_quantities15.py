"""Quantity recall and precision of the extraction engine (issue 15, fifteenth round): page cleaning, units, rates."""

from decimal import Decimal

from ingest.cleaning import clean
from ingest.extraction import extract
from tests.ingest_helpers import figures, revisions


def test_a_correction_note_is_not_part_of_the_body():
    raw = (
        "The harbour board said 412 berths would be let to visiting yachts this summer, up from 380 last year.\n\n"
        "Correction, 4 May: An earlier version of this article said 421 berths would be let. The right figure is "
        "412.\n\n"
        "Correction: this story was amended to give the board's full name, the Tessel Harbour Board, in its sixth "
        "paragraph.\n"
    )
    body = clean(raw)
    assert "421" not in body
    assert "sixth paragraph" not in body
    assert "412 berths" in body


def test_a_volume_per_unit_of_time_is_a_flow():
    assert figures("The weir now passes 14 cubic metres a second, the water board said.") == [
        (Decimal("14"), "cubic metres a second")
    ]
    assert figures("The new tank holds 30 cubic metres, the board said.") == [(Decimal("30"), "cubic metres")]


def test_two_modifiers_joined_by_and_share_a_collective_head():
    assert figures("The yard employs 340 engine and hull crew on the island.") == [(Decimal("340"), "crew")]


def test_an_exchange_rate_is_a_price_in_the_currency_it_is_about():
    assert figures("The dorvin was trading at 3.45 to the euro on Friday.") == [(Decimal("3.45"), "dorvins per euro")]
    assert figures("Traders said the mirel closed at 11.2 per dollar.") == [(Decimal("11.2"), "mirels per dollar")]
    assert revisions("The central bank moved the tallen's official rate from 2.10 to 2.60 to the dollar.") == [
        (Decimal("2.60"), "tallens per dollar", Decimal("2.10"))
    ]


def test_a_rate_footnote_and_a_rate_without_a_currency_subject_are_no_claims():
    assert figures("The budget is 40 million dorvins. (1 euro = 3.45 dorvins)") == [(Decimal("40000000"), "dorvins")]
    assert figures("Growers were paid 4 per tonne more than last year.") == []


def test_the_one_of_a_ratio_is_its_unit_not_a_claim():
    text = "The district has 1 midwife for every 4,200 births, against 1 for every 2,900 in the south."
    assert figures(text) == [(Decimal("4200"), "births"), (Decimal("2900"), "births")]


def test_a_target_duration_is_a_standard_and_a_penalty_is_no_statistic():
    assert figures("The median wait was 9 weeks, against a target of 6 weeks.") == [
        (Decimal("9"), "weeks"),
        (Decimal("6"), "weeks"),
    ]
    assert figures("The two riders were banned for 18 months by the federation.") == []
    assert figures("The smugglers were jailed for a total of 23 years on Friday.") == []


def test_a_rating_on_a_numbered_scale_is_the_level_reached():
    assert figures("The flood warning for the valley had stood at level 2 of 4 since Friday.") == [
        (Decimal("2"), "level")
    ]
    assert figures("The office raised the fire danger to level 4 on Monday.") == [(Decimal("4"), "level")]


def test_a_numbered_name_is_no_rating():
    assert figures("The Phase 3 trial will report in May.") == []
    assert figures("She taught Grade 9 classes for a decade.") == []


def test_people_named_by_what_happened_to_them_are_people():
    assert figures("Doctors said 9 of the rescued were still in intensive care.") == [(Decimal("9"), "people")]
    assert figures("The agency put the number of displaced at 8,400 on Sunday.") == [(Decimal("8400"), "people")]
    assert figures("Relatives of 12 of the dead gathered at the harbour.") == [(Decimal("12"), "dead")]


def test_a_figure_met_before_then_its_verb_keeps_its_unit():
    text = "The agency put the bill at 3.2 million dorvins. Its 3.2 million counts the cleaning contract twice."
    assert figures(text) == [(Decimal("3200000"), "dorvins"), (Decimal("3200000"), "dorvins")]


def test_the_votes_each_side_won_are_its_result_but_a_motions_margin_is_not():
    assert figures("In the harbour ward Leave won 2,310 votes to 1,875 for Remain.") == [
        (Decimal("2310"), "votes"),
        (Decimal("1875"), "votes"),
    ]
    assert figures("The bill passed by 140 votes to 122 after a long debate.") == []


def test_a_change_from_a_dated_value_to_another_is_one_revision():
    assert revisions("Membership grew from 3,100 members in 1998 to 12,400 members by 2024.") == [
        (Decimal("12400"), "members", Decimal("3100"))
    ]


def test_a_space_is_counted_with_what_it_is_a_space_for():
    assert figures("The number of parking spaces fell to 1,020 last year.") == [(Decimal("1020"), "parking spaces")]


def test_a_fraction_that_sizes_a_change_is_a_share():
    assert figures("The board forecast a fall of a quarter in bookings.") == [(Decimal("25.0"), "percent")]
    # no share of anything, but a fraction of a percentage point (issue 16)
    assert figures("The dissenters wanted a smaller cut of a quarter point.") == [
        (Decimal("0.25"), "percentage points")
    ]


def test_the_evidence_a_study_was_made_of_is_no_finding():
    text = (
        "The count was carried out by 410 volunteers at 1,250 sites, using records from 96 nature reserves. "
        "It found 18,300 breeding pairs."
    )
    assert figures(text) == [(Decimal("18300"), "pairs")]
    assert figures("Our analysis of 52 council budgets shows 31 councils cut their grants.") == [
        (Decimal("31"), "councils")
    ]
    assert figures("A survey of 1,400 adults found 62 per cent backed the plan.") == [(Decimal("62"), "percent")]


def test_a_money_noun_counted_in_words_is_a_count_not_a_sum():
    text = "The trust spent 2.4 million lunds on land. It opened two new reserves in the east."
    assert figures(text) == [(Decimal("2400000"), "lunds"), (Decimal("2"), "reserves")]


def test_two_close_values_joined_by_or_are_a_range():
    found = extract("Police believe five or six men took part in the raid.")
    assert [(m.lower, m.upper, m.unit, m.qualifier) for m in found] == [(Decimal("5"), Decimal("6"), "men", "range")]
    far_apart = extract("The clinic saw 14 or 40 patients, depending on whose count you take.")
    assert "range" not in {m.qualifier for m in far_apart}


def test_the_base_of_a_rate_is_no_claim_unless_the_rate_is_one_to_it():
    assert figures("Inspectors recorded 41 assaults for every 1,000 prisoners.") == [(Decimal("41"), "assaults")]
    assert figures("There is one doctor for every 3,100 residents.") == [(Decimal("3100"), "residents")]


def test_a_paragraph_about_corrections_officers_is_body():
    raw = (
        "Corrections officers at the jail told reporters: the wing held 212 inmates, twice its capacity of 106.\n\n"
        "Correction, 2 May 2027, 09:15: An earlier version of this article gave the capacity as 160.\n"
    )
    body = clean(raw)
    assert "212 inmates" in body
    assert "160" not in body


def test_a_frequency_after_from_is_no_earlier_value():
    found = revisions("The operator will run 14 buses from a stop every 9 minutes to a stop every 12 minutes.")
    assert (Decimal("14"), "buses", None) in found
