"""Round 32: suggestions no label wants, and figures whose unit was cut short."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> dict[str, tuple[Decimal | None, str]]:
    return {m.figure: (m.value, m.unit) for m in extract(clean_text(text))}


def test_an_exchange_rate_names_the_currency_it_is_quoted_against():
    text = "The marvel slipped 0.4 percent against the dollar on Monday, to 7.15 per dollar, traders said."
    assert _found(text)["7.15 per dollar"] == (Decimal("7.15"), "marvels per dollar")
