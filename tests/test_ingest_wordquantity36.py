"""
Word quantities (tests/ingest_labelling.md, "Vague counts"): a vague count reads its noun past a possessive
("hundreds of the town's residents"), and a rate's or a poll's points are read from
number words too ("by one percentage point", "a nine-point lead").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_a_vague_count_reads_its_noun_past_a_possessive():
    text = "Hundreds of the village's families had no heating, the council said."
    assert (Decimal(200), "families") in _figures(text)


def test_a_handful_of_the_owners_possessions():
    text = "Only a handful of the estate's tenants had heating, a tenant leader said."
    assert (Decimal(3), "tenants") in _figures(text)


def _shares(text: str) -> list[Decimal | None]:
    return [m.value for m in extract(clean_text(text)) if m.unit == "percent"]


def test_a_fraction_that_completes_a_copula_is_a_share():
    text = "Among nurses the vacancy rate was 12 per cent, and among midwives it was about a third, the union said."
    assert Decimal("33.3") in _shares(text)


def test_a_fraction_of_a_container_full_is_a_share():
    text = '"The reservoir is a quarter full," the water board said.'
    assert Decimal(25) in _shares(text)


def test_a_fraction_that_sizes_a_comparison_of_length_is_a_share():
    text = "Queues at the border were about a fifth longer than in August, the customs agency said."
    assert Decimal(20) in _shares(text)


def test_a_fraction_as_an_ordinal_stays_no_share():
    text = "The firm is the region's third employer and was a quarter in which it chose to grow, the report said."
    assert Decimal(25) not in _shares(text)


def test_half_empty_stays_an_idiom():
    text = "The cinemas it closed were in shopping centres that were half empty, the chain said."
    assert Decimal(50) not in _shares(text)


def test_one_percentage_point_is_a_figure():
    text = "The central bank could raise its rate by one percentage point in March, the governor said."
    assert (Decimal(1), "percentage points") in _figures(text)


def test_half_point_after_a_sentence_about_rates_is_of_a_percentage():
    text = '"The bank was too timid with its cut. We expect another half point by June," said an economist.'
    assert (Decimal("0.5"), "percentage points") in _figures(text)


def test_half_point_with_no_rate_near_stays_no_figure():
    text = '"The team played well in the snow. We wanted another half point by the end," the coach said.'
    assert (Decimal("0.5"), "percentage points") not in _figures(text)


def test_hundreds_and_tens_before_a_scale_are_one_figure():
    text = '"Three hundred and twenty million dollars is what they owe us," the minister said.'
    assert (Decimal(320_000_000), "dollars") in _figures(text)
    assert (Decimal(20_000_000), "dollars") not in _figures(text)


def test_a_whole_and_a_half_per_cent_in_words():
    text = '"Four and a half per cent is too much for the farmers," said Lea Marsh, a grower.'
    assert (Decimal("4.5"), "percent") in _figures(text)


def test_a_multiple_before_a_cue_counts_no_sources():
    text = "Its chair, Ana Roe, said growers were reporting yields twice as high as the model suggested."
    assert (Decimal(2), "times") in _figures(text)


def test_a_quoted_fraction_of_what_follows_is_a_share():
    text = 'The agency said the spill was "perhaps a fifth" of the one in 2019.'
    assert Decimal(20) in _shares(text)


def test_half_a_nautical_mile():
    text = "The coast guard set a safety zone of half a nautical mile around the wreck, it said."
    assert (Decimal("0.5"), "nautical miles") in _figures(text)
