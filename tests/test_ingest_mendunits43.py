"""
Mending units43 (review findings_units43): a share split after "pay" stays a share, a compound followed by "from the
..." inside a singular "of" phrase stays a compound, the page's currency is learnt only from a real currency unit, and
"got 800 back" keeps its figure in the page's currency.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _mentions(page: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(page)) if m.value is not None]


def _units_of(page: str, value: Decimal) -> list[str]:
    return [unit for v, unit in _mentions(page) if v == value]


# H1: a share just before "pay N" no longer blocks the payment reading
def test_it_reads_no_sum_in_the_elided_share_after_pay() -> None:
    page = (
        "Employers to carry more of the insurance bill\n\n"
        "By Corin Vale\n\n"
        "The new health levy will cost the Treasury 2.4 billion lunars over five years, the finance ministry said on "
        "Tuesday.\n\n"
        "Under the scheme, employers pay 60 per cent of each worker's premium and workers pay 40.\n\n"
        '"It is a fair split," said the minister, Odile Marsh.\n'
    )
    assert "lunars" not in _units_of(page, Decimal(40))


# H2: a bare figure equal to an earlier share, after "pay", is turned into the page's charged currency
def test_it_keeps_the_share_a_patient_pays_as_a_share() -> None:
    page = (
        "Clinic fees\n\n"
        "By Hana Drewitt\n\n"
        "The Pellow Street clinic charges 45 sorrels for a consultation, its manager said.\n\n"
        "About 30 per cent of patients are exempt. The rest pay the full fee.\n\n"
        "Patients currently pay 20 per cent of the cost of their prescriptions. From April they will pay 30, the "
        "health board said.\n"
    )
    assert "sorrels" not in _units_of(page, Decimal(30))


def test_it_keeps_the_states_share_of_the_bills_a_share() -> None:
    page = (
        "Pensioners' energy help\n\n"
        "By Yusuf Adair\n\n"
        "About 60 per cent of pensioners will get the new winter payment, which costs 85 florins a household, the "
        "ministry said.\n\n"
        "The remaining 40 per cent will pay 60 per cent of their bills, and the state will pay 40.\n"
    )
    assert "florins" not in _units_of(page, Decimal(40))


# H3: a compound after a singular "of" phrase is split when the second plural is followed by "from the"
def test_it_keeps_customs_officers_from_the_port_a_compound() -> None:
    page = (
        "Customs crackdown at Velm port\n\n"
        "By Arno Feist\n\n"
        "A team of 14 customs officers from the port authority seized the shipment on Friday.\n"
    )
    assert _units_of(page, Decimal(14)) == ["officers"]


def test_it_keeps_arms_inspectors_from_the_agency_a_compound() -> None:
    page = "A unit of 12 arms inspectors from the agency arrived in Corrano on Monday.\n"
    assert _units_of(page, Decimal(12)) == ["inspectors"]


def test_it_keeps_sports_clubs_from_the_region_a_compound() -> None:
    page = "A group of 20 sports clubs from the region signed the letter, the organisers said.\n"
    assert _units_of(page, Decimal(20)) == ["clubs"]


# H4: any count a verb of cost, payment or charging governs becomes the page's currency for its bare sums
def test_it_takes_no_currency_from_trees_a_storm_cost() -> None:
    page = (
        "Storm leaves Tarrow counting the cost\n\n"
        "By Lidia Fenn\n\n"
        "The council spent 1.6 million korbs clearing the town after the storm, its leader said.\n\n"
        "The storm cost 40 trees along the river walk and damaged the old bandstand.\n\n"
        "The council has since paid 250,000 to the contractors, a spokesman said.\n"
    )
    assert _units_of(page, Decimal(250000)) == ["korbs"]


def test_it_takes_no_currency_from_instalments_paid() -> None:
    page = (
        "Loan scheme\n\n"
        "By Mira Castellan\n\n"
        "The bank lent 2.6 million pesars to small firms last year. Borrowers paid 3 instalments before the scheme was "
        "frozen.\n\n"
        "Each borrower paid 1,200 in fees, the bank said.\n"
    )
    assert _units_of(page, Decimal(1200)) == ["pesars"]


def test_it_takes_no_currency_from_players_a_club_paid() -> None:
    page = (
        "Football: Rovers fined\n\n"
        "By Kit Amberley\n\n"
        "Harrow Rovers must pay 40,000 talders after the league found the club broke spending rules, and the breach "
        "cost them 9 points.\n\n"
        "The club paid 12 players less than the minimum last season, the league said.\n\n"
        "The club will pay 25,000 now and the rest in May.\n"
    )
    assert "players" not in _units_of(page, Decimal(25000))


def test_it_takes_no_currency_from_teenagers_the_police_are_charging() -> None:
    page = (
        "Youths charged after Corrano fire\n\n"
        "By Efa Morland\n\n"
        "Repairs to the Corrano community hall will cost 180,000 korbs, the council said.\n\n"
        "Police are charging 4 teenagers over the fire, a spokesman said.\n\n"
        "The council's insurer has so far paid 60,000, the spokesman added.\n"
    )
    assert "teenagers" not in _units_of(page, Decimal(60000))


# M1: "got 800 back" with the paid sum in an earlier paragraph: the figure is dropped altogether
def test_it_keeps_a_refund_got_back_after_the_paragraph_that_paid() -> None:
    page = (
        "Refunds delayed\n\n"
        "By Osei Brannock\n\n"
        'The tax office owes 12 million florins in refunds. "I paid 3,100 florins in March and I have had nothing '
        'back," said one taxpayer, Greta Lund.\n\n'
        "Another, Piers Ahl, said he got 800 back last week.\n"
    )
    assert _units_of(page, Decimal(800)) == ["florins"]


# negatives: what the mends must not take
def test_it_reads_no_sum_got_back_on_a_page_that_paid_none() -> None:
    page = "The levy raised 3 million korbs, the club said.\n\nRovers got 2 back before the end.\n"
    assert "korbs" not in _units_of(page, Decimal(2))


def test_it_still_reads_the_verb_of_origin_after_a_measure() -> None:
    page = "The fund is 2.6 million talders, of which 1.9 million talders derives from a levy on the port.\n"
    assert _units_of(page, Decimal("1.9E+6")) == ["talders"]
