"""
A body by its short name or its spokesperson: "the club said" or "the company said" means the body the page named and
said, in apposition, was a club or a company ("Harrowby Kestrels, the county's oldest rugby club,"), by its name.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {value: speaker for value, _unit, speaker in _figures(text) if value is not None}


def test_the_club_is_the_body_an_apposition_called_a_club():
    text = (
        "Harrowby Kestrels, the county's oldest rugby club, made a profit of 80,000 marks last season. "
        "Crowds averaged 2,300 a game, the club said."
    )
    assert _speakers(text)[Decimal(2300)] == "Harrowby Kestrels"


def test_the_company_is_a_maker_an_apposition_named():
    text = (
        "Tollan Kettles, the kitchenware maker based in Brisk, lost 1.2 million marks in the year. "
        "The company said it would shut 4 shops."
    )
    assert _speakers(text)[Decimal(4)] == "Tollan Kettles"


def test_the_place_of_work_an_apposition_named_by_its_ery():
    text = (
        "Tarrow Ales, the family-owned brewery by the harbour, wants to build a taproom. "
        "The brewery says it would employ 14 people there."
    )
    assert _speakers(text)[Decimal(14)] == "Tarrow Ales"


def test_a_club_word_modifying_a_role_introduces_no_club():
    text = (
        "Harrowby Kestrels, the oldest rugby club in the county, held its dinner on Friday. "
        "Edda Morvik, the club chairman, spoke. Membership rose to 640 this year, the club said."
    )
    assert _speakers(text)[Decimal(640)] == "Harrowby Kestrels"


def test_a_spokesperson_speaks_for_the_body_that_reported_the_sentence_before():
    text = (
        "ORMBY, 3 March - Ormby harbour landed 9,400 tonnes of herring in February, its operator, Ormby Quays, "
        "said. A spokesperson said repairs to the quay would take 6 weeks."
    )
    assert _speakers(text)[Decimal(6)] == "Ormby Quays"


def test_a_spokesman_speaks_for_the_body_set_off_before_its_verb_in_the_sentence_before():
    text = (
        "The Lindmark Flood Relief Committee, which runs three shelters, has asked for 900,000 marks. "
        "A spokesman said it had raised 210,000 so far."
    )
    assert _speakers(text)[Decimal(210000)] == "Lindmark Flood Relief Committee"


def test_a_name_joined_by_an_ampersand_is_the_firm():
    text = (
        "Marl & Coyne said trade at the Wednesday sale had been poor for years. "
        "The ring sold 4,800 sheep last year, the firm said."
    )
    assert _speakers(text)[Decimal(4800)] == "Marl & Coyne"


def test_a_name_given_its_initials_is_the_company():
    text = (
        "Orrin Valley Heating (OVH) said on Monday that prices would fall from April. "
        "The average home will save about 120 marks a year, the company estimates."
    )
    assert _speakers(text)[Decimal(120)] == "Orrin Valley Heating"


def test_the_board_is_that_of_the_body_the_sentence_before_was_about():
    text = (
        "Holmfirth Ferries Group returned to profit last year as passengers came back. The group made a profit of "
        "9.1 million marks. Passenger journeys reached 4 million. The board proposed a dividend of 3 marks a share."
    )
    assert _speakers(text)[Decimal(3)] == "Holmfirth Ferries Group"


def test_a_name_ending_in_broadcasting_is_the_broadcaster():
    text = (
        "Studio staff at Ardent Broadcasting have voted to strike. The broadcaster has already changed its plan "
        "once. It cut the number of jobs to go to 60 in May."
    )
    assert _speakers(text)[Decimal(60)] == "Ardent Broadcasting"


def test_a_narrow_kind_is_the_body_introduced_as_that_kind_not_any_business():
    text = (
        "Strand Grid, the national grid operator, said demand rose 4 percent. Hallmar Power, the state utility, cut "
        'its forecast again. "We have never seen it so dry," said Ilka Morn, its head of hydrology. '
        "Reserves stood at 40 percent on Monday, according to the operator's weekly bulletin."
    )
    assert _speakers(text)[Decimal(40)] == "Strand Grid"
