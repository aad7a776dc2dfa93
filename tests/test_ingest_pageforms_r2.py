"""
Pages whose form gives unverbed figures to a body (tests/ingest_labelling.md, sessions 14 and 23): an item of briefs
goes on in its source's voice but never into the next item; a market report's mart is named by its ring or by the sale
its lead sets at it; a results story's lead may give the company's result with no reporting verb; a rule by the body
that set it is that body speaking.
"""

from tests.ingest_helpers import speakers_by_figure

BRIEFS_PAGE = """THE VALLEY POST
Home | News | Sport

NEWS IN BRIEF

Round-up: a flooded quarry, a school roof and a lost painting

Staff reporters
9 May 2026, 17:20

ARNBY, 9 May - The Arnby water board said 900 cubic metres had spilled into a lane. Six tankers were called in.

DELFORD, 9 May - Food prices rose 3 per cent in April, the statistics office said.

MARSHOLT - Bus fares rose 5 per cent on Monday.
"""


def test_it_carries_an_items_source_to_its_later_figures():
    assert speakers_by_figure(BRIEFS_PAGE)["Six tankers"] == "Arnby water board"


def test_it_carries_no_source_into_the_next_item():
    assert speakers_by_figure(BRIEFS_PAGE)["5 per cent"] is None


MART_PAGE = """THE UPLAND FARMER
Livestock | Arable

Marts

Brenmoor: a busy ring

By our livestock reporter
Wednesday 14 October 2026

Brenmoor Mart had 812 cattle through the ring on Tuesday, and buyers from the coast kept the trade brisk.

Heifers averaged 2.74 florins a kilo. Forty-one cull cows met a steady trade.
"""


def test_it_gives_a_mart_its_cattle_through_the_ring():
    assert speakers_by_figure(MART_PAGE)["812 cattle"] == "Brenmoor Mart"


def test_it_gives_the_mart_what_met_a_trade():
    assert speakers_by_figure(MART_PAGE)["Forty-one cull cows"] == "Brenmoor Mart"


MART_LEAD_PAGE = """THE UPLAND FARMER
Livestock | Arable

Marts

Frost keeps sellers at home

By our livestock reporter
Wednesday 14 October 2026

A hard frost kept some sellers at home for Monday's sale at Hallby Mart, but the trade held.

The mart forward 640 store lambs. They averaged 88.50 florins a head, well up on the 84.10 recorded at Tarn on Friday.
"""


def test_it_takes_the_market_from_a_lead_with_no_figure():
    assert speakers_by_figure(MART_LEAD_PAGE)["640 store lambs"] == "Hallby Mart"


def test_it_reads_no_speaker_in_a_participle_after_a_figure():
    assert speakers_by_figure(MART_LEAD_PAGE)["88.50 florins"] == "Hallby Mart"


RESULTS_PAGE = """THE HARBOUR LEDGER | Business

Ferrow Mills profit jumps on bread demand

By Ansel Prake, Business Reporter
3 March 2026

Ferrow Mills, the flour miller that supplies a third of bakeries, doubled its profit last year, to 12.4 million florins.

The company shut two of its five mills in the spring.
"""


def test_it_gives_a_results_lead_with_no_reporting_verb_to_the_company():
    assert speakers_by_figure(RESULTS_PAGE)["12.4 million florins"] == "Ferrow Mills"


def test_it_gives_the_company_its_acts_over_the_period():
    assert speakers_by_figure(RESULTS_PAGE)["two"] == "Ferrow Mills"


RULE_PAGE = """THE COUNTY HERALD | Health

Waits grow at Orrin hospitals

By Mara Lind
5 June 2026

More patients are waiting longer, according to figures published on Thursday by the Orrin Health Trust.

The trust's own standard says patients should be treated within 18 weeks.
"""


def test_it_gives_a_rule_to_the_body_that_set_it():
    assert speakers_by_figure(RULE_PAGE)["18 weeks"] == "Orrin Health Trust"
