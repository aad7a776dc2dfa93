"""No suggestion from a page's furniture or identifiers: the outlet's own offers and note on itself under the article,
a numbered label of the page's items, a rank named by its number (round 33)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(raw: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(raw)) if m.value is not None]


PAGE_HEAD = "The Marsden Beacon | News | Sport | Business | Opinion\nNews > Local\n\nFerry fares to rise in spring\n\n"
BODY = (
    "The harbour board said single fares on the island ferry would rise by 8 per cent in April. "
    "It said 41,000 passengers used the crossing last year.\n\n"
)


def test_it_drops_the_outlets_own_offer_under_the_article():
    raw = (
        PAGE_HEAD
        + BODY
        + "Beacon Premium: 7.50 florins a month, or 75 florins a year.\n(c) 2027 Marsden Beacon Media Ltd.\n"
    )
    values = _values(raw)
    assert Decimal(41000) in values
    assert Decimal("7.50") not in values and Decimal(75) not in values


def test_it_drops_an_offer_to_the_outlets_readers_under_the_article():
    raw = (
        PAGE_HEAD
        + BODY
        + "Beacon readers can buy the guide for 12 florins at beaconshop.example.\n(c) 2027 Marsden Beacon Ltd.\n"
    )
    assert Decimal(12) not in _values(raw)


def test_it_keeps_a_last_paragraph_naming_the_outlet_another_way():
    raw = (
        PAGE_HEAD
        + BODY
        + "A Beacon count found 230 cars queued at the port on Saturday.\n(c) 2027 Marsden Beacon Ltd.\n"
    )
    assert Decimal(230) in _values(raw)


def test_it_drops_the_note_on_the_company_under_its_own_release():
    raw = (
        "Halvane Foods\nPRESS RELEASE\n\nHalvane Foods today announced that sales rose 12 per cent to 310 million "
        "florins last year, the company said.\n\nAbout Halvane Foods\nHalvane Foods is a family firm founded in 1931. "
        "It employs 1,250 people at three bakeries.\n\n(c) 2027 Halvane Foods plc. All rights reserved.\n"
    )
    values = _values(raw)
    assert Decimal(12) in values
    assert Decimal(1250) not in values


def test_it_drops_a_labelled_note_that_comments_are_open():
    raw = PAGE_HEAD + BODY + "Join the conversation: comments are open for 72 hours on this story.\n"
    assert Decimal(72) not in _values(raw)


def test_it_reads_a_numbered_label_of_the_pages_items_as_no_count():
    text = (
        "The mayor gave three figures in her speech on Monday. We checked each of them.\n\n"
        'Claim 1: "We have opened 14 new playgrounds."\n\n'
        'Claim 3: "Nine in ten patients are seen within two weeks."'
    )
    values = _values(text)
    assert Decimal(14) in values
    assert values.count(Decimal(3)) == 1  # the three figures of the mayor's speech, not the label "Claim 3"


def test_it_reads_a_phase_named_by_its_number_in_digits_as_no_count():
    text = "The company said 940 patients had joined its phase 3 trial of the vaccine."
    values = _values(text)
    assert Decimal(940) in values
    assert Decimal(3) not in values


def test_it_keeps_a_level_in_digits_as_the_rating_the_page_reports():
    text = "The institute raised its flood warning for the lower valley to level 4 on Tuesday, the agency said."
    assert Decimal(4) in _values(text)


def test_it_reads_an_age_that_bounds_people_named_by_their_trade_as_no_count():
    text = "Traders under 35 carried average debts of 90,000 florins, the survey found."
    values = _values(text)
    assert Decimal(90000) in values
    assert Decimal(35) not in values


def test_it_reads_an_age_after_be_as_no_count():
    text = (
        "The grant pays up to 20,000 florins towards a first boat. "
        "Applicants must be under 30 and must apply within 90 days."
    )
    assert Decimal(30) not in _values(text)


def test_it_reads_an_age_after_be_with_a_clause_between_as_no_count():
    text = "Some 70 riders a day use the service who are, by law, over 66 or disabled, the council said."
    values = _values(text)
    assert Decimal(70) in values
    assert Decimal(66) not in values


def test_it_reads_the_number_to_call_a_named_police_force_on_as_no_count():
    text = "The hospital treated 40 students. Anyone with information is asked to call Varn police on 112."
    values = _values(text)
    assert Decimal(40) in values
    assert Decimal(112) not in values
