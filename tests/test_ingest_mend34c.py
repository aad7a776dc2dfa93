"""
Mends to round 34's owners rules (review34c): researchers speak for a body, not a place, and for one body only; a new
study after them is not theirs; the owner a sentence names wins over a possessive elsewhere on the page; results or
accounts are the body's that issued them, not the body the page quotes most.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.speakers import SpeakerMemory


def _speakers(text: str) -> dict[Decimal | None, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


def _speaker_of(text: str, value: str) -> str | None:
    return _speakers(text)[Decimal(value)]


# H1
def test_researchers_from_a_country_do_not_make_the_country_the_speaker():
    text = (
        "Ice loss\n\nScientists from Norway found that the glacier had shrunk by 30 per cent since 1990.\n\n"
        "The ice could vanish within 50 years, the researchers said.\n"
    )
    assert _speaker_of(text, "50") == "researchers"


def test_researchers_at_a_town_do_not_make_the_town_the_speaker():
    text = (
        "Ice loss\n\nResearchers at Tromso found that the glacier had shrunk by 30 per cent since 1990, working with "
        "colleagues from Kelso University.\n\nThe ice could vanish within 50 years, the scientists said.\n"
    )
    assert _speaker_of(text, "50") == "scientists"


# M1
def test_researchers_from_two_bodies_make_no_joined_body():
    text = (
        "Library closures\n\nScientists from Harlow University and Kelso College surveyed 1,200 library users.\n\n"
        "Some 70 per cent said they would travel less than 2 miles to a library, the researchers said.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal("70")] == "researchers"
    assert speakers[Decimal("2")] == "researchers"


def test_researchers_from_two_places_make_no_joined_place():
    text = (
        "Ice loss\n\nScientists from Norway and Iceland found that the glacier had shrunk by 30 per cent since 1990."
        "\n\nThe ice could vanish within 50 years, the researchers said.\n"
    )
    assert _speaker_of(text, "50") == "researchers"


def test_researchers_from_a_body_and_a_place_speak_for_the_body():
    text = (
        "Ice loss\n\nScientists from Kelso University and Iceland found that the glacier had shrunk by 30 per cent "
        "since 1990.\n\nThe ice could vanish within 50 years, the researchers said.\n"
    )
    assert _speaker_of(text, "50") == "Kelso University"


# M2
def test_a_new_study_after_the_researchers_is_not_theirs():
    text = (
        "Heart study\n\nResearchers at Norrvik University reported in 2019 that coffee had no effect on the heart.\n\n"
        "A new study of 9,000 adults in Kelso has now found that two cups a day cut the risk of stroke by 12 per "
        "cent, the researchers said.\n"
    )
    assert _speaker_of(text, "12") == "researchers"


def test_a_study_the_researchers_sentence_introduces_is_theirs():
    text = (
        "Aquifer\n\nResearchers at the Karsa Institute of Technology found, in a study of 3,000 wells, that the "
        "aquifer had dropped by 40 metres.\n\nParts of it could run dry within 25 years, the researchers said.\n"
    )
    assert _speaker_of(text, "25") == "Karsa Institute of Technology"


# M3
def test_the_owner_the_sentence_names_wins_over_a_rivals_possessive():
    text = (
        "Rival results\n\nTarrow Bikes reported a profit of 3.1 million crowns for the half year on Tuesday.\n\n"
        "Kelso Scooters, its main rival, said last week that its own sales fell 8 per cent. Kelso's results "
        "statement also showed a loss of 900,000 crowns.\n\n"
        "Tarrow's order book rose to 3,400 bikes, according to the results statement.\n"
    )
    assert _speaker_of(text, "3400") == "Tarrow Bikes"  # the short name the sentence gives, in full


# M4
def test_accounts_are_not_the_other_clubs_the_page_named_first():
    text = (
        "Club accounts\n\nSkellow Wanderers, the league club, played in front of 4,200 fans on Saturday, beating "
        "Marton Rovers 2-1.\n\nMarton Rovers lost 1.2 million pounds last season, according to accounts filed on "
        "Friday.\n"
    )
    assert _speaker_of(text, "1200000") == "accounts"


def test_their_wage_bill_in_accounts_is_not_the_most_quoted_bodys():
    text = (
        "Record move\n\nArdent United have signed the forward Teodor Rovel from Port Emery in a deal worth 80 million "
        "euros, the club said.\n\n"
        "United spent heavily last summer as well. Their wage bill rose to 186 million euros in the last financial "
        "year, according to accounts filed in June.\n"
    )
    assert _speaker_of(text, "186000000") == "accounts"


# M5
def test_a_results_statement_is_the_issuers_not_the_commenting_banks():
    text = (
        "Bike maker\n\nTarrow Bikes reported its half-year results on Tuesday. The results statement was praised by "
        "analysts at Harlow Bank.\n\nIts order book rose to 3,400 bikes, according to the results statement.\n"
    )
    assert _speaker_of(text, "3400") == "Tarrow Bikes"


def test_the_results_are_the_publishers_not_a_council_quoted_more():
    text = (
        "Census\n\nThe population of Kelso has risen to 210,000, the National Statistics Office said on Monday, "
        "publishing the census results. Harlow Council, whose own results were published in May, said its "
        "population had fallen.\n\nThe number of people over 80 has doubled since 2011, according to the results.\n"
    )
    assert _speaker_of(text, "100") == "National Statistics Office"


# L2
def test_the_text_through_a_sentence_ends_at_the_one_being_read_not_its_first_copy():
    text = "Tarrow Bikes grew. Sales rose.\n\nKelso Scooters shrank. Tarrow Bikes grew. Sales rose.\n"
    memory = SpeakerMemory()
    memory.read_publication(text)
    for sentence in ("Tarrow Bikes grew.", "Sales rose.", "Kelso Scooters shrank.", "Tarrow Bikes grew."):
        memory.meet(sentence)
    assert memory.text_through("Tarrow Bikes grew.") == text[: text.rindex("Tarrow Bikes grew.") + 18]
    memory.meet("Sales rose.")
    assert memory.text_through("Sales rose.") == text.rstrip("\n")


def test_a_rivals_results_are_not_the_results_statement_the_page_tells_of():
    text = (
        "Ferry operator\n\nKelso Ferries carried 2 million passengers last year, the operator said on Monday, as "
        "rival Harlow Line reported its results.\n\nProfit rose to 14 million pounds, according to the results "
        "statement.\n"
    )
    assert _speaker_of(text, "14000000") != "Harlow Line"
