"""
Figures with no reporting verb that carry on a body's report (tests/ingest_labelling.md, session 23, "Carrying on a
report", "Statistics release", "Market report"): a price or limit a body sets ahead in a story announcing its changes,
a level named with what it is of or for, a statistics publisher's own release and a market report datelined at its
market.
"""

from tests.ingest_helpers import speakers, speakers_by_figure


def test_it_gives_a_price_set_ahead_to_the_body_announcing_its_changes():
    text = (
        "A weekly pass will cost 22 velts, up from 18 velts, the Harl Ferry Company said on Monday. "
        "A single crossing will cost 4 velts."
    )
    assert speakers(text) == ["Harl Ferry Company", "Harl Ferry Company"]


def test_it_gives_a_limit_set_ahead_after_a_change_the_body_announced_to_that_body():
    text = (
        "From August the state subsidy will cover 80 per cent of the cost of a nursery place, up from 60 per cent "
        "now, according to the bill published by the Ministry of Families on Monday.\n\n"
        "Parents' fees will be capped at 2,400 velts a year."
    )
    assert speakers(text)[-1] == "Ministry of Families"


def test_it_carries_a_level_named_with_what_it_is_of():
    text = (
        "Only 61 per cent of calls were answered within a minute, the Kelby Health Board said. "
        "The average wait for a nurse to call back was 3.1 hours."
    )
    assert speakers(text)[-1] == "Kelby Health Board"


STATISTICS_PAGE = """Statistics Harlund
Home > Statistics > Labour market > Employment, first quarter 2027
Search statistics

Employment, first quarter 2027
Official statistics  |  Release date: 12 May 2027, 08:00  |  Next release: 11 August 2027

Employment rose by 0.4 per cent in the first quarter compared with the fourth quarter of 2026.

The unemployment rate fell to 5.1 per cent. Part-time work accounted for 24.6 per cent of all jobs.

About these statistics
The figures are based on a survey of around 20,000 households.

Statistics Harlund, Torvgata 2, Brenn. (c) Statistics Harlund 2027
"""


def test_it_gives_a_statistics_publishers_own_release_its_figures():
    assert speakers_by_figure(STATISTICS_PAGE)["24.6 per cent"] == "Statistics Harlund"


MARKET_PAGE = """Coast Fishing Weekly | Markets | Quota | Jobs

Kelmouth: cod firm as the fleet stays in

Market report by Ada Brenn
Friday 5 June 2026

KELMOUTH FISH EXCHANGE - Large cod made up to 6.40 dallins a kilo on Friday. Haddock eased to 3.10 a kilo.

Four boats landed and 960 boxes went under the hammer.
"""


def test_it_gives_a_market_report_datelined_at_its_market_the_sale():
    found = speakers_by_figure(MARKET_PAGE)
    assert (found["up to 6.40 dallins"], found["960 boxes"]) == ("Kelmouth Fish Exchange", "Kelmouth Fish Exchange")
