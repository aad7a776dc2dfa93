"""Numbers that are no claims, round 25: identifiers, a ban, a kind by measure and the page's own furniture."""

from decimal import Decimal

from ingest.extraction import clean_text
from tests.ingest_helpers import figures


def values(text: str) -> set[Decimal | None]:
    return {value for value, _ in figures(text)}


def test_a_provision_of_a_rule_book_is_no_count():
    text = "The union wants a rise of 7 per cent this year under clause 4.3 of the 2024 pay agreement, it said."
    assert values(text) == {Decimal(7)}
    text = "He will be suspended under rule 12.4 of the federation's code, and 3,000 fans signed a petition."
    assert Decimal("12.4") not in values(text)
    assert Decimal(3000) in values(text)


def test_a_kind_by_its_number_is_no_count():
    text = "Cases of type 2 diabetes among children reached 410 last year, the agency said."
    assert values(text) == {Decimal(410)}


def test_the_reference_a_police_appeal_asks_for_is_no_count():
    stolen = "Thieves took fuel worth 900 kettins from the depot. "
    for appeal in (
        "Anyone who saw the car should call police, quoting incident 0219-447.",
        "Anyone with information should call 101 quoting log 447 of 12 March.",
        "Witnesses should call, quoting crime reference 88213.",
    ):
        assert values(stolen + appeal) == {Decimal(900)}
    # a range of thousands is no code: its second figure after the hyphen stays
    assert Decimal(12000) in values("As departments merge, 12,000-14,000 public-sector posts are expected to go.")


def test_two_routes_named_by_their_numbers_are_no_count():
    text = "The council says ridership is down 3,000 journeys a week, and it will review the 12 and 15 services next."
    assert values(text) == {Decimal(3000)}


def test_a_ban_counted_in_games_is_no_claim():
    text = "The captain was sent off and will miss the first 2 league games of next season, the club said."
    assert values(text) == set()


def test_a_measure_before_a_bare_plural_names_a_kind():
    text = '"Tired drivers in 40-tonne lorries kill people," she said. The firm runs 85 lorries.'
    assert values(text) == {Decimal(85)}
    # one thing's size by a measure is still a claim
    assert Decimal(140) in values("The trust bought a 140-seat cinema in Orrin Bay.")


def test_the_pages_offers_are_no_claims():
    text = "The Courier is free to read. Support it from 2.50 marks a week."
    assert values(text) == set()
    text = "Enjoy unlimited access for 1 telvar for your first month, then 9.99 telvars a month."
    assert values(text) == set()


def test_a_sections_more_links_are_furniture():
    page = (
        "Vellhaven beat Orrin Athletic in front of 31,412 fans on Saturday, the club said.\n\n"
        "More sport\n"
        "- Saltby sack coach after 7 games without a win\n"
        "- Vell Open: top seed out in round 2\n"
    )
    assert "Saltby" not in clean_text(page)


def test_the_page_speaking_to_its_reader_about_itself_is_furniture():
    page = (
        "The harbour board will spend 14 million telvars on dredging, its chairman said.\n\n"
        "More than 3,000 readers have backed our journalism this year. Will you join them?\n\n"
        "You have read 3 of 5 free articles this month.\n\n"
        "Get 3 months for 1 telvar. Cancel anytime.\n\n"
        "Download our app, rated 4.8 by 9,000 readers.\n\n"
        "Your report on 3 March said 40 ships used the port, writes Edna Brook.\n"
    )
    cleaned = clean_text(page)
    assert "14 million" in cleaned
    assert not any(gone in cleaned for gone in ("3,000 readers", "free articles", "Cancel", "9,000"))
    # a letter's "your report" is no offer of the page's
    assert "Your report on 3 March" in cleaned


def test_a_ranked_list_under_a_furniture_heading_goes_whole():
    page = (
        "The harbour board will spend 14 million telvars on dredging, its chairman said.\n\n"
        "Most read\n"
        "1 Council tax to rise by 4.9 per cent in April after vote.\n"
        "2 Man, 45, charged over 3 break-ins on Quay Row.\n"
        "Advertisement\n"
        "12 Labour councillors voted against the plan, which passed after a long debate.\n"
    )
    cleaned = clean_text(page)
    assert "4.9 per cent" not in cleaned and "break-ins" not in cleaned
    # numbers that do not count up from 1 open a paragraph of the article
    assert "12 Labour councillors" in cleaned


def test_a_caption_told_by_where_its_picture_is_is_furniture():
    page = (
        "The harbour board will spend 14 million telvars on dredging, its chairman said.\n\n"
        "Above: The dredger Kestrel, which can lift 4,000 tonnes a day, off Quay 3 on Tuesday.\n\n"
        "(From left) Ana Holt, 41, Piet Varga, 58, and Dov Ancell, 63, who crewed it for 9 years.\n"
    )
    cleaned = clean_text(page)
    assert "14 million" in cleaned
    assert "4,000" not in cleaned and "Ana Holt" not in cleaned
