"""
Market reports and results stories (issue 14, session 31): a market named as a sale, by the body that holds it, or by
a report turning to another market, gives its prices (tests/ingest_labelling.md, "Market report"); a sale named only
by its month is no one; a company's results told without a reporting verb are its own ("Results story").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _speaker_of(text: str, value: str) -> str | None:
    return next(speaker for found, speaker in _claims(text) if found == Decimal(value))


WOOL_SALE = """Fine wool firmer at Dallow

Market report by Ana Brekke

Prices rose at the Vennmark Growers Board's Dallow sale on Thursday, with 2,310 bales offered and 91 per cent sold.

Fine merino fleece averaged 4.15 pellars a kilo, up from 3.70 at the November sale. {lambswool}

Hogget wool sold at 2.40 a kilo, against 2.10 at the October sale.

"We had a full room," said the auctioneer, Maja Holt.

Trade on the Dallow grain exchange was steady on Friday. Feed wheat closed at 231 pellars a tonne, feed barley at 214.

Elsewhere, the Tarrow Bridge wool store sold coarse wool at 1.05 pellars a kilo on Monday.
""".format(lambswool="Lambswool sold at 5.20 a kilo, against 4.85 at the Ostry sale last week.")


def test_it_gives_a_sale_named_by_the_body_that_holds_it_to_that_body():
    assert _speaker_of(WOOL_SALE, "2310") == "Vennmark Growers Board"
    assert _speaker_of(WOOL_SALE, "4.15") == "Vennmark Growers Board"


def test_it_gives_another_sale_by_its_place_its_price():
    assert _speaker_of(WOOL_SALE, "4.85") == "Ostry sale"


DATED_SALE = """Store lambs ease

Store lambs averaged 88 dorvans a head at the March sale on Tuesday, with 1,410 forward.
"""


def test_it_names_no_sale_by_its_month():
    # "against 2.10 at the October sale": the report's own market's earlier sale, no other market
    assert _speaker_of(WOOL_SALE, "2.40") == "Vennmark Growers Board"
    # "at the March sale": a sale by its month, no one the report names
    assert all(speaker is None or "March" not in speaker for _, speaker in _claims(DATED_SALE))


def test_it_follows_a_report_turning_to_another_market():
    assert _speaker_of(WOOL_SALE, "231") == "Dallow grain exchange"
    assert _speaker_of(WOOL_SALE, "214") == "Dallow grain exchange"


def test_it_gives_a_seller_elsewhere_its_own_price():
    assert _speaker_of(WOOL_SALE, "1.05") == "Tarrow Bridge wool store"


FLEECE_TRADE = """Carding wool steady at Hesk

HESK - Prices held at the Hesk Wool Exchange on Tuesday, where 1,120 bales were sold.

Fine crossbred fleece led the trade at 3.60 marrens a kilo.
"""


def test_it_gives_the_price_that_led_the_trade_to_the_market():
    assert _speaker_of(FLEECE_TRADE, "3.60") == "Hesk Wool Exchange"


COACH_RESULTS = """Ferry operator back in the black

{lead}

Revenue rose to 220 million pellars in the year to March, up from 198 million.

Holm's own pay fell to 380,000 pellars from 420,000.

Online orders, which the company has pushed for two years, made up 41 per cent of bookings, up from 33 per cent.
""".format(lead="Orlen Ferries Group returned to profit last year as holiday traffic recovered, the company said.")


def test_it_takes_a_lead_turning_to_profit_as_naming_the_results_company():
    assert _speaker_of(COACH_RESULTS, "220000000") == "Orlen Ferries Group"


def test_it_gives_a_directors_pay_to_the_company():
    assert _speaker_of(COACH_RESULTS, "380000") == "Orlen Ferries Group"


def test_it_gives_the_share_of_online_orders_to_the_company():
    assert _speaker_of(COACH_RESULTS, "41") == "Orlen Ferries Group"
