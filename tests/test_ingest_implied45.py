"""
Figures whose noun comes before them (round 45): a body of people sized by the figure after "of" counts its members
("has a staff of 46", "the crew of 19 were held", "a workforce of about 4,300" are workers), and the plural subject of
a change counts the change and the level it reached, after the change's manner or time ("Loans have fallen by about
130,000", "Stops nearly doubled, to 2,870", "Approvals rose for a third month in May, to 9,100", "Reports went up
by a quarter, to 410"). Guards: a noun after the figure still names it ("a crew of 26 volunteers"), a body named by
a modifier may be of a trade ("a weekday crew of 12"), a sum or a measure that changed is no count ("Prices rose by
40", "Temperatures fell by 4"), a change told with the level after it is left to the revision ("rose by 2,900 to
41,300"), and ages stay out, after a copula or set off by commas after the subject that opens the sentence ("The
master, 57, has been questioned"), which would otherwise take the unit of the count before them.
"""

from decimal import Decimal

import pytest

from tests.ingest_helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tribunal has a staff of 52 and sits four days a week.", (Decimal(52), "staff")),
        ("The clinic opened with a staff of about 18, the trust said.", (Decimal(18), "staff")),
        ("The ferry was stopped at dawn. Its crew of 23 were questioned on board.", (Decimal(23), "crew")),
        ("The tug had left port with a crew of 11, the harbour office said.", (Decimal(11), "crew")),
        ("The bakery will close 12 shops out of a workforce of about 2,600, it said.", (Decimal(2600), "workers")),
        ("Kessel and a crew of five brought the yacht home.", (Decimal(5), "crew")),
    ],
)
def test_it_counts_the_members_of_a_body_sized_after_of(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loans have fallen by about 130,000 in a year, the librarian said.", (Decimal(130000), "loans")),
        ("Complaints have risen by 2,400 since the new meters arrived.", (Decimal(2400), "complaints")),
        ("Evictions nearly doubled, to 3,150.", (Decimal(3150), "evictions")),
        ("Approvals rose for a third month in May, to 9,100, the bank said.", (Decimal(9100), "approvals")),
        ("Burglaries went up by almost a quarter, to 4,120.", (Decimal(4120), "burglaries")),
    ],
)
def test_it_counts_the_change_of_a_plural_subject_in_its_subject(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a noun after the figure names the members
        ("The lifeboat has a crew of 26 volunteers.", Decimal(26), "volunteers"),
    ],
)
def test_it_keeps_the_noun_after_the_figure(text, value, unit):
    assert (value, unit) in figures(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a body named by a modifier may be named for its members' trade
        ("The depot sent out 5 gritters against a usual weekday crew of 12.", Decimal(12)),
        # "crew of" a vessel is no size
        ("The crew of the trawler Sealark found smoke in the hold.", None),
    ],
)
def test_it_gives_no_members_to_a_modified_body_or_a_vessels_crew(text, value):
    assert all(unit not in ("crew", "staff") for found, unit in figures(text) if found == value or value is None)


@pytest.mark.parametrize(
    "text",
    [
        "Prices have risen by 40 since May.",  # a sum, in the page's currency
        "Temperatures fell by 4 overnight.",  # a measure, not a count of temperatures
        "The two victims were 19 and 21.",  # ages after a copula
        "Rents rose in the spring, to 900.",  # a sum
    ],
)
def test_it_gives_no_count_to_a_change_of_a_sum_a_measure_or_an_age(text):
    assert all(unit not in ("prices", "temperatures", "victims", "rents") for _, unit in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        # once the crew is counted, the paragraph's unit must not pass to the master's age
        "The crew of 12 were held on the quay. The master, 57, has been questioned by police.",
        "The 12 sailors were held on the quay. The master, 57, has been questioned by police.",
        "The shop had 30 staff. Its owner, 71, said it would close in May.",
    ],
)
def test_it_reads_an_age_set_off_by_commas_after_the_opening_subject_as_no_count(text):
    assert Decimal(57) not in [value for value, _ in figures(text)]
    assert Decimal(71) not in [value for value, _ in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures fell to 4 overnight.",  # a measure
        "Temperatures fell by 4 overnight.",
    ],
)
def test_it_counts_no_temperatures(text):
    assert all(unit != "temperatures" for _, unit in figures(text))


def test_it_leaves_a_change_told_with_the_level_after_it_to_the_revision():
    assert (Decimal(2900), "complaints") not in figures("Complaints rose by 2,900 to 41,300, the office said.")
