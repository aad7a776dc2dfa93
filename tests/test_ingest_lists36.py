"""
Lists with the unit given once (tests/ingest_labelling.md, "Lists with the unit given once"): in a list of results
or prices whose unit is given once, each figure is a claim in the list's unit (an election count's votes or seats,
a market report's currency), while bare numbers outside such a list, box scores, years and identifiers stay as they
were.

A timeline (a chronology of dated entries, one a line: "12 June 2028 - Harwick Pharma tells the agency ...") gives each
entry's figures to the actor the entry names after its date, as a brief's item under its dateline does
(tests/ingest_labelling.md, "News in brief and bulletins"): the date that opens an entry is a `date`, no figure and
no part of the speaker's name, and no entry's speaker carries to the next. Near misses keep the base's reading.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import clean_text, extract


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_gapped_list_of_results_carries_the_first_items_unit():
    text = (
        "The Coast Party held Dunmere after a recount on Friday. "
        "Mirren Dale of the Coast Party won 8,215 votes, Osric Penn of the Tenants' League 4,960 and Ada Rusk of the "
        "Greens 1,207. Turnout was down on the last election."
    )
    units = _units(text)
    assert units[Decimal(8215)] == "votes"
    assert units[Decimal(4960)] == "votes"
    assert units[Decimal(1207)] == "votes"


def test_a_gapped_list_after_a_bare_first_figure_keeps_the_papers_unit():
    text = (
        "The count ended at dawn.\n\n"
        "With 70 of 120 seats declared, the Harbour Party has won 38 and the Moor Alliance 22, the commission "
        "said."
    )
    assert _units(text)[Decimal(22)] == "seats"


def test_a_verbless_list_with_the_unit_on_its_first_item():
    text = (
        "The Valley Alliance held the seat after a long count at the town hall. The declared result was Tamsin Orley "
        "of the Valley Alliance 6,304 votes, Bram Kettle of the Labour Union 3,871, Ines Vahl of the Greens 902."
    )
    units = _units(text)
    assert units[Decimal(6304)] == "votes"
    assert units[Decimal(3871)] == "votes"
    assert units[Decimal(902)] == "votes"


def test_a_box_score_line_is_no_list_of_claims():
    text = "Rovers won the final 88-79.\n\nHARBOUR ROVERS: Lund 27, Marsh 19, Tebbit 14, Okafor 11"
    units = _units(text)
    assert Decimal(27) not in units and Decimal(19) not in units


def test_an_identifiers_noun_after_a_count_is_no_list_item():
    text = "The hospital had a quiet weekend. On Saturday its doctors treated 30 patients, and Ward 7."
    assert Decimal(7) not in _units(text)


def test_a_named_thing_with_a_number_stays_no_count():
    text = "The airline flew 240 passengers on Tuesday, and Flight 302 landed late."
    assert Decimal(302) not in _units(text)


def test_a_price_per_kilo_after_a_count_is_in_the_reports_currency():
    text = (
        "Cod averaged 4.20 korbs a kilo at the Wenmouth auction. "
        "Plaice sold at 3.10 korbs a kilo, with some 260 boxes on offer. Whiting slipped to 1.95 a kilo."
    )
    assert _units(text)[Decimal("1.95")] == "korbs"


def test_a_run_of_prices_goes_on_in_the_currency_across_paragraphs():
    text = (
        "Cod averaged 4.20 korbs a kilo at the Wenmouth auction, and 900 boxes were sold.\n\n"
        "At Dunsby quay 310 boxes were sold, and cod there fetched 3.85 a kilo. Large plaice made 2.60 at Dunsby."
    )
    units = _units(text)
    assert units[Decimal("3.85")] == "korbs"
    assert units[Decimal("2.60")] == "korbs"


def test_no_currency_is_given_to_a_bare_figure_a_kilo_in_an_article_without_prices():
    text = "Rations were cut to 2 a day for the 40 families in the camp."
    assert _units(text).get(Decimal(2)) != "korbs"


# Timelines: each entry's figures are the actor's it names after its date.
# How a timeline writes an entry's date, and what it sets between the date and the entry.
DATES = ["12 June 2031", "12 June", "June 12", "June 12, 2031", "June 2031", "2031"]
SEPARATORS = [" - ", " – ", " — ", ": "]
# (the entry after its date, the figure, and the entry's actor as the engine names it): a report, and the actor's
# own acts told in the timeline's present tense
ENTRIES = [
    ("Brackwell Foods says sales at its Ostry plant fell by 340 tonnes.", Decimal(340), "Brackwell Foods"),
    ("The Wendle Rivers Trust launches an appeal for 40,000 korbs.", Decimal(40000), "Wendle Rivers Trust"),
    ("Halmsey Council orders 2,150 water tanks.", Decimal(2150), "Halmsey Council"),
]
HEADS = [
    "",
    "Timeline: how the Ostry water crisis unfolded\n\nCompiled by Ines Varga\n\n",
    "Key dates\n\n",
]
# an entry before the one asserted on, whose actor must not run on into it
BEFORE = "3 March - The Wendle Rivers Trust warns that 40 wells are at risk.\n\n"


def _mentions(text: str):
    return [m for m in extract(clean_text(text)) if m.value is not None]


def _speaker(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in _mentions(text) if m.value == value)


@pytest.mark.parametrize(
    ("date", "separator", "entry", "head"),
    list(product(DATES, SEPARATORS, ENTRIES, HEADS[:2])),
)
def test_an_entry_figure_is_its_named_actors(date, separator, entry, head):
    words, value, actor = entry
    text = head + BEFORE + date + separator + words + "\n\n4 April - Nothing new is reported."
    assert _speaker(text, value) == actor


@pytest.mark.parametrize(("date", "separator"), list(product(DATES[:4], SEPARATORS)))
def test_an_entry_date_is_no_statement_of_its_actor(date, separator):
    # "27 June - National stocks stand at 14 weeks' supply, the agency says": the entry's date is when it happened,
    # not a date the agency stated
    entry = "The Wendle Rivers Trust says the river is safe."
    text = HEADS[2] + "3 March - Nothing happens.\n\n" + date + separator + entry
    assert [m.date_text for m in extract(clean_text(text)) if m.value is None] == []


def test_an_entry_without_a_named_actor_takes_none_from_the_entry_before():
    text = (
        "2 May - The Wendle Rivers Trust says 40 wells are at risk.\n\n"
        "9 May - Pumping at the Ostry works falls to 1,200 litres a minute.\n\n"
        "15 May - Halmsey Council says 2,150 households are without water."
    )
    assert _speaker(text, Decimal(1200)) is None


# Near misses: a year's span is no entry's date, nor a date whose dash opens a lower-case aside, nor a capitalised
# word that is no month; a sentence that only opens on "On 12 June" is prose.
def test_a_span_of_years_is_no_timeline_entry():
    text = "2029-30 was the worst season in memory. The club said 14 matches were called off."
    assert _speaker(text, Decimal(14)) == "club"


def test_a_date_before_a_lowercase_aside_is_no_entry():
    text = "Halmsey Council said 2,150 households were without water. 2031 - the year the pipes failed - was hard."
    assert _speaker(text, Decimal(2150)) == "Halmsey Council"


def test_prose_opening_on_a_date_keeps_its_reading():
    text = "On 12 June, Halmsey Council said 2,150 households were without water."
    assert _speaker(text, Decimal(2150)) == "Halmsey Council"


# Lists of figures each with its own source ("10 numbers that explain the winter"): each item's figures are the source
# its closing "Source: ..." names, by the name that opens it, whatever source the page named before.
SOURCED = [
    ("Nursing vacancies in the county's hospitals, about one post in nine.", Decimal("11.1"), "Vellby Care Commission"),
    ("Care homes in Vellby rated inadequate last year: 41 out of 380.", Decimal(41), "Tarnhold Inspectorate"),
    (
        "Time lost by crews waiting outside emergency departments in May, the equivalent of about 1,310 shifts.",
        Decimal(1310),
        "Orrin Ambulance Service",
    ),
]
SOURCE_TAILS = ["", " annual report", " estimate", " weekly bulletin", "; Brenna Nurses' Union"]
INTROS = [
    "",
    "Winter is coming. The Vellby Health Ministry said on Monday that 2,400 beds were open.\n\n",
]


def _sourced_page(items, tail: str, stop: str, intro: str) -> str:
    return intro + "\n\n".join(f"{words} Source: {source}{tail}{stop}" for words, _, source in items)


@pytest.mark.parametrize(
    ("turn", "tail", "stop", "intro"),
    # (a source line without its full stop leaves the item no sentence's end, and the cleaner drops it with the
    # page's furniture: not read here)
    list(product(range(3), SOURCE_TAILS, ["."], INTROS)),
)
def test_an_items_figure_is_its_own_sources(turn, tail, stop, intro):
    items = SOURCED[turn:] + SOURCED[:turn]
    found = {m.value: m.speaker for m in _mentions(_sourced_page(items, tail, stop, intro))}
    assert {value: found.get(value) for _, value, _ in items} == {value: source for _, value, source in items}


def test_a_target_in_a_sourced_item_stays_no_ones():
    items = [*SOURCED, ("Share of toddlers vaccinated, against a target of 95 per cent.", Decimal(95), "Orrin Board")]
    assert _speaker(_sourced_page(items, "", ".", ""), Decimal(95)) is None


def test_a_figure_its_own_sentence_gives_someone_keeps_them():
    items = [*SOURCED, ("The pay offer to nurses. The union wants 9 per cent.", Decimal(9), "Orrin Board")]
    assert _speaker(_sourced_page(items, "", ".", ""), Decimal(9)) == "union"


# Near misses: two sourced paragraphs make no list, and a chart's caption sources no item.
def test_two_sourced_paragraphs_are_no_list():
    page = _sourced_page(SOURCED[:2], "", ".", "")
    assert _speaker(page, Decimal(41)) != "Tarnhold Inspectorate"


def test_chart_captions_source_no_item():
    page = "\n\n".join(f"[Chart: {words} Source: {source}.]" for words, _, source in SOURCED)
    assert "Tarnhold Inspectorate" not in {m.speaker for m in _mentions(page)}


# Market reports: a market the page named in full and then calls by its head alone ("The Exchange sold 318 tonnes")
# holds the sale, whose figures are its own (tests/ingest_labelling.md, "Market report"), also after a lead that names
# the market with no word of its sale ("Cod was at its dearest at the Port Anselm Fish Exchange this week").
MARKETS = [
    ("Dunholt Fish Exchange", "Exchange"),
    ("Kelvaig Mart", "Mart"),
    ("Orrin Bay Cattle Auction", "Auction"),
    ("Tarnby Produce Market", "Market"),
]
MARKET_LEADS = [
    "Cod was at its dearest since the winter at the {name} this week, as buyers chased a short catch.",
    "Buyers came from three counties to the {name} on Tuesday, in heavy rain.",
]


@pytest.mark.parametrize(
    ("market", "verb", "lead"),
    list(product(MARKETS, ["sold 1,240 tonnes", "penned 1,240 cattle"], MARKET_LEADS)),
)
def test_a_market_by_its_head_holds_the_sale(market, verb, lead):
    name, head = market
    text = (
        lead.format(name=name) + "\n\n"
        f"The {head} {verb} over the week, down from 1,610 the week before. "
        "Top lots averaged 7.85 skellars a kilo, up from 6.90."
    )
    assert _speaker(text, Decimal(1240)) == name
    assert _speaker(text, Decimal("7.85")) == name


def test_a_head_no_market_of_the_page_has_names_none():
    text = (
        "Buyers came from three counties to Kelvaig Mart on Tuesday, in heavy rain.\n\n"
        "The Exchange sold 1,240 tonnes over the week."
    )
    assert _speaker(text, Decimal(1240)) is None


# A report's comment box: a line naming who comments, by name with their role and body set after it ("Nerys Altham,
# partner, Garside & Whitlow:"), over the comment quoted: the comment's figures are that person's, not the last
# speaker's before the box.
# (the commenter by name, or the body they speak for, which the labels give as the name's alias)
COMMENTERS = [
    ("Ivo Brannick, partner, Harle & Dunmore:", {"Ivo Brannick", "Harle & Dunmore"}),
    ("Ivo Brannick, chief auctioneer, Tarnby Mart:", {"Ivo Brannick", "Tarnby Mart"}),
    ("Maren Salt, director, Orrin Valley Growers:", {"Maren Salt", "Orrin Valley Growers"}),
]
COMMENT_HEADS = ["", "AUCTIONEER'S COMMENT\n", "Market comment\n"]
QUOTES = [('"', '"'), ("“", "”")]


@pytest.mark.parametrize(("commenter", "heading", "marks"), list(product(COMMENTERS, COMMENT_HEADS, QUOTES)))
def test_a_comment_box_is_its_named_commenters(commenter, heading, marks):
    line, names = commenter
    opening, closing = marks
    text = (
        "Tarnby Mart sold 400 cattle on Monday.\n\n"
        "One buyer, a dairy farmer who asked not to be named, said he had stopped bidding at 1,800 a head. "
        f"{opening}I could not go further,{closing} he said.\n\n"
        f"{heading}{line}\n"
        f"{opening}Demand was strong. Two of the buyers were investment funds.\n\n"
        f"{opening}We already have 14 farms entered for the spring sale.{closing}"
    )
    assert _speaker(text, Decimal(14)) in names


def test_a_name_line_over_no_quotation_is_still_dropped():
    text = "Tarnby Mart sold 400 cattle on Monday.\n\nIvo Brannick, partner, Harle & Dunmore:\nNext sale Tuesday."
    assert "Ivo Brannick" not in clean_text(text)


# Mend (findings on lists36): a story's own dated line is no timeline entry that ends the story's speaker.
def test_a_key_date_in_a_story_leaves_the_speaker_before_it():
    # findings 1: a "what happens next" line between a speaker and the story's "He said"
    text = (
        "Highways chief Gus Renner told councillors the Ashby bridge needs repairs costing 6 million pounds.\n\n"
        "1 September: The bridge shuts to traffic.\n\n"
        "He said 14,000 vehicles a day would be diverted and the work would take 18 months."
    )
    assert _speaker(text, Decimal(14000)) == "Gus Renner"


@pytest.mark.parametrize("after", ["She said the plant would employ 300 people.", '"We expect 300 jobs," she said.'])
def test_a_key_dates_box_midstory_leaves_the_speaker_before_it(after):
    # findings 1: a key-dates box inside a story
    text = (
        "Business secretary Hana Okafor visited the Brenmouth steelworks on Monday.\n\n"
        "Key dates\n\n2019 - The works closes.\n\nMarch 2024: A buyer is found.\n\n" + after
    )
    assert _speaker(text, Decimal(300)) == "Hana Okafor"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("March 2027: The council will raise council tax by 4.9 per cent, he said.", Decimal("4.9")),
        ("12 October - The date the cuts begin. The firm will lose 300 staff, he added.", Decimal(300)),
    ],
)
def test_a_dated_sentence_with_its_own_pronoun_report_is_the_speaker_befores(line, value):
    # findings 2: the sentence's own "he said" refers back past its date
    text = "Councillor Ivo Brandt, the finance chair, told the meeting the budget was balanced.\n\n" + line
    assert _speaker(text, value) == "Ivo Brandt"


@pytest.mark.parametrize("date", ["Sept 3", "Jan 12, 2028", "Oct. 2028", "Monday 12 June", "Sep 3"])
def test_an_entry_date_in_short_or_with_its_weekday_opens_an_entry(date):
    # findings 6: abbreviated months and weekdays are a timeline's dates too
    text = (
        "Timeline: the Harwick drug row\n\n"
        "Trials chief Dr Omar Vance has led the work since 2026.\n\n"
        f"{date} - The agency says the price of 90 pounds a dose is too high."
    )
    assert _speaker(text, Decimal(90)) == "agency"


def test_a_stock_exchanges_head_is_no_market_report():
    # findings 3: "The Exchange saw 2.1 billion shares sold" on a stock-market page holds no sale
    text = (
        "Trading on the Halvern Stock Exchange was heavy on Monday.\n\n"
        "The Exchange saw 2.1 billion shares sold, its busiest day since March.\n\n"
        "Shares in Ardco fell 12 per cent after it cut 400 jobs.\n\n"
        "The index closed down 3.4 per cent."
    )
    assert _speaker(text, Decimal("3.4")) is None


def test_a_head_is_the_market_named_nearest_before_it():
    # findings 4: "the Corn Exchange" named first is no fish market
    text = (
        "A meeting in the Corn Exchange on Monday heard from fishermen. "
        "Boats landed at the Port Anselm Fish Exchange this week.\n\n"
        "The Exchange sold 318 tonnes of fish, with cod at 2.40 pounds a kilo."
    )
    assert _speaker(text, Decimal(318)) == "Port Anselm Fish Exchange"


def test_a_source_that_names_no_one_is_no_speaker():
    # findings 8
    text = (
        "The party will cut 300 staff before the election. Source: a senior official.\n\n"
        "Donations are down 40 per cent. Source: party treasurer.\n\n"
        "Membership has fallen to 80,000. Source: internal figures."
    )
    assert _speaker(text, Decimal(40)) is None
    assert _speaker(text, Decimal(80000)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Dr Nerys Altham, senior partner, Garside & Whitlow:",
        "Nerys Ann Altham, partner, Garside & Whitlow:",
        "Nerys Altham, partner, Garside & Whitlow, Tarnby:",
    ],
)
def test_a_comment_box_line_with_a_title_a_middle_name_or_a_town(line):
    # findings 5
    text = (
        "Tarnby Mart sold 1,046 cattle on Tuesday, with steers averaging 1,420 pounds.\n"
        "AUCTIONEER'S COMMENT\n"
        f"{line}\n"
        '"Trade was up 8 per cent on the month and we expect 1,200 head next week."'
    )
    assert _speaker(text, Decimal(8)) in {"Nerys Altham", "Nerys Ann Altham", "Garside & Whitlow"}


@pytest.mark.parametrize(
    "form",
    ["{words} Sources: {source}.", "{words} Source - {source}."],
)
def test_an_items_sources_or_a_source_after_a_dash(form):
    # findings 7: the sourced list's common variants (a source on its own line or in brackets the cleaner drops as
    # furniture before the list is read: left)
    page = "\n\n".join(form.format(words=words, source=source) for words, _, source in SOURCED)
    found = {m.value: m.speaker for m in _mentions(page)}
    assert {value: found.get(value) for _, value, _ in SOURCED} == {value: source for _, value, source in SOURCED}


def test_a_place_heading_over_a_vox_pop_is_no_comment_box():
    # findings 10: "High Street, Wrenford, on Monday:" names no one (its last part is no body)
    text = (
        "Parking charges in Wrenford rose to 5 pounds an hour on Monday, the council said.\n"
        "High Street, Wrenford, on Monday:\n"
        '"I used to pay 2 pounds. Now I shop in Bramford."'
    )
    assert _speaker(text, Decimal(2)) != "High Street"
