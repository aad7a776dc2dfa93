"""
Mend of fragments45: the review's sentences (findings_fragments45.py). "the museum said" goes only to a body of that
kind; a closing "it said" to the paragraph's reporter; "claimed that ... in costs" stays saying; a bare spokeswoman
speaks for no place, storm or holiday.
"""

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[str | None]:
    return [m.speaker for m in extract(clean_text(text)) if m.value is not None]


def _speaker_of(text: str, figure_start: str) -> str | None:
    found = [m.speaker for m in extract(clean_text(text)) if m.figure and m.figure.startswith(figure_start)]
    assert found, f"no figure {figure_start!r} taken"
    return found[-1]


# H1: a person opening the reported clause is no museum or trust
def test_h1_museum_said_after_a_clause_opening_with_a_person():
    assert _speakers("Greta Holm gave 3,000 objects to the collection in 1990, the museum said.") == ["museum"]


def test_h1_named_museum_not_replaced_by_a_person():
    text = (
        "The Harbour Museum reopened on Saturday. Director Anna Berg said 2,000 people came on the first day. "
        "Arts Minister Pavel Roos opened the new wing, which cost 4 million pounds, the museum said."
    )
    assert _speaker_of(text, "4 million") == "The Harbour Museum"


def test_h1_named_trust_not_replaced_by_its_chair():
    text = "Kalder Trust runs the estate. Chair Tom Hale raised 4 million pounds, the trust said."
    assert _speakers(text) == ["Kalder Trust"]


# H2: another body opening the reported clause is not the museum, college or festival
def test_h2_museum_said_after_a_clause_opening_with_another_body():
    text = (
        "The Harbour Museum reopened on Saturday. The Arts Council gave 2 million pounds towards the new wing, "
        "the museum said."
    )
    assert _speakers(text) == ["The Harbour Museum"]


def test_h2_college_said_after_a_clause_opening_with_a_school():
    text = "Kalder College opened a new campus. Hill Academy sent 200 pupils on visits, the college said."
    assert _speakers(text) == ["Kalder College"]


def test_h2_festival_said_after_police():
    text = "Thames Valley Police arrested 14 people over the weekend, the festival said."
    assert _speakers(text) == ["festival"]


# H3: the wrong reading sticks: "the museum" later in the page means the person
def test_h3_wrong_binding_carries_to_the_next_museum_said():
    text = (
        "Greta Holm gave 3,000 objects to the collection in 1990, the museum said. "
        "The museum said it drew 80,000 visitors last year."
    )
    assert _speaker_of(text, "80,000") == "museum"


# H4: closing "it said" after the reporting body is named in the sentence before
def test_h4_it_said_is_the_council_not_the_agency_it_reports_on():
    text = (
        "Dunmore Council published its budget on Monday. Residents have complained and the Highways Agency has "
        "spent 3 million pounds on the road, it said."
    )
    assert _speakers(text) == ["Dunmore Council"]


def test_h4_it_said_is_the_airline_not_the_regulator_that_fined_it():
    text = (
        "The airline said it would appeal. Passengers waited for hours and the Civil Aviation Authority fined it "
        "2 million pounds, it said."
    )
    assert _speakers(text) == ["airline"]


def test_h4_it_said_is_the_forecaster_not_the_agency():
    text = (
        "The Met Office issued a warning on Sunday. Rivers are high and the Environment Agency has issued 40 flood "
        "alerts, it said."
    )
    assert _speakers(text) == ["The Met Office"]


def test_h4_earlier_clause_figure_not_given_to_the_later_clause_body():
    text = (
        "Dunmore Council published its budget on Monday. The teachers have asked for 6 per cent and the government "
        "has offered 3 per cent, it said."
    )
    assert _speaker_of(text, "6 per cent") != "government"


# H5: "claimed (that) ... in <words> costs" is saying, not claiming money
def test_h5_claimed_that_a_sum_in_costs_keeps_its_claimant():
    text = "The campaign claimed that 3 million pounds in legal costs had been wasted."
    assert _speakers(text) == ["campaign"]


def test_h5_claimed_a_body_spent_a_sum_in_costs_keeps_its_claimant():
    assert _speakers("Critics claimed the council spent 2 million pounds in consultancy costs.") == ["Critics"]


# H6: a bare spokeswoman does not speak for a place that opened the sentence before
def test_h6_spokeswoman_is_no_place():
    text = (
        "Tervane Airlines cancelled flights to Lisbon. Lisbon has been hit by strikes. "
        "A spokeswoman said 3,000 passengers were affected."
    )
    assert _speakers(text)[-1] != "Lisbon"


# M1: "claimed for a decade", "claimed for her part": saying, not claiming against a cost
def test_m1_claimed_for_a_decade_keeps_its_claimant():
    text = "Rivals have claimed for a decade that the club owed 5 million pounds."
    assert _speakers(text) == ["Rivals"]


def test_m1_claimed_for_her_part_keeps_its_claimant():
    assert _speakers("Ms Dale claimed for her part that 200 staff had left.") == ["Dale"]


# M2: a storm opening the clause is no festival
def test_m2_festival_said_after_a_storm():
    text = "Storm Dara forced the closure of two stages, costing 200,000 pounds, the festival said."
    assert _speaker_of(text, "200,000") == "festival"


# M3: a bare spokeswoman does not speak for a holiday that opened the sentence before
def test_m3_spokeswoman_is_no_holiday():
    text = (
        "Tervane Airlines cancelled flights during the Easter weekend. Easter is the busiest time of year. "
        "A spokeswoman said 3,000 passengers were affected."
    )
    assert _speakers(text)[-1] != "Easter"


# the review's other cases, and the near misses the mend keeps
def test_a_person_or_another_body_is_no_festival_museum_or_trust():
    assert _speakers("Mayor Kit Dorran has pledged 500,000 pounds, the festival said.") == ["festival"]
    assert _speakers("The Heritage Lottery Fund gave 2 million pounds, the trust said.") == ["trust"]
    assert _speakers("Sunday's Merrow Gathering drew 30,000 people, the festival said.") == ["festival"]
    assert _speakers("The Merrow Gathering sold 21,000 tickets, the festival said.") == ["The Merrow Gathering"]


def test_a_reporter_named_before_keeps_every_figure_of_its_it_said():
    text = (
        "The regulator published its annual report on Monday. Last year Orvel Energy cut bills by 4 per cent and "
        "the Water Board raised them by 7 per cent, it said."
    )
    assert _speakers(text) == ["regulator", "regulator"]


def test_a_spokeswoman_after_a_body_or_a_place():
    text = "Orvel Motors is cutting jobs at Kessby. Kessby has been hit hard. A spokeswoman said 400 jobs would go."
    assert _speakers(text) == ["A spokeswoman"]
    text = "Tervane Airlines has responded to the strike. A spokeswoman said 3,000 passengers were affected."
    assert _speakers(text) == ["Tervane Airlines"]


def test_claiming_a_sum_in_costs_is_still_claiming_money():
    text = "MPs claimed 2.4 million crowns in travel and meeting costs last year, the office said."
    assert _speakers(text) == ["office"]
