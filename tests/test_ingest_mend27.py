"""
Mends from the review of the session-27 engine work. A deed done under a law ("Police arrested 40 people under the
new law", "It has closed 3 plants under the new rules") is its doer's act, not a figure the law states; a relative
clause on a plan or a deal ("approved a plan which moves 300 jobs") is its news, not background; a "that" right after
a reporting verb ("said that moves 300 jobs") opens what it reports, no description.
"""

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_bodys_act_done_under_the_rules_stays_the_bodys():
    text = "The regulator said on Monday it had fined 12 firms. It has closed 3 plants under the new rules."
    assert (Decimal(3), "regulator") in _figures(text)


def test_a_perfect_act_under_national_rules_is_the_doers():
    assert (Decimal(12), "ministry") in _figures("The ministry has fined 12 firms under national rules since March.")


def test_what_a_law_gives_is_still_no_ones():
    assert (Decimal(30), None) in _figures("Orlo said he would appeal; under Keldran law he has 30 days to do so.")
    assert (Decimal(1450), None) in _figures(
        "Under Serravel law, compensation for a lost bag is capped at 1,450 velars."
    )


def test_what_a_plan_will_do_is_its_news_not_background():
    assert (Decimal(300), "council") in _figures("The council approved a plan which moves 300 jobs to Velm.")


def test_a_that_after_the_cue_opens_the_report():
    assert (Decimal(300), "company") in _figures("The company said that moves 300 jobs to Velm.")


def test_a_venue_described_is_still_background():
    text = "Marrow Water said leaks fell by 8 per cent last year. It is the utility that supplies Dunmore and 9 towns."
    assert (Decimal(9), None) in _figures(text)


HEARING = """Budget hearing: transcript

The committee heard from the finance minister, Ola Brenn, and the auditor, Tove Lind, on the Spring Budget.

BRENN: We will spend 40 million on roads.

LIND: The audit found 12 errors.

BRENN: We fixed 9 of them.

BUDGET: Road spending rose to 400 million kroner this year.
"""


def test_a_heading_label_over_a_titled_thing_is_no_ones_turn():
    # "BUDGET:" over "the Spring Budget" is a heading, not a turn of a person called "Spring Budget"
    speakers = {m.value: m.speaker for m in extract(clean_text(HEARING)) if m.value is not None}
    assert speakers.get(Decimal(400000000)) != "Spring Budget"
    assert speakers.get(Decimal(9)) == "Ola Brenn"


def _revisions(text: str, published: date) -> dict[Decimal, Decimal | None]:
    return {m.value: m.previous_value for m in extract(clean_text(text), published=published) if m.value is not None}


def test_a_month_with_no_year_in_a_plan_is_no_earlier_value():
    # "in May" of a plan is this May, ahead; engine27e's IN_MONTH read it as last May, so 4,500 became the earlier
    # value of January's 3,100 and was lost as a claim
    found = _revisions(
        "The ferry carried 3,100 passengers in January. It is set to carry 4,500 in May.", date(2027, 2, 10)
    )
    assert found.get(Decimal(3100)) is None
    assert Decimal(4500) in found


def test_a_month_with_no_year_under_is_due_to_is_no_earlier_value():
    found = _revisions(
        "The depot held 5,200 tonnes of grain in January. It is due to hold 6,000 tonnes in March.", date(2027, 2, 10)
    )
    assert found.get(Decimal(5200)) is None
    assert Decimal(6000) in found


def test_a_cause_after_due_to_still_places_the_months():
    found = _revisions(
        "The depot held 5,200 tonnes of grain in October. It holds 3,100 tonnes now and is due to the drought.",
        date(2027, 2, 10),
    )
    assert found.get(Decimal(3100)) == Decimal(5200)


def test_a_gallery_or_a_surgery_is_no_company():
    # engine27f's PLACE_OF_TRADE took any word in -ery for a business, so "the company" meant a gallery or a surgery
    for place in ("Kelby Gallery, the oldest gallery in the county,", "Orrin Surgery, the busiest surgery in Kelby,"):
        text = (
            f"Norbeck Cycles said sales rose 4 percent. {place} has closed. The company said 300 bikes were recalled."
        )
        speakers = dict(_figures(text))
        assert speakers[Decimal(300)] not in ("Kelby Gallery", "Nearby Kelby Gallery", "Orrin Surgery")


def test_a_description_in_a_column_is_its_writers():
    # engine27g's DESCRIBED left out only a release; a column's own figures are its writer's (ingest_labelling.md),
    # as engine27d's unset standards and the column's other background already had it
    text = (
        "By Ola Fenn\n\nThe council wants to close the Brekke Road pool. It should not.\n\n"
        "The pool, which holds 400 swimmers, still drew 41,000 swimmers last season, and its lanes were full on most "
        "weekday evenings after the new timetable started.\n\n"
        "I have swum there since I was a child, and the changing rooms have never been as busy as they are this "
        "winter.\n\nOla Fenn is the Gazette's sport columnist."
    )
    assert (Decimal(400), "Ola Fenn") in _figures(text)


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_every_other_month_is_a_frequency_outside_a_column():
    # engine27c's COLUMN_SCHEDULE_BEFORE took any "writes" or "column" before it for a column's schedule
    assert (Decimal(2), "months") in _units("The council writes to tenants every other month about arrears.")
    assert (Decimal(2), "days") in _units("A column of lorries leaves the depot every other day.")


def test_a_columns_schedule_is_still_no_frequency():
    assert (
        _units("Dagny Rooke's column appears every other Friday. Hester Vane writes on transport every other week.")
        == []
    )


def test_a_dozen_that_cost_someone_a_total_is_a_count():
    # engine27c's PRICED_AFTER took any "cost" after "a dozen X" for the price of a dozen
    assert (Decimal(12), "signings") in _units("A dozen new signings cost the club 40 million kroner last summer.")
    assert (Decimal(12), "eggs") not in _units("A dozen eggs cost €3.90 at the market.")


def test_the_club_is_not_another_club_described_in_passing():
    # engine27f's _introduce_kind let "Kelby Links, a club in the next valley" displace the club the page named
    text = (
        "Orrin Golf Club said 400 members voted on Monday. It will merge with Kelby Links, a club in the next valley. "
        "The club said 61 percent of its members backed the merger."
    )
    assert (Decimal(61), "Orrin Golf Club") in _figures(text)
