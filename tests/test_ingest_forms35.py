"""
Two forms of page whose figures are given without a reporting verb, as tests/ingest_labelling.md settles them
(session 23): a market report's sale figures are the market's, named as the report names the market that held
the sale; an election count's votes, majority, turnout and rejected ballots are the declaring officer's when the
page says who declared them. Neither carries to a figure given its own source, nor to the story's background.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


MARKET = (
    "Pellbridge Auction Mart sold 1,920 store lambs on Tuesday, the mart said.\n\n"
    "Store lambs averaged 84 crowns a head. The top price was 117 crowns, paid for a pen from Ardley.\n\n"
    "Fat cattle sold to 2,040 crowns and averaged 1,760.\n\n"
    "Breeding ewes averaged 152 crowns, against 168 at Tolland mart on Friday.\n\n"
    "Hay costs 95 crowns a bale, according to the Upland Growers' Association.\n\n"
    "The mart was opened in 1887 and has 14 pens."
)


def test_a_market_reports_sale_figures_are_the_markets():
    speakers = _speakers(MARKET)
    assert speakers[Decimal(1920)] == "Pellbridge Auction Mart"
    assert speakers[Decimal(84)] == "Pellbridge Auction Mart"
    assert speakers[Decimal(117)] == "Pellbridge Auction Mart"
    assert speakers[Decimal(2040)] == "Pellbridge Auction Mart"
    assert speakers[Decimal(1760)] == "Pellbridge Auction Mart"
    assert speakers[Decimal(152)] == "Pellbridge Auction Mart"


def test_another_markets_price_is_that_markets():
    assert _speakers(MARKET)[Decimal(168)] == "Tolland mart"


def test_a_figure_with_its_own_source_or_the_markets_background_is_not_the_markets():
    speakers = _speakers(MARKET)
    assert speakers[Decimal(95)] == "Upland Growers' Association"
    assert speakers[Decimal(14)] is None


def test_sale_figures_with_no_market_selling_them_have_no_speaker():
    text = "Store lambs averaged 84 crowns a head. The top price was 117 crowns, paid for a pen from Ardley."
    speakers = _speakers(text)
    assert speakers[Decimal(84)] is None
    assert speakers[Decimal(117)] is None


COUNT = (
    "The returning officer, Miriam Osterby, declared that Pol Garrad had won 2,310 votes.\n\n"
    "Edda Lune of the Farmers' Party came second with 1,880 votes, and Garrad's majority was 430. "
    "Twenty-two ballot papers were rejected.\n\n"
    "Turnout was 38.5 per cent. There are 11,400 voters on the register.\n\n"
    '"We knocked on 6,000 doors," Garrad said. The result leaves the party with 19 of the 40 seats, '
    "one short of a majority."
)


def test_votes_majority_turnout_and_rejected_ballots_are_the_declaring_officers():
    speakers = _speakers(COUNT)
    assert speakers[Decimal(2310)] == "Miriam Osterby"
    assert speakers[Decimal(1880)] == "Miriam Osterby"
    assert speakers[Decimal(430)] == "Miriam Osterby"
    assert speakers[Decimal(22)] == "Miriam Osterby"
    assert speakers[Decimal("38.5")] == "Miriam Osterby"


def test_the_counts_background_and_a_candidates_own_figures_are_not_the_officers():
    speakers = _speakers(COUNT)
    assert speakers[Decimal(11400)] is None
    assert speakers[Decimal(6000)] == "Pol Garrad"
    assert speakers[Decimal(19)] is None


def test_votes_no_one_is_said_to_declare_have_no_speaker():
    text = (
        "The returning officer, Miriam Osterby, said the count would resume at nine.\n\n"
        "The declared result had Pol Garrad on 2,310 votes and Edda Lune on 1,880. Turnout was 38.5 per cent."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(2310)] is None
    assert speakers[Decimal("38.5")] is None


def test_a_market_named_as_selling_the_sale_without_a_reporting_verb_is_its_source():
    text = "Dunmarrow Mart sold 640 calves on Thursday. The best heifer calves averaged 410 crowns."
    speakers = _speakers(text)
    assert speakers[Decimal(640)] == "Dunmarrow Mart"
    assert speakers[Decimal(410)] == "Dunmarrow Mart"


def test_an_officer_declaring_in_the_passive_is_the_counts_source():
    text = (
        "Ann Pell was declared the winner with 2,310 votes by the returning officer, Mark Dunne. "
        "Ben Orr had 1,880 votes. Turnout was 41 per cent."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(2310)] == "Mark Dunne"
    assert speakers[Decimal(1880)] == "Mark Dunne"
    assert speakers[Decimal(41)] == "Mark Dunne"


def test_a_winning_margin_after_by_is_no_declaring_officer():
    text = "Ann Pell was declared the winner by 430 votes over Ben Orr, backed by Civic Forward. Orr had 1,880 votes."
    speakers = _speakers(text)
    assert speakers[Decimal(430)] is None
    assert speakers[Decimal(1880)] is None
