"""
Figures that are found but are no claims (tests/ingest_labelling.md): the size of a survey's sample told as what the
survey covered or whom it asked (`source_count`), and the page's own note on how long a letter may be (furniture).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> set[tuple[Decimal | None, str]]:
    return {(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None}


def test_what_a_survey_covered_is_its_sample():
    text = (
        "Bakers in the north raised bread prices by 9 per cent this year, the guild said on Friday. The guild's "
        "price survey covered 860 bakeries in 41 towns. A second survey, which covers 230 mills, found that flour "
        "cost 14 per cent more."
    )
    figures = _figures(text)
    assert (Decimal(9), "percent") in figures and (Decimal(14), "percent") in figures
    assert not {f for f in figures if f[1] in ("bakeries", "towns", "mills")}


def test_whom_a_question_was_put_to_is_a_sample():
    text = (
        "The study, which asked 3,150 nurses about their shifts, found that 44 per cent had skipped a break. I asked "
        "18 drivers at the depot last week whether they would strike. The company employs 2,400 drivers and has "
        "asked 300 staff to work extra shifts."
    )
    figures = _figures(text)
    assert (Decimal(44), "percent") in figures and (Decimal(2400), "drivers") in figures
    assert (Decimal(300), "staff") in figures  # a request to many, not a question: still a count
    assert (Decimal(3150), "nurses") not in figures
    assert (Decimal(18), "drivers") not in figures


def test_a_live_pages_key_events_are_its_index_not_its_news():
    text = (
        "Storm Ansel live: ferries cancelled and roads closed on the coast\n\n"
        "Key events\n"
        "- Nordpower says 12,400 homes are without electricity\n"
        "- Ferry operator cancels all 16 evening sailings\n"
        "- Coastguard rescues two walkers on the headland\n\n"
        "17:20\n"
        "Nordpower says 12,400 homes are without electricity in the west, up from 9,000 at noon.\n\n"
        "16:45\n"
        "The ferry operator has cancelled all 16 evening sailings to the islands, it said.\n"
    )
    homes = [m for m in extract(clean_text(text)) if m.value == Decimal(12400)]
    assert len(homes) == 1 and homes[0].quote.startswith("Nordpower says 12,400 homes are without electricity in")
    assert len([m for m in extract(clean_text(text)) if m.value == Decimal(16)]) == 1


def test_ages_given_in_words_and_in_apposition_are_no_counts():
    text = (
        "The nursery in Holmvik takes 48 children aged two to 5, the council said. Police said a woman, 37, from "
        "Brekke had been arrested after 600 litres of diesel were stolen from the depot."
    )
    figures = _figures(text)
    assert (Decimal(48), "children") in figures and (Decimal(600), "litres") in figures
    assert {f[0] for f in figures} == {Decimal(48), Decimal(600)}


def test_the_pages_own_offers_are_furniture():
    text = (
        "The ferry company carried 1.2 million passengers last year, up from 1.1 million, it said on Monday.\n\n"
        "Get the Harbour Gazette on your doorstep from 3.80 krona a week.\n\n"
        "Gazette digital: first 6 months for 2 krona, then 8.50 krona a month.\n\n"
        "Never miss a sailing update: travel alerts are free for subscribers, 1.50 krona a week.\n"
    )
    assert {f[0] for f in _figures(text)} == {Decimal(1200000)}


def test_a_letters_pages_length_note_is_furniture():
    text = (
        "Sir, the council says the new car park will hold 420 cars. It will not fill on a weekday.\n"
        "Hanna Berg, Eastbrook\n\n"
        "We welcome letters of up to 300 words. Write by Friday, and please keep them under 300 words.\n"
    )
    assert {f[0] for f in _figures(text)} == {Decimal(420)}


def test_a_calibre_is_no_count_of_what_it_names():
    text = (
        "The ministry said it had ordered 120mm mortar rounds and 9mm pistols for the border guards. Up to 30mm of "
        "rain could fall on Tuesday, the forecaster said."
    )
    figures = _figures(text)
    assert (Decimal(30), "mm") in figures
    assert not {f for f in figures if f[1] in ("rounds", "pistols")}


def test_half_a_century_is_a_span_not_a_share():
    text = (
        "Ola Brekke, who has died aged 91, mended the harbour's nets for more than half a century. The closure "
        "ends half a century of boat building in the town, and 60 jobs will go, the company said."
    )
    assert {f[0] for f in _figures(text)} == {Decimal(60)}


def test_a_dozen_a_price_is_for_is_no_count():
    text = (
        "A dozen oranges cost 4.20 krona at the market last week. A stallholder said she had raised the price of "
        "a dozen lemons to 5.10 krona. A dozen stalls have closed since May."
    )
    figures = _figures(text)
    assert (Decimal(12), "stalls") in figures
    assert not {f for f in figures if f[1] in ("oranges", "lemons")}


def test_the_whole_of_those_visited_is_a_sample():
    text = (
        'Of the 40 farms we visited in the valley, 13 said they had lost lambs. "We found damp bedding in 9 of the '
        '25 barns we visited," the inspector said.'
    )
    figures = _figures(text)
    assert (Decimal(13), "farms") in figures and (Decimal(9), "barns") in figures
    assert (Decimal(40), "farms") not in figures and (Decimal(25), "barns") not in figures


def test_the_sites_a_study_went_to_are_its_sample():
    text = (
        "Researchers from Holm University visited 36 heaths and counted 5,200 nesting pairs of larks. Her team "
        "measured nitrogen at 22 upland sites and found levels up by 18 per cent."
    )
    figures = _figures(text)
    assert (Decimal(5200), "pairs") in figures and (Decimal(18), "percent") in figures
    assert not {f for f in figures if f[1] in ("heaths", "sites")}


def test_a_poll_named_with_its_pollster_or_a_comma_before_its_sample():
    text = (
        "A survey by the Tenants' Forum of 2,310 renters found that 41 per cent had skipped a meal. The chamber's "
        "quarterly survey, of 380 firms, found that 27 per cent planned to hire."
    )
    figures = _figures(text)
    assert (Decimal(41), "percent") in figures and (Decimal(27), "percent") in figures
    assert not {f for f in figures if f[1] in ("renters", "firms")}


def test_the_places_a_sample_was_drawn_from_are_the_sample():
    text = (
        "The estimate rests on a survey of 3,800 households in 140 villages. Researchers collected soil from 620 "
        "gardens in 19 towns and found lead above the limit in 12 per cent."
    )
    figures = _figures(text)
    assert (Decimal(12), "percent") in figures
    assert not {f for f in figures if f[1] in ("villages", "towns")}


def test_the_sources_evidence_came_from_are_no_finding():
    text = (
        "We used hourly counts from 36 sensors and data for 9 market towns. Working from the footage of its 27 "
        "cameras, the network found that visits fell by 14 per cent."
    )
    figures = _figures(text)
    assert (Decimal(14), "percent") in figures
    assert not {f for f in figures if f[1] in ("sensors", "towns", "cameras")}


def test_part_of_an_hour_is_a_span_and_a_dated_share_stays_a_share():
    text = (
        "The ferry had been listing for nearly half an hour before it sank. I waited a quarter of an hour for the "
        "bus. Chains now own 55 per cent of pharmacies, up from about a third a decade ago."
    )
    figures = _figures(text)
    assert (Decimal(55), "percent") in figures
    assert not {f for f in figures if f[1] == "percent" and f[0] in (Decimal(25), Decimal(50))}
