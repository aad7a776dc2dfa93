"""
The forms of page settled in session 23 (tests/ingest_labelling.md), recognised as such pages are written, not by
one page's words: a market report whose lead says where its sale was held ("averaged ... at the X Exchange"), with
its sale's entries, lots offered and prices that moved, and another market by its place; an election count or a
ballot whose officer is named declaring its result before its figures are given; and a press release another
page carries "as received", under a line naming its issuer.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


MARKET = (
    "Barley averaged 214 crowns a tonne at the Orvel Grain Exchange on Tuesday, up from 206 a week earlier.\n\n"
    "Some 318 lots were offered, and 2,950 tonnes changed hands. Oats eased to 171 crowns.\n\n"
    "Elmford sold 640 tonnes, and barley there made 203 crowns. Feed wheat made 188 at Elmford.\n\n"
    "At the Kettle Bridge corn market, malting barley made 226 crowns on Monday.\n\n"
    "The exchange, which opened in 1904, employs 52 staff at Orvel."
)


def test_a_market_named_as_where_the_lead_sale_was_held_is_the_reports_market():
    speakers = _speakers(MARKET)
    assert speakers[Decimal(214)] == "Orvel Grain Exchange"


def test_lots_offered_tonnes_changing_hands_and_a_price_that_eased_are_the_markets():
    speakers = _speakers(MARKET)
    assert speakers[Decimal(318)] == "Orvel Grain Exchange"
    assert speakers[Decimal(2950)] == "Orvel Grain Exchange"
    assert speakers[Decimal(171)] == "Orvel Grain Exchange"


def test_another_market_by_its_place_is_that_market():
    speakers = _speakers(MARKET)
    assert speakers[Decimal(640)] == "Elmford"
    assert speakers[Decimal(203)] == "Elmford"
    assert speakers[Decimal(188)] == "Elmford"
    assert speakers[Decimal(226)] == "Kettle Bridge corn market"


def test_the_markets_background_is_no_ones_nor_its_place():
    assert _speakers(MARKET)[Decimal(52)] is None


def test_prices_at_a_market_someone_else_reports_make_no_market_report():
    text = (
        "Cod prices at the Harnby Fish Auction rose to 6.10 florins a kilo, traders said.\n\n"
        "Haddock averaged 3.20 florins. The boats landed 410 boxes."
    )
    speakers = _speakers(text)
    assert speakers[Decimal("3.20")] is None


COUNT = (
    "The returning officer, Agnes Morrow, declared the result at the Drill Hall just after 2am.\n\n"
    "Per Lindqvist, the Liberal candidate, won 6,115 votes. Maud Fenn of the Greens took 3,402. "
    "Turnout was 44.7 per cent."
)


def test_an_officer_declaring_the_result_before_its_figures_is_the_counts_declarer():
    speakers = _speakers(COUNT)
    assert speakers[Decimal(6115)] == "Agnes Morrow"
    assert speakers[Decimal(3402)] == "Agnes Morrow"
    assert speakers[Decimal("44.7")] == "Agnes Morrow"


def test_a_scrutineer_declaring_a_ballots_vote_declares_its_turnout():
    text = (
        "The scrutineer, Tomas Rekke, declared that 812 members had voted to strike and 240 against.\n\n"
        "The turnout was 61.5 per cent."
    )
    assert _speakers(text)[Decimal("61.5")] == "Tomas Rekke"


def test_a_turnout_a_rule_asks_for_is_not_the_declarers():
    text = (
        "The scrutineer, Tomas Rekke, declared that 812 members had voted to strike and 240 against.\n\n"
        "By law a strike is lawful only with a turnout of at least 50 per cent."
    )
    assert _speakers(text)[Decimal(50)] is None


def test_a_figure_announced_in_a_relative_clause_makes_no_declarer():
    text = (
        "The commission now says 70.2 per cent of voters cast a ballot, down from the 72 per cent it announced "
        "at midnight.\n\n"
        "Later, Yes won 3,140 votes in the north."
    )
    assert _speakers(text)[Decimal(3140)] is None


RELEASE_HEAD = (
    "THE HALLOW GAZETTE\n"
    "Home | News | Business\n\n"
    "{mark}\n\n"
    "Ferry operator carries more passengers\n"
    "{issued}\n\n"
    "Published 3 May 2027\n\n"
    "The ferries carried 412,000 passengers last year, up from 380,000. Fares will rise to 14 crowns in June.\n"
)


def test_a_release_published_as_received_under_a_line_naming_its_issuer_is_the_issuers():
    text = RELEASE_HEAD.format(
        mark="Business | Press releases - published as received, not checked by our journalists",
        issued="Press release issued by the Orm Sound Ferry Company",
    )
    speakers = _speakers(text)
    assert speakers[Decimal(412000)] == "Orm Sound Ferry Company"
    assert speakers[Decimal(14)] == "Orm Sound Ferry Company"


def test_a_public_notice_release_as_received_with_its_issued_by_line_is_the_issuers():
    text = RELEASE_HEAD.format(
        mark="Public notice: this is a press release published as received. We have not edited it.",
        issued="Issued by Orm Sound Ferry Company",
    )
    assert _speakers(text)[Decimal(412000)] == "Orm Sound Ferry Company"


def test_a_lead_reporting_a_bodys_annual_accounts_without_a_figure_makes_a_results_story():
    text = (
        "The Marl Hill Otter Trust spent more than it raised for a third year, its annual accounts show.\n\n"
        "Total income was 2.4 million crowns in the year to March. The wage bill was 1.3 million."
    )
    speakers = _speakers(text)
    assert speakers[Decimal(2400000)] == "Marl Hill Otter Trust"
    assert speakers[Decimal(1300000)] == "Marl Hill Otter Trust"
