"""Speakers carried past the reporting clause: a lead-in's paragraph, a subject pronoun, a named company."""

from datetime import date

import pytest

from ingest.extraction import extract


def speakers(text: str) -> list[str | None]:
    return [m.speaker for m in extract(text, published=date(2025, 3, 14)) if m.value is not None]


def test_a_lead_in_speaks_for_the_rest_of_its_paragraph():
    text = (
        "According to the finance office: Spending on care is up 14 per cent this year. "
        "Interest on the debt will cost 61 million crowns next year."
    )
    assert speakers(text) == ["finance office", "finance office"]


def test_a_lead_in_ends_with_its_paragraph():
    text = (
        "According to the finance office: Spending on care is up 14 per cent this year.\n\n"
        "Interest on the debt will cost 61 million crowns next year."
    )
    assert speakers(text) == ["finance office", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # its act, not its background: "It employs about 6,200 people" has no speaker (ingest_labelling.md,
            # session 24, "A body's background in the reporter's voice")
            "The Tavenmouth Hospitals Trust said it would close two wards. It plans to cut 40 beds.",
            ["Tavenmouth Hospitals Trust", "Tavenmouth Hospitals Trust"],
        ),
        (
            "The agency said 41 homes were damaged. It now puts the cost at 9 million crowns.",
            ["agency", "agency"],
        ),
        # "It" after a sentence about something else is not the body last named
        ("The campaign began in May. Officials at the ministry said it was on track. It aims to reach 9,000 homes.",
         [None]),
    ],
)  # fmt: skip
def test_it_goes_on_with_the_organisation_the_sentence_before_was_about(text, expected):
    assert speakers(text) == expected


def test_the_company_is_the_business_introduced_by_what_it_is():
    text = (
        "Corrabel Mutual, the largest insurer in Tessary, expects its first loss in a decade. "
        "Corrabel has received about 142,000 claims, the company said."
    )
    assert speakers(text) == ["Corrabel Mutual"]


def test_the_company_is_not_an_office_that_spoke_before():
    text = (
        "Rainfall has been two-thirds of the average, according to the Ostrel weather office. "
        "Velm Water, the local company, said reservoirs were 31 per cent full. The company said it had 140 days left."
    )
    assert speakers(text)[-1] == "Velm Water"


def test_an_apposition_gives_the_name_not_a_description_ending_in_a_place():
    text = "Corrabel Mutual, the largest insurer in Tessary, said claims would cost 870 million dessiks."
    assert speakers(text) == ["Corrabel Mutual"]


def test_one_of_an_unnamed_group_that_spoke_is_that_group():
    text = (
        "Several former shop managers, who did not want to be named, said the chain had stopped paying bills. "
        "One said her branch had sold about 150 vouchers in February."
    )
    assert speakers(text) == ["Several former shop managers, who did not want to be named"]


def test_the_statement_is_the_issuing_body_s():
    text = (
        "Helionor Energy said the plant produced 236 gigawatt-hours last year. "
        "It now employs 14 people full time, the statement said."
    )
    assert speakers(text) == ["Helionor Energy", "Helionor Energy"]


def test_figures_it_filed_are_not_a_source_named_figures():
    text = "The agency said leaks rose. Leakage was 118 million litres a day, according to figures it filed in May."
    assert speakers(text) == ["agency"]


def test_puts_the_cost_at_is_an_estimate_given():
    assert speakers("The Islands Executive puts the cost at 14 million jorvals.") == ["Islands Executive"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 640,000 refunds are overdue, the Ostrellan Revenue Service has admitted, after a new system failed.",
         ["Ostrellan Revenue Service"]),
        ("Saltmere Water, the regional utility, said it would spend more. The spills lasted 38,900 hours, "
         "the company's annual return shows, and some overflows spilled weekly.", ["Saltmere Water"]),
    ],
)  # fmt: skip
def test_a_closing_source_may_have_an_auxiliary_be_a_document_and_a_clause_after_it(text, expected):
    assert [s for s in speakers(text) if s] == expected
