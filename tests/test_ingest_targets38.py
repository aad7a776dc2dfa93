"""
Round 38, targets: figures the labels list as no claim that the engine suggested. A document's clause number opening
its line ("1.1 All hostilities shall cease") is an identifier, no decimal count; and a newsroom's membership offer
under its story ("6,300 members fund our work. Join from 5 skarls a month.", "Free for 30 days, then 2 pellars a
month.", "Sign up free.") is page furniture, its figures no news.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

HEAD = "Harbour board sets out its plan\n\nBy Ola Brennvik\nMonday 3 May 2027\n\n"
INTRO = "The Varnholt harbour board published its review on Monday. It sets out its findings in numbered clauses.\n\n"


def _values(text: str) -> set[Decimal]:
    return {m.value for m in extract(clean_text(text)) if m.value is not None}


# -- a clause number opening its line ---------------------------------------------------------------------------

CLAUSES = [
    ("1.1", "All hostilities shall cease at noon on the first day."),
    ("2.3", "Pilot boats shall enter the outer basin only by day."),
    ("3.2", "Humanitarian convoys shall notify both parties in advance."),
    ("3.1", "Brevadian phones are meant to fall back to another network."),
    ("2.1", "Flood losses on farms have tripled in a decade."),
    ("4.12", "Some operators have told us that the rule is too strict."),
    ("12.4", "Harbour pilots shall keep a register of their crews."),
]


@pytest.mark.parametrize(("number", "clause"), CLAUSES)
@pytest.mark.parametrize("place", ["first", "middle", "last"])
def test_a_clause_number_opening_its_line_is_no_count(number, clause, place):
    others = ["1.4 The board shall meet in public.", "5.1 Any party may ask for a review."]
    lines = {"first": [f"{number} {clause}", *others], "middle": [others[0], f"{number} {clause}", others[1]]}
    lines["last"] = [*others, f"{number} {clause}"]
    text = HEAD + INTRO + "\n\n".join(lines[place]) + "\n"
    assert Decimal(number) not in _values(text)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a figure with its unit or scale opening the line stays a count
        ("2.5 million people used the ferry last year, the board said.", Decimal(2500000)),
        ("4.6 per cent of cargo arrived late, the board said.", Decimal("4.6")),
        ("3.5 tonnes of fish were landed on Monday, the board said.", Decimal("3.5")),
        # a decimal inside a sentence is no clause number
        ("The board said fees would rise by 2.3 Varnholt marks a tonne.", Decimal("2.3")),
        ("Fees rose to 1.8 marks a tonne. Most ships paid it, the board said.", Decimal("1.8")),
    ],
)
def test_a_decimal_figure_that_is_no_clause_number_stays(line, value):
    assert value in _values(HEAD + INTRO + line + "\n")


# -- a membership offer under the story -------------------------------------------------------------------------

STORY = (
    "The harbour board said on Monday that fees would rise by 4 per cent in June, adding 12 million florins a year "
    "to shipping costs.\n\n"
)
OFFERS = [
    ("Support the Beacon: our reporting is free to read because 6,200 members pay for it. Join from 5 skarls a month.",
     [Decimal(6200), Decimal(5)]),
    ("The Courier is a non-profit newsroom. 6,300 members make it possible. Join from 7 skarls a month, or 70 skarls a "
     "year.", [Decimal(6300), Decimal(7), Decimal(70)]),
    ("Support court reporting from 5 skarls a month.", [Decimal(5)]),
    ("Support independent journalism from 3.50 florins a week.", [Decimal("3.50")]),
    ("Members get every newsletter and our print edition. From 9 marks a month.", [Decimal(9)]),
    ("Get the Tide's daily briefing in your inbox. Free for 30 days, then 2 pellars a month.", [Decimal(2)]),
    ("The five stories that move markets, in your inbox by 6.30am. Sign up free.", [Decimal(5)]),
]  # fmt: skip


@pytest.mark.parametrize(("offer", "values"), OFFERS)
@pytest.mark.parametrize("after", ["", "\n\nRelated\n- Ferry fares to rise in June\n"])
def test_a_membership_offer_under_the_story_is_furniture(offer, values, after):
    found = _values(HEAD + STORY + offer + after)
    assert {Decimal(4), Decimal(12000000)} <= found  # the story's own figures stay
    assert not set(values) & found


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # the news's own price, a sentence that opens on no offer
        ("Fares will rise from 5 skarls a month, the operator said.", Decimal(5)),
        ("Rents at the quay went up from 400 florins a month.", Decimal(400)),
        # the words of an offer in a sentence that goes on, or that opens on no offer
        ("Support for the ferry rose from 40 per cent a year ago, the survey found.", Decimal(40)),
        ("From June, membership of the sailing club will cost 30 florins a month.", Decimal(30)),
        ("Residents were told to sign up now. About 300 did, the council said.", Decimal(300)),
    ],
)
def test_a_price_in_the_news_stays(line, value):
    assert value in _values(HEAD + STORY + line + "\n")


# -- a live page's "Key points" -----------------------------------------------------------------------------------

LIVE_HEAD = (
    "Live: Varnholt ferry strike, day 2\nCrews walked out on Monday over rotas. Updates by our transport reporter Ola "
    "Brennvik.\n\nTuesday 4 May 2027\nAuto-refresh on | 120 people reading\n\n"
)
LIVE_BODY = (
    "16:05\nThat is all for today. The union said 1,250 crew members had joined the strike, up from 900 on "
    "Monday.\n\n15:10\nThe operator said it had cancelled 64 sailings since Monday morning.\n"
)


@pytest.mark.parametrize("heading", ["Key points", "KEY POINTS", "Key points:"])
@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("- Operator says 41,500 florins lost each day of the strike", Decimal(41500)),
        ("- Union says 3,400 passengers stranded on the islands", Decimal(3400)),
    ],
)
def test_a_live_pages_key_points_are_its_index(heading, item, value):
    text = LIVE_HEAD + f'{heading}\n- Union says crews were "told to wait"\n{item}\n\n' + LIVE_BODY
    found = _values(text)
    assert Decimal(64) in found  # the entries' own figures stay
    assert value not in found


def test_a_list_under_another_heading_of_a_live_page_stays():
    text = (
        LIVE_HEAD
        + "14:20\nThe union gave its figures:\n- 3,400 passengers were stranded on the islands;\n"
        + "- 41,500 florins were lost each day.\n\n"
        + LIVE_BODY
    )
    assert {Decimal(3400), Decimal(41500)} <= _values(text)


# -- mends (findings_targets38): an offer-shaped sentence closing a reported paragraph, a non-live "Key points" box,
# a price opening its line, a long token after "From" ---------------------------------------------------------------

FERRY = "Ferry operator changes its prices\n\nBy Kari Lunde\nTuesday 4 May 2027\n\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The operator said 41,000 passengers used the new season ticket in its first month. Prices: from 30 "
            "florins a month.\n\nIt expects 60,000 by the summer.\n",
            [Decimal(41000), Decimal(60000)],
        ),
        (
            "Vellum said on Tuesday that 2.4 million people had subscribed since its launch in March. From 6 euros a "
            "month.\n\nThe company said it expected 3 million by December.\n",
            [Decimal(2400000), Decimal(3000000)],
        ),
        (
            "Vellum said on Tuesday that 2.4 million people had subscribed since its launch in March, the company's "
            "chief executive said. Free for 30 days, then 6 euros a month.\n\nThe company said it expected 3 million "
            "by December.\n",
            [Decimal(2400000), Decimal(3000000)],
        ),
        (
            "The council said 4,300 households had registered for flood alerts since January, out of 9,000 at risk. "
            "Sign up here.\n\nThe alerts are sent by text.\n",
            [Decimal(4300), Decimal(9000)],
        ),
        (
            "Membership of the Varnholt sailing club rose to 1,400 this year, the club said. Join from 30 florins a "
            "year.\n\nIt plans a new pontoon.\n",
            [Decimal(1400)],
        ),
    ],
)
def test_a_reported_paragraph_closing_on_an_offer_shaped_sentence_keeps_its_figures(text, values):
    assert set(values) <= _values(FERRY + text)


def test_an_ordinary_articles_key_points_box_stays():
    text = (
        "Hospital waiting lists fall for a third month\n\nBy Kari Lunde\nTuesday 4 May 2027\n\n"
        "Key points\n- Health board says 41,200 patients were waiting in April\n"
        "- Minister says 600 more nurses will be hired this year\n\n"
        "Waiting lists at the region's hospitals fell for a third month in April, figures from the health board "
        "show.\n\nThe board said 41,200 patients were waiting at the end of the month, down from 43,900 in January.\n"
    )
    assert Decimal(600) in _values(text)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2.5 Canadian dollars is what a single ticket will cost from June, the operator said.", Decimal("2.5")),
        ("4.99 Varnholt marks is what a day pass will cost from June, the operator said.", Decimal("4.99")),
    ],
)
def test_a_price_opening_its_line_is_no_clause_number(line, value):
    assert value in _values(FERRY + "The fares board met on Tuesday.\n\n" + line + "\n")


def test_a_long_token_after_from_is_read_in_linear_time():
    import time

    from ingest.cleaning import _speaks_to_reader

    # a hang guard, not a timing: read back from each character, 80,000 characters took minutes; read once, milliseconds
    line = "The operator said 41,000 passengers used the pass in May. From " + "1a" * 40_000 + " in April."
    start = time.process_time()
    _speaks_to_reader(line)
    assert time.process_time() - start < 5
