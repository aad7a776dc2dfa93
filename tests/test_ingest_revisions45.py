"""
Revised figures (round 45): a draft printed with its changes tracked, "[deleted: 40] [inserted: 55]", is one revision,
the inserted figure with the deleted one as its previous value; and "the number of X ... is now N, up from M" counts
N in X, as "is N" already did. A deletion alone is no claim; an insertion alone is a plain figure; "from X to Y" stays a
change, a range a range, and "now" with no number of anything before it lends no unit. A bare figure a rating is
given, raised or cut to is counted in the rating ("a food hygiene rating of 4, up from 1"); a share or a count named
after its figure keeps its own unit.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract
from ingest.numbers import find_figures

LEAD = (
    "The district council has published the draft of its new parking rules, with the changes its officers propose "
    "shown as tracked changes.\n\n"
)


def _claims(text: str) -> list[tuple[Decimal | None, str, Decimal | None]]:
    return [(m.value, m.unit, m.previous_value) for m in extract(clean_text(LEAD + text))]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a sum, its unit after the insertion
        (
            "3.2 The residents' permit shall cost [deleted: 45] [inserted: 60] florins a year.",
            (Decimal(60), "florins", Decimal(45)),
        ),
        # a share, each version with its own sign
        (
            "5.1 The council aims for [deleted: 15%] [inserted: 20%] of bays to have a charging point.",
            (Decimal(20), "percent", Decimal(15)),
        ),
        # a multiple after a verb that is its qualifier
        (
            "6.4 A visitor's charge shall not exceed [deleted: 3.0] [inserted: 2.5] times the resident's charge.",
            (Decimal("2.5"), "times", Decimal(3)),
        ),
        # markers in capitals
        (
            "2.2 The pass mark for the warden's test is [Deleted: 65%] [Inserted: 75%].",
            (Decimal(75), "percent", Decimal(65)),
        ),
    ],
)
def test_it_reads_a_tracked_replacement_as_a_revision(text, wanted):
    assert wanted in _claims(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "After the audit, the number of meters out of order is now 31, up from the 19 first reported.",
            (Decimal(31), "meters", Decimal(19)),
        ),
        (
            "The warden said the number of cars towed was now 207, up from 150, after the night shifts were counted.",
            (Decimal(207), "cars", Decimal(150)),
        ),
    ],
)
def test_it_counts_a_number_of_things_that_is_now_a_figure(text, wanted):
    assert wanted in _claims(text)


def test_it_quotes_the_draft_as_printed():
    text = "3.3 The fee for a trader's permit shall be [deleted: 45] [inserted: 60] florins a week."
    (mention,) = [m for m in extract(clean_text(LEAD + text)) if m.value == Decimal(60)]
    assert "[deleted: 45] [inserted: 60] florins" in mention.quote


def test_it_reads_no_claim_in_a_deletion_alone():
    claims = _claims("4.1 The permit shall cost 60 florins [deleted: and 12 florins for a second car].")
    assert (Decimal(60), "florins", None) in claims
    assert all(value != Decimal(12) for value, _, _ in claims)


def test_it_reads_an_insertion_alone_as_a_plain_figure():
    claims = _claims("4.2 Each household may hold [inserted: 3] permits.")
    assert (Decimal(3), "permits", None) in claims


def test_it_takes_no_previous_value_from_a_deletion_far_off():
    claims = _claims("4.3 The permit shall cost [deleted: 45] florins and a visitor's day pass [inserted: 5] florins.")
    assert (Decimal(5), "florins", None) in claims


def test_it_keeps_a_change_from_one_figure_to_another():
    (figure,) = find_figures("The charge rose from 40 florins to 55 florins last year.")
    assert (figure.value, figure.unit, figure.previous_value) == (Decimal(55), "florins", Decimal(40))


def test_it_keeps_a_range_a_range():
    (figure,) = find_figures("The draft sets the charge at between 40 and 55 florins.")
    assert (figure.lower, figure.upper, figure.previous_value) == (Decimal(40), Decimal(55), None)


def test_it_lends_no_unit_to_a_figure_that_is_now_without_a_number_of_things():
    assert find_figures("The queue is now 40, the warden said.") == []


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("The bakery was given a hygiene rating of 3, up from 2, after its second visit.", (Decimal(3), Decimal(2))),
        (
            "The lowest rating a courier may keep had been cut to 4.40 from 4.55 in May.",
            (Decimal("4.40"), Decimal("4.55")),
        ),
        ("The average guest rating for the hostel is 8.7.", (Decimal("8.7"), None)),
        # a field's label that is a rating
        ("Guest rating: 7.9 (was 8.4 before the refit)", (Decimal("7.9"), Decimal("8.4"))),
        ("Star rating: 3, down from 4 at the last inspection", (Decimal(3), Decimal(4))),
    ],
)
def test_it_counts_a_bare_rating_in_ratings(sentence, wanted):
    assert [(f.value, f.unit, f.previous_value) for f in find_figures(sentence)] == [(wanted[0], "rating", wanted[1])]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("The mayor's approval rating fell to 41 per cent in June.", [(Decimal(41), "percent")]),
        ("The rating agency said it would cut 30 jobs.", [(Decimal(30), "jobs")]),
        ("The film got 4 stars from our critic.", [(Decimal(4), "stars")]),
        ("Rating agency: Norvell Partners, 12 analysts", [(Decimal(12), "analysts")]),
    ],
)
def test_it_keeps_a_named_unit_beside_a_rating(sentence, wanted):
    assert [(f.value, f.unit) for f in find_figures(sentence)] == wanted


def test_it_reads_a_scale_that_runs_from_one_end_to_the_other_as_no_change():
    figures = find_figures("Star rating: 2, down from 3. The scale runs from 0 to 5.")
    assert [(f.value, f.previous_value) for f in figures] == [(Decimal(2), Decimal(3)), (Decimal(0), None)]


def test_it_takes_no_unit_from_every_after_a_figure():
    figures = find_figures("The depot now charges you 2.40 every time you park a van there.")
    assert all(f.unit != "every" for f in figures)


def test_it_keeps_a_frequency_every_so_often():
    (figure,) = find_figures("Trams will run every 12 minutes from May.")
    assert (figure.value, figure.unit) == (Decimal(12), "minutes")
