"""What a figure counts when the page does not put the noun right after it (session 25, the unit of a figure)."""

from decimal import Decimal

from tests.ingest_helpers import figures


def unit_of(text: str, value: str) -> str:
    """The unit the engine gives the figure of ``value`` in ``text`` ("" when it suggests none)."""
    return next((unit for found, unit in figures(text) if found == Decimal(value)), "")


def test_a_quakes_strength_is_its_magnitude():
    assert unit_of("An aftershock of magnitude 5.4 shook the valley, the institute said.", "5.4") == "magnitude"
    assert unit_of("The quake measured 6.8 on the institute's scale, the institute said.", "6.8") == "magnitude"
    page = (
        "The geothermal plant has set off 26 tremors this year, the institute said.\n\n"
        '"Our array logged 2.6 on the institute\'s scale," said the site director.'
    )
    assert unit_of(page, "2.6") == "magnitude"


def test_a_level_after_the_change_counts_the_subject():
    text = "Claims for jobseeker's allowance rose by 2,900 to 97,400, the office said."
    assert unit_of(text, "97400") == "claims"
    text = "Break-ins at barns and outbuildings fell 3 per cent to 4,080, the police said."
    assert unit_of(text, "4080") == "break-ins"
    text = "Hip fractures, the rarer injury, numbered 22 among those on the drug, the company said."
    assert unit_of(text, "22") == "fractures"


def test_a_bare_price_in_a_market_report_is_in_its_currency():
    text = "Red roses made 1.84 velts a stem.\n\nTulip stems on the clock: 410,000. They cleared at an average of 0.41."
    assert unit_of(text, "0.41") == "velts"
    text = "Maincrop averaged 31.40 skellars per 100 kilos on Thursday. Growers said carrots were unchanged at 24.00."
    assert unit_of(text, "24.00") == "skellars"


def test_a_multiple_of_earnings_is_in_times():
    assert figures("Homes here already sell for 4.1 times earnings, she said.") == [(Decimal("4.1"), "times")]


def test_a_bare_dimension_is_in_the_length_last_measured():
    text = '"It is barely 4 metres wide at the bridge. A coach is 2.5 wide without its mirrors," he said.'
    assert unit_of(text, "2.5") == "metres"


def test_others_are_more_of_the_kind_named_before():
    text = "One infected person can pass it to as many as 18 others, the agency said."
    assert unit_of(text, "18") == "people"
    text = "The request would be considered alongside about 40 others, a council spokesman said."
    assert unit_of(text, "40") == "requests"
    text = "The ambulance service says 19 people have been taken to hospital. Around 40 others were treated there."
    assert unit_of(text, "40") == "people"


def test_us_is_the_group_the_clause_before_names():
    text = (
        "A shift manager said workers had been told the site was safe. "
        '"Management stood up in October and told 200 of us there would be new machines," he said.'
    )
    assert unit_of(text, "200") == "workers"
    text = 'A porter said staff were fined too, "dozens of us every month".'
    assert unit_of(text, "24") == "staff"


def test_what_a_count_names_is_read_past_a_name_or_an_abbreviation():
    text = "The federation had raised its estimate of travelling Ellumar fans to 5,000 from 3,000 this week."
    assert unit_of(text, "5000") == "fans"
    text = "The board's figures show that the number of GPs working in the valley fell to 58 last year."
    assert unit_of(text, "58") == "GPs"


def test_a_bare_figure_set_against_a_known_one_counts_the_same():
    text = (
        "Classes in Kestlow now average 31.4 pupils. That compares with 26.1 in Harl and 27.5 in Ostmere.\n\n"
        '"Ostmere leaves out its two village schools," he said. "Take those in, and Ostmere is nearer 29 than 27.5."'
    )
    assert unit_of(text, "29") == "pupils"


def test_them_are_the_members_every_ranged_over():
    text = (
        "The firm would interview every laundry worker who wanted to transfer. "
        '"We expect to take on at least 20 of them," its director said.'
    )
    assert unit_of(text, "20") == "workers"
    text = "Each helicopter flight costs us about 2,600 sorrins, and we need 14 of them a season."
    assert unit_of(text, "14") == "flights"


def test_a_compound_keeps_its_whole_name():
    # the ledger matches claims by unit: "parking spaces" are not any spaces, nor "food banks" banks
    assert figures("The main site has 1,420 parking spaces, the trust said.") == [(Decimal(1420), "parking spaces")]


def test_the_size_of_a_class_is_in_pupils():
    assert figures("Inspectors say average secondary class sizes have risen to 31 from 27.") == [
        (Decimal(31), "pupils")
    ]
    text = "The school has 400 pupils. Nine of its classes are larger than 30, and one class of 36 is taught in a hut."
    assert unit_of(text, "36") == "pupils"


def test_them_never_stands_for_a_measure_hyphened_to_a_noun():
    text = "He counted at least 40 fallen trees on the 12-kilometre stretch, three of them blocking both lanes."
    assert figures(text)[-1] == (Decimal(3), "trees")


def test_head_of_all_stock_are_counted_by_the_head():
    assert figures("Entries were down, at 3,910 head of all stock.") == [(Decimal(3910), "head")]
