"""
Word quantities the grammar reads (tests/ingest_labelling.md, "Vague counts" and "Near a figure"): a fraction set
below or above a level is a share as a comparison's is, a count of occasions out of a whole is a share as
"nine out of ten" is, and "a further quarter" or "another tenth" is one more share of the same whole.
"""

from decimal import Decimal

from tests.ingest_helpers import mentions


def _shares(text: str) -> list[tuple[Decimal | None, str, str]]:
    return [(m.value, m.unit, m.qualifier) for m in mentions(text) if m.unit == "percent"]


def test_a_fraction_below_or_above_a_level_is_a_share():
    text = "A warden said the heather on the moor was about a fifth below its usual cover this spring."
    assert _shares(text) == [(Decimal(20), "percent", "approximately")]
    text = "The keeper said visitor numbers were nearly a tenth above the average for the month."
    assert _shares(text) == [(Decimal(10), "percent", "at_most")]


def test_a_fraction_down_or_up_on_a_year_is_a_share_quoted_or_not():
    text = 'A club official said season tickets sold were "about a third down" on last year.'
    assert _shares(text) == [(Decimal("33.3"), "percent", "approximately")]
    text = "The bakery said its orders were a quarter up on last spring."
    assert _shares(text) == [(Decimal(25), "percent", "exact")]
    # ... but not a fraction of a way down
    assert _shares("The crew took a third down the hill before dark.") == []


def test_occasions_out_of_a_whole_are_a_share():
    text = '"The late bus turns up seven times out of ten," said Ines Marlow, who rides it.'
    assert _shares(text) == [(Decimal(70), "percent", "exact")]
    # ... but not times out of a cause
    assert _shares('"He lost his temper three times out of spite," said Ines Marlow.') == []


def test_a_further_or_another_fraction_is_one_more_share():
    text = "Half of the calls were for walkers who got lost, and a further quarter were for twisted knees."
    assert _shares(text) == [(Decimal(50), "percent", "exact"), (Decimal(25), "percent", "exact")]
    text = 'A trader said the new levy "could knock another fifth off" the price of a crate.'
    assert _shares(text) == [(Decimal(20), "percent", "exact")]
