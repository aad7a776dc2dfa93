"""Read-back 41 (b) mended: a sentence's own time read outside its brackets, a vote's listed tally of an electorate
kept as claims, and the revising verbs of a span's earlier value taken from cues (notes/readback41_b.md)."""

from decimal import Decimal

import pytest

from ingest import cues, not_counts
from tests.ingest_helpers import PUBLISHED_2028, cleaned_revisions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier bracket's label is no time of the sentence's own (read-back item 1)
        ("The club has 300 members (2027: 280) and 40 staff (2027: 38).", (Decimal(40), "staff", Decimal(38))),
        (
            "Drivers paid 1,146 marrens (Q3 2027: 1,038) and insured 400 drivers (2027: 380).",
            (Decimal(400), "drivers", Decimal(380)),
        ),
    ],
)
def test_a_second_bracket_folds_past_an_earlier_brackets_label(text, expected):
    assert expected in cleaned_revisions(text, PUBLISHED_2028)


def test_the_sentences_own_year_outside_brackets_still_counts():
    found = cleaned_revisions("In 2024 the club had 300 members (2026: 340).", PUBLISHED_2028)
    assert {value for value, _, _ in found} >= {Decimal(300), Decimal(340)}
    assert all(previous is None for _, _, previous in found)


@pytest.mark.parametrize(
    "text",
    [
        # an electorate's for and against are claims, as "voted 4,120 to 3,870" (read-back item 2)
        "In the referendum, residents voted 4,120 for, 3,870 against.",
        "In the ballot, 4,120 voters were in favour, 3,870 against.",
    ],
)
def test_an_electorates_listed_tally_stays_claims(text):
    values = {value for value, _, _ in cleaned_revisions(text, PUBLISHED_2028)}
    assert Decimal(4120) in values


@pytest.mark.parametrize("text", ["Carried, 39 for, 6 against.", "The council voted 39 for, 6 against."])
def test_a_bodys_listed_tally_is_still_a_score(text):
    assert cleaned_revisions(text, PUBLISHED_2028) == []


def test_the_span_replaced_rule_reads_the_verbs_of_cues():
    # read-back item 5: one list of the verbs that change a figure from another, not a copy in not_counts
    pattern = not_counts.SPAN_REPLACED_AFTER.pattern
    assert "revised|raised|increased|reduced|cut|lowered" not in pattern
    assert cues.form_alternation(cues.CHANGED_FROM_VERBS, "ed") in pattern
    text = "The rehearsals take 70 minutes (revised from 40 minutes)."
    assert (Decimal(70), "minutes", Decimal(40)) in cleaned_revisions(text, PUBLISHED_2028)


@pytest.mark.parametrize(
    ("label", "published"),
    [
        # a bracketed span is kept only where its label folds it into the span before it, as the fold reads the
        # label against the page's date (read-back item 3)
        ("November", PUBLISHED_2028),
        ("September", None),
    ],
)
def test_a_bracketed_span_the_fold_leaves_is_no_claim(label, published):
    found = cleaned_revisions(f"Average time to repair a fault: 6.3 days ({label}: 8.1 days).", published)
    assert (Decimal("6.3"), "days", None) in found
    assert Decimal("8.1") not in {value for value, _, _ in found}


@pytest.mark.parametrize("opening", ["September: ", "was "])
def test_a_bracketed_span_the_fold_takes_is_the_previous_value(opening):
    found = cleaned_revisions(f"Average time to repair a fault: 6.3 days ({opening}8.1 days).", PUBLISHED_2028)
    assert found == [(Decimal("6.3"), "days", Decimal("8.1"))]
