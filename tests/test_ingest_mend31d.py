"""
Review31d's findings on the market and results rules (issue 14, session 31): ordinary news that names a share close,
an economy's "market", a shop's or an auction house's "sale" or a region's pay is no market report nor a company's
results (tests/ingest_labelling.md, "Market report", "Results story"); a mart named with a possessive keeps its name,
and a farmer selling in the mart's own ring is no other market.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _speaker_of(text: str, value: str) -> str | None:
    return next(speaker for found, speaker in _claims(text) if found == Decimal(value))


SHARE_CLOSE = """Tarrow Mills to close its Orsby works

Shares in Tarrow Mills closed at 318 pellars on the Vennmouth {exchange} on Friday after the miller said it would
close its Orsby works.

The works employs 210 people. The company sold 9 million sacks of flour last year and paid growers 44 million.
"""


def test_it_reads_no_market_report_from_a_share_close():
    for exchange in ("Stock Exchange", "stock exchange"):
        text = SHARE_CLOSE.format(exchange=exchange)
        assert _speaker_of(text, "318") is None
        assert "exchange" not in (_speaker_of(text, "9000000") or "").lower()
        assert "exchange" not in (_speaker_of(text, "44000000") or "").lower()


HOUSING = """Orsby rents climb again

The average rent paid for a flat on the Orsby housing market rose to 1,140 pellars a month in May.

Students paid 690 pellars on average.
"""


def test_it_reads_no_market_report_from_an_economys_market():
    assert _speaker_of(HOUSING, "1140") is None
    assert _speaker_of(HOUSING, "690") is None


ART_SALE = """Record for a river scene

A river scene by Lena Farrow sold for 3.1 million pellars at Marbury's Vennmouth sale on Monday.

Another of her drawings fetched 620,000 pellars.
"""

SHOP_SALE = """Crowds at Orsby arcade

The Boxing Day sale saw 9,400 shoppers fill the Orsby arcade, and some coats were cut by 70 per cent.
"""


def test_it_takes_no_auction_houses_sale_for_a_market():
    assert all(speaker is None or "Marbury" not in speaker for _, speaker in _claims(ART_SALE))


def test_it_takes_no_shops_holiday_sale_for_a_market():
    assert all(speaker is None or "sale" not in speaker for _, speaker in _claims(SHOP_SALE))


SAINTS_MART = """St Aidan's Mart sold 980 store cattle on Friday, with steers averaging 1,270 and heifers 1,090.
"""


def test_it_keeps_a_marts_name_with_its_possessive():
    assert _speaker_of(SAINTS_MART, "980") == "St Aidan's Mart"
    assert _speaker_of(SAINTS_MART, "1270") == "St Aidan's Mart"


SAME_RING = """Orsby Mart sold 1,960 prime lambs on Tuesday, averaging 101.20.

Meanwhile, Ewan Tollis sold a pen of 16 Suffolk lambs at 138, the day's best price.
"""


def test_it_gives_a_vendors_price_in_the_marts_own_ring_to_the_mart():
    assert _speaker_of(SAME_RING, "16") == "Orsby Mart"
    assert _speaker_of(SAME_RING, "138") == "Orsby Mart"


REGION_PAY = """Orsby foundry to shut

Tarrow Castings slipped into a loss last year as orders dried up, the company said, and its Orsby foundry will close.

Vennland's pay gap with the capital is 17 per cent.
"""


def test_it_gives_no_regions_pay_gap_to_the_results_company():
    assert _speaker_of(REGION_PAY, "17") is None
