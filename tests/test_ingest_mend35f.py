"""
Mend 35f: review 35f's findings on reports35 (a body's tables, rankings and registers carried on; a survey's
respondents speaking for its maker). Made-up pages; the speaker each figure must (or must not) have.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


def _speaker_of(text: str, value: Decimal) -> str | None:
    speakers = _speakers(text)
    assert value in speakers, f"{value} not found in {sorted(speakers)}"
    return speakers[value]


TWO_THIRDS = Decimal(2) / Decimal(3)


def _share(text: str, near: Decimal) -> str | None:
    """The speaker of the one share on the page near `near` (two-thirds, a half)."""
    speakers = _speakers(text)
    found = [v for v in speakers if abs(v - near) < Decimal("0.5") or abs(v - near * 100) < Decimal("0.5")]
    assert found, f"no share near {near} in {sorted(speakers)}"
    return speakers[found[0]]


# H1: what a household or a buyer "needs", told after a release's lead, is its finding, no standing state
def test_what_a_family_needs_after_a_reports_lead_is_its_finding():
    page = (
        "Rents in Velmora rose by 9 per cent last year, according to a report published on Tuesday by the Velm "
        "Housing Trust.\n\n"
        "A family of four now needs 2,400 lintas a month to rent a three-bedroom flat in the capital. The average "
        "first-time buyer needs 14 years to save for a deposit, up from 11 in 2019.\n\n"
        '"These numbers should shock everyone," said Ilse Varn, the trust\'s director.'
    )
    assert _speaker_of(page, Decimal(2400)) == "Velm Housing Trust"
    assert _speaker_of(page, Decimal(14)) == "Velm Housing Trust"


def test_what_each_school_needs_after_an_inspectorates_report_is_its_finding():
    page = (
        "The Norland Schools Inspectorate published its annual report on Monday, finding that 212 schools were short "
        "of teachers.\n"
        "A typical secondary school needs 6 more maths teachers to meet the national curriculum, the report found. "
        "Each school needs about 40,000 marks a year for repairs."
    )
    assert _speaker_of(page, Decimal(40000)) == "Norland Schools Inspectorate"


# H2: people who are not the survey's respondents (a committee, farmers at a meeting, litigants)
def test_a_committees_members_later_are_not_an_earlier_surveys_respondents():
    page = (
        "The Velm Chamber of Commerce surveyed 300 firms about the new tram line in May.\n\n"
        "On Wednesday the city's transport committee voted on the scheme. Two-thirds of committee members said they "
        "backed it, and the line will open in 2028 at a cost of 640 million lintas."
    )
    assert _speaker_of(page, Decimal(640000000)) != "Velm Chamber of Commerce"
    assert _share(page, TWO_THIRDS) != "Velm Chamber of Commerce"


def test_farmers_at_a_meeting_are_not_a_surveys_respondents():
    page = (
        "A survey by the Orsk Dairy Council found milk sales fell 4 per cent last year.\n\n"
        "Farmers met ministers on Wednesday. The farm minister, Pel Anders, said the government would pay 12 million "
        "in support. Two-thirds of the farmers at the meeting said the money was too little."
    )
    assert _share(page, TWO_THIRDS) != "Orsk Dairy Council"


def test_litigants_are_not_a_surveys_respondents():
    page = (
        "The Brannock Tenants Federation surveyed 900 renters in the city last autumn.\n\n"
        "Separately, twelve tenants of Harrow Court are suing their landlord, Castelmor Homes, over damp. Half of them "
        "said in court papers that their children had fallen ill."
    )
    assert _share(page, Decimal("0.5")) != "Brannock Tenants Federation"


# M1: a later, different survey does not keep the first one's maker
@pytest.mark.parametrize(
    ("page", "old"),
    [
        (
            "The Orsk Retail Guild surveyed 500 shop owners last month about rising rents.\n\n"
            "A separate poll of 800 shoppers asked about opening hours. Almost two-thirds said shops should open later "
            "on Sundays.",
            "Orsk Retail Guild",
        ),
        (
            "The Orsk Retail Guild surveyed 500 of its members in January about energy bills.\n\n"
            "The annual poll by Tallis Research for the Velm Courier, published on Friday, asked 2,000 adults about "
            "their spending. Almost half said they had cut back on eating out.",
            "Orsk Retail Guild",
        ),
        (
            "The Velm Teachers Union surveyed 2,000 of its members in September.\n\n"
            "Separately, the Orsk Parents Forum asked 600 parents about school meals. Three in four said portions had "
            "shrunk.",
            "Velm Teachers Union",
        ),
    ],
)
def test_a_later_different_survey_does_not_keep_the_first_makers(page, old):
    shares = [v for v in _speakers(page) if v in (TWO_THIRDS * 100, Decimal(50), Decimal(75))]
    shares += [v for v in _speakers(page) if abs(v - TWO_THIRDS * 100) < 1]
    assert shares, sorted(_speakers(page))
    assert all(_speakers(page)[v] != old for v in shares)


def test_a_later_poll_by_its_maker_is_that_makers():
    page = (
        "The Orsk Retail Guild surveyed 500 of its members in January about energy bills.\n\n"
        "The annual poll by Tallis Research for the Velm Courier, published on Friday, asked 2,000 adults about "
        "their spending. Almost half said they had cut back on eating out."
    )
    assert _speaker_of(page, Decimal(50)) == "Tallis Research"


# M2: a party or candidate that "polled" votes made no survey
def test_a_party_that_polled_votes_made_no_survey():
    page = (
        "The Harbour Party polled 41 per cent in Sunday's election, its best result since 1998.\n\n"
        "An exit poll suggested younger voters had turned away from the party. Nearly half of voters under 30 said "
        "housing was their main concern."
    )
    assert _speaker_of(page, Decimal(50)) != "Harbour Party"


def test_a_candidate_who_polled_votes_made_no_survey():
    page = (
        "Ada Renn polled 12,400 votes in the Velm North by-election on Thursday, a majority of 3,100.\n\n"
        "Turnout was 41 per cent. Interviewed outside the count, nearly half of her supporters said the cost of "
        "living had decided their vote."
    )
    assert _speaker_of(page, Decimal(50)) != "Ada Renn"


# M3: a sports body's rankings or tables do not carry to a player's income, prize money or a transfer fee
def test_a_federations_rankings_do_not_carry_to_a_players_income():
    page = (
        "The Velm Tennis Federation released its rankings on Monday, with Ana Morel climbing to fourth.\n\n"
        "Morel, who turned professional in 2019, earns about 2 million lintas a year from sponsors. She will play in "
        "the Orsk Open next week, where the winner takes home 400,000 lintas."
    )
    assert _speaker_of(page, Decimal(2000000)) != "Velm Tennis Federation"
    assert _speaker_of(page, Decimal(400000)) != "Velm Tennis Federation"


def test_a_leagues_tables_do_not_carry_to_a_transfer_fee():
    page = (
        "The Orsk Football League published its tables after the weekend's games.\n\n"
        "Harbour United, who sacked their manager in March, paid 12 million marks for the striker Tomas Reel last "
        "summer."
    )
    assert _speaker_of(page, Decimal(12000000)) != "Orsk Football League"


# L1: a club's own register does not make its description a finding
def test_a_clubs_register_does_not_carry_to_its_rent():
    page = (
        "Velm Rowing Club has 240 members, according to the club's register.\n\n"
        "The club, founded in 1898, rents its boathouse from the council for 3,000 marks a year."
    )
    assert _speaker_of(page, Decimal(3000)) != "Velm Rowing Club"
