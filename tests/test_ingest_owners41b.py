"""
A body's own figures a news page prints under the body's masthead in capitals (owners41b): the masthead names the body
by its initials, which the page writes ("the KHA"), opens on initials the page spells out ("KHA FREIGHT"), or runs the
body's name into the title of its own figures ("ORRIN WATER LEAKAGE REPORT"). Near misses keep no owner: a paper's
crosshead on a place, initials found only inside a reference.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "The Keldmoor Courier | News | Business | Sport\n"
    "Sign in | Subscribe\n\n"
    "{headline}\n"
    "We print the figures as issued, with our notes\n\n"
    "By Ada Roe, Business Reporter\n"
    "Tuesday 10 October 2028, 06:00\n\n"
    "Every quarter the figures below are published for the whole county, and every quarter they are argued over by "
    "the people who have to live with them. We print the main table here, with our notes after it.\n\n"
)


def _page(headline: str, masthead: str, fields: str, notes: str) -> str:
    return HEAD.format(headline=headline) + f"{masthead}\n{fields}\n\nOUR NOTES\n\n{notes}\n\n{MORE}\n"


def _speaker_of(page: str, value: str) -> str | None:
    speakers = [m.speaker for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert speakers, f"{value} not extracted"
    return speakers[0]


MORE = (
    "The figures are averages over the whole quarter, and a single busy week can look very different. Some drivers in "
    "the hills said they had waited far longer than the averages suggest, and that the queues were getting worse."
)
FIELDS = "Lorries in service: 4,120 (last quarter: 3,980)\nAverage cost a mile: 2.41 crowns\nDepots open: 212"

POSITIVES = [
    (
        "Orrin Water's leakage report: what the figures say",
        "ORRIN WATER LEAKAGE REPORT - MAY 2027",
        "Orrin Water said its leakage figure was an average over the month. Leaks were worse in the hills, it said.",
        "Orrin Water",
    ),
    (
        "Haulage costs: the hauliers' own index",
        "KELDMOOR HAULIERS' ASSOCIATION - FREIGHT COST INDEX, Q2 2027",
        "The KHA says its index covers most lorries on the road. Drivers told the Courier costs were higher.",
        "Keldmoor Hauliers' Association",
    ),
    (
        "The union's strike bulletin, as issued",
        "UNITED DOCKERS AND PORTERS",
        "The UDP has given the port the notice the law requires. The port said it would keep the cranes working.",
        "United Dockers and Porters",
    ),
    (
        "The hauliers' breakdown figures",
        "KHA RESCUE - HARVEST MONDAY 2027: CALL-OUT FIGURES",
        "The Keldmoor Hauliers' Association (KHA) says its figures cover members only. Others were busy too.",
        "Keldmoor Hauliers' Association",
    ),
]


@pytest.mark.parametrize(("headline", "masthead", "notes", "owner"), POSITIVES)
@pytest.mark.parametrize("value", ["4120", "2.41", "212"])
def test_a_bodys_figures_under_its_masthead_are_its_own(headline, masthead, notes, owner, value):
    assert _speaker_of(_page(headline, masthead, FIELDS, notes), value) == owner


NEAR_MISSES = [
    (
        "Fuel prices: our weekly tracker",
        "PUMP PRICES REPORT - WEEK 41",
        "Prices rose again in the hills this week. Drivers told the Courier that they were shopping around.",
    ),
    (
        "Lowmarsh housing: the figures",
        "LOWMARSH HOUSING REPORT - MAY 2027",
        "Rents in Lowmarsh rose again this spring. Tenants told the Courier that they were moving out of town.",
    ),
    (
        "Kitchen jobs this week",
        "KITCHEN PORTER WAGES - WEEK 12",
        "Apply to Marlo Venzi. Ref: MK-KP-03. Other kitchens were hiring too, the Courier found this week.",
    ),
]


@pytest.mark.parametrize(("headline", "masthead", "notes"), NEAR_MISSES)
def test_a_crosshead_that_names_no_body_the_page_writes_owns_nothing(headline, masthead, notes):
    assert _speaker_of(_page(headline, masthead, FIELDS, notes), "4120") is None


def _site(name: str, kind: str) -> str:
    return (
        f"{name} | Home | Programme | Tickets | Contact\n"
        f"{name.lower().replace(' ', '')}.kd\n\n"
        f"{name.upper()}\n"
        "Programme and tickets\n\n"
        f"The {kind} returns to the Corn Exchange this spring with more stalls and more talks than ever before. "
        f"The {kind} has 140 stalls this year, up from 120, and the talks in the big tent are free to all.\n\n"
        "Some 35 speakers will give talks over the two days, and the children's tent has room for 60 at a time.\n\n"
        f"The {kind} is run by volunteers, and every crown of profit goes to the food bank in town each year.\n"
    )


@pytest.mark.parametrize(("name", "kind"), [("Keld Book Fair", "fair"), ("Orrin Food Festival", "festival")])
@pytest.mark.parametrize("value", ["140", "35", "60"])
def test_an_events_own_site_speaks_as_the_event(name, kind, value):
    assert _speaker_of(_site(name, kind), value) == name


@pytest.mark.parametrize(("name", "kind"), [("Fair Lane Residents", "street"), ("Festival Road Traders", "road")])
def test_a_site_whose_name_only_opens_on_an_events_word_is_no_events(name, kind):
    assert _speaker_of(_site(name, kind), "140") is None


@pytest.mark.parametrize(
    ("line", "value", "owner"),
    [
        ("Calder EV-2: range 452 km; price from 31,990 crowns (Orvik figures).", "452", "Orvik"),
        ("Aster Estate: price from 24,450 crowns; boot of 510 litres (Halden Cars figures).", "510", "Halden Cars"),
        ("Calder EV-2: range 452 km; price from 31,990 crowns (on sale from March).", "452", "Keld Book Fair"),
        ("Calder EV-2: range 452 km, which the figures of others (and ours) match.", "452", "Keld Book Fair"),
    ],
)
def test_a_bracket_at_a_lines_end_gives_its_figures_to_their_maker(line, value, owner):
    page = _site("Keld Book Fair", "fair").replace("\n\nThe fair is run", f"\n\n{line}\n\nThe fair is run")
    assert _speaker_of(page, value) == owner


# mend (review of owners41b): near misses the rules hit. A paper's own crosshead in capitals whose initials are a common
# abbreviation the prose writes (H1); a crosshead opening on initials the page spells out as an index, a statistic, a
# country or a union no one reads as the page's speaker (H2); a report title whose leading words the page writes as a
# place, a person or a club that "said" something, no body of its own (H3)
PAPERS_CROSSHEADS = [
    ("ENERGY UPDATE", "Prices are set partly by the EU market, traders said. Some households told the Courier so."),
    ("INFLATION TRACKER", "Prices rose again. IT firms said they were raising salaries faster than the shops."),
    ("AVERAGE INCOMES", "Firms using AI said they were hiring fewer clerks. Others told the Courier they were hiring."),
    ("PRICE MONITOR", "The PM said prices would fall by the spring. Shoppers told the Courier they doubted it."),
    ("CPI UPDATE - SEPTEMBER 2028", "The Consumer Prices Index (CPI) measures what a typical basket costs. It rose."),
    ("GDP FIGURES - Q3 2028", "Gross Domestic Product (GDP) grew for a third quarter. GDP per head is still low."),
    ("UK HOUSE PRICE INDEX - SEPTEMBER", "Prices across the United Kingdom rose by less. The UK figure is an average."),
    ("EU REFERENDUM RESULTS", "The county voted to stay in the European Union (EU). Leave campaigners said so."),
    ("CITY TRANSFER UPDATE", "City said the fees were within budget. Fans told the Courier they wanted a striker."),
    ("KELDMOOR PANTO SHOW REVIEW", "Keldmoor said goodbye to its old hall this year. The cast were superb."),
    ("HARROW MARKET REPORT", "Harrow told the Courier the auction was quiet. Buyers stayed away from the hill lambs."),
]


@pytest.mark.parametrize(("masthead", "notes"), PAPERS_CROSSHEADS)
def test_a_papers_crosshead_owns_nothing_whatever_abbreviation_or_name_the_page_writes(masthead, notes):
    assert _speaker_of(_page("The figures", masthead, FIELDS, notes), "4120") is None


# a bracket names no maker where it names a period or a qualifier (H4); it gives only the figures of its own sentence
# (M2); on a news page, no body's own, it is the paper's or a source's note, not a maker's line (M1)
@pytest.mark.parametrize(
    ("line", "value", "owner"),
    [
        ("Visitors last year: 12,400 (March figures).", "12400", "Keld Book Fair"),
        ("Stalls booked: 1,440 (Provisional figures).", "1440", "Keld Book Fair"),
        ("Range 452 km (Orvik figures). Boot of 510 litres (Q3 figures).", "452", "Orvik"),
        ("Range 452 km (Orvik figures). Boot of 510 litres (Q3 figures).", "510", "Keld Book Fair"),
        ("Range 452 km, says Halden. Boot of 510 litres (Orvik figures).", "510", "Orvik"),
    ],
)
def test_a_bracket_names_a_maker_not_a_period_and_only_for_its_sentence(line, value, owner):
    page = _site("Keld Book Fair", "fair").replace("\n\nThe fair is run", f"\n\n{line}\n\nThe fair is run")
    assert _speaker_of(page, value) == owner


@pytest.mark.parametrize(
    "notes",
    [
        "Dealers in the county sold 1,210 cars in the quarter, down from 1,400 (Courier figures).",
        "Dealers sold 1,210 cars in the quarter (Keldmoor Courier figures). Rivals sold 980 (Q3 figures).",
        "Burglaries fell to 1,210 in the year (Official figures). Thefts of cars rose to 95.",
    ],
)
def test_a_bracket_on_a_news_page_names_no_maker(notes):
    assert _speaker_of(_page("Car sales slump", "Fleet buyers hold back", "", notes), "1210") is None


# games are a product's kind as much as an event's: a games site's own figures are no event's (M3)
def test_a_games_site_is_no_events():
    page = (
        "Pocket Games | News | Reviews | Previews | Podcast\npocketgames.kd\n\n"
        "POCKET GAMES\nReviews, news and previews\n\n"
        "We reviewed 140 games this year. Our readers voted 35 of them into the top list.\n"
    )
    assert _speaker_of(page, "35") is None
