from decimal import Decimal as D

import pytest

from claims.anchoring import QuoteNotFound, anchor_quote
from claims.quantities import Qualifier, Quantity, default_bounds


@pytest.mark.parametrize(
    ("qualifier", "value", "expected"),
    [
        (Qualifier.EXACT, D(3), (D(3), D(3))),
        (Qualifier.APPROXIMATELY, D(3000), (D(2700), D(3300))),
        (Qualifier.AT_LEAST, D(1500), (D(1500), None)),
        (Qualifier.AT_MOST, D(10), (None, D(10))),
        (Qualifier.RANGE, None, (None, None)),
    ],
)
def test_it_derives_bounds_from_the_qualifier(qualifier, value, expected):
    assert default_bounds(qualifier=qualifier, value=value, lower=None, upper=None) == expected


def test_it_keeps_bounds_the_editor_gave():
    assert default_bounds(qualifier=Qualifier.APPROXIMATELY, value=D(3000), lower=D(2500), upper=None) == (
        D(2500),
        D(3300),
    )


def test_it_multiplies_groups_into_a_total():
    regiments = Quantity.from_qualifier(qualifier=Qualifier.EXACT, unit="soldiers", value=D(6000), multiplier=2)
    assert (regiments.total.value, regiments.total.lower, regiments.total.upper) == (D(12000), D(12000), D(12000))
    assert str(regiments) == "2 × 6,000 soldiers (total 12,000)"


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (
            Quantity.from_qualifier(qualifier=Qualifier.APPROXIMATELY, unit="troops", value=D("3000.0000")),
            "about 3,000 troops",
        ),
        (Quantity.from_qualifier(qualifier=Qualifier.AT_LEAST, unit="days", value=D(10)), "at least 10 days"),
        (
            Quantity.from_qualifier(qualifier=Qualifier.RANGE, unit="troops", lower=D(10000), upper=D(12000)),
            "between 10,000 and 12,000 troops",
        ),
        (Quantity.from_qualifier(qualifier=Qualifier.EXACT, unit="%", value=D("9.50")), "9.5 %"),
        # "several hundred contractors": what the words promise first, the figure it is taken as after
        (
            Quantity.from_qualifier(qualifier=Qualifier.AT_LEAST, unit="contractors", value=D(300), lower=D(200)),
            "at least 200 contractors (about 300)",
        ),
        (
            Quantity.from_qualifier(qualifier=Qualifier.AT_MOST, unit="beds", value=D(40), upper=D(50)),
            "at most 50 beds (about 40)",
        ),
    ],
)
def test_it_reads_like_the_claim(quantity, text):
    assert str(quantity) == text


@pytest.mark.parametrize(
    ("quantity", "bounds"),
    [
        (
            Quantity.from_qualifier(qualifier=Qualifier.APPROXIMATELY, unit="troops", value=D(3000)),
            "2,700 to 3,300 troops",
        ),
        # an open end only repeats the "at least" or "at most" already said
        (Quantity.from_qualifier(qualifier=Qualifier.AT_LEAST, unit="contractors", value=D(300), lower=D(200)), ""),
        (Quantity.from_qualifier(qualifier=Qualifier.AT_MOST, unit="beds", value=D(50)), ""),
        (
            Quantity.from_qualifier(
                qualifier=Qualifier.AT_LEAST, unit="homes", value=D(300), lower=D(300), upper=D(500)
            ),
            "300 to 500 homes",
        ),
        (Quantity.from_qualifier(qualifier=Qualifier.EXACT, unit="homes", value=D(12)), ""),
    ],
)
def test_it_says_the_range_only_when_the_words_allow_one(quantity, bounds):
    assert quantity.bounds_text == bounds


def test_it_tells_whether_two_figures_could_be_the_same():
    about_12000 = Quantity.from_qualifier(qualifier=Qualifier.APPROXIMATELY, unit="troops", value=D(12000))
    two_regiments = Quantity.from_qualifier(qualifier=Qualifier.EXACT, unit="troops", value=D(6000), multiplier=2)
    about_3000 = Quantity.from_qualifier(qualifier=Qualifier.APPROXIMATELY, unit="troops", value=D(3000))
    more_than_10000 = Quantity.from_qualifier(qualifier=Qualifier.AT_LEAST, unit="troops", value=D(10000))
    assert about_12000.overlaps(two_regiments.total)
    assert not about_12000.overlaps(about_3000)
    assert more_than_10000.overlaps(about_12000)
    assert not about_12000.overlaps(Quantity.from_qualifier(qualifier=Qualifier.EXACT, unit="sites", value=D(12000)))


TEXT = "He said about 3,000. Later he said about 3,000 again, not about 4,000."


def test_it_anchors_the_first_occurrence_with_context():
    anchor = anchor_quote(TEXT, "about 3,000")
    assert (anchor.start, anchor.end, anchor.prefix, anchor.suffix[:7]) == (8, 19, "He said ", ". Later")


def test_it_uses_the_prefix_to_pick_the_right_occurrence():
    anchor = anchor_quote(TEXT, "about 3,000", prefix="Later he said ")
    assert TEXT[anchor.start :].startswith("about 3,000 again")


def test_it_keeps_offsets_that_still_point_at_the_quote():
    assert anchor_quote(TEXT, "about 3,000", start=35).start == 35


def test_it_refuses_a_quote_that_is_not_in_the_text():
    with pytest.raises(QuoteNotFound):
        anchor_quote(TEXT, "about 5,000")
