"""Round 32: suggestions no label wants, and figures whose unit was cut short."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _found(text: str) -> dict[str, tuple[Decimal | None, str]]:
    return {m.figure: (m.value, m.unit) for m in extract(clean_text(text))}


def test_an_exchange_rate_names_the_currency_it_is_quoted_against():
    text = "The marvel slipped 0.4 percent against the dollar on Monday, to 7.15 per dollar, traders said."
    assert _found(text)["7.15 per dollar"] == (Decimal("7.15"), "marvels per dollar")


def test_how_far_a_date_slipped_and_a_delay_in_minutes_are_both_claims():
    # a delay against a plan is a claim in days or years as in minutes (tests/ingest_labelling.md, session 25)
    text = (
        "The new library in Osterby will open eight months late, the council said. On Tuesday the ferry left "
        "35 minutes late, the operator said."
    )
    assert _found(text) == {"eight months": (Decimal("8"), "months"), "35 minutes": (Decimal("35"), "minutes")}


def test_the_spell_before_an_event_is_its_setting():
    text = "The embankment at Kelby gave way after five days of heavy rain, and 120 homes were flooded, police said."
    assert _found(text) == {"120 homes": (Decimal("120"), "homes")}


def test_an_open_ended_span_a_plan_gives_is_no_claim():
    text = "The bank said it would keep all 38 branches open for at least three years."
    assert _found(text) == {"38 branches": (Decimal("38"), "branches")}


def test_the_whole_a_part_is_taken_of_is_not_suggested_again():
    text = "The regulator inspected 26 care homes in the spring. Nine of the 26 care homes failed on staffing, it said."
    found = [(m.figure, m.value, m.unit) for m in extract(clean_text(text))]
    assert found == [
        ("26 care homes", Decimal("26"), "homes"),
        ("Nine", Decimal("9"), "homes"),
    ]


def test_the_whole_said_again_as_someones_own_count_stays():
    text = (
        'The agency recorded 240 cases of the virus last year. "Hospitals confirmed 61 of the 240 cases we '
        'counted," said Ilse Varrow, its director.'
    )
    assert [(m.figure, m.value, m.speaker) for m in extract(clean_text(text))] == [
        ("240 cases", Decimal("240"), "agency"),
        ("61", Decimal("61"), "Ilse Varrow"),
        ("240 cases", Decimal("240"), "Ilse Varrow"),
    ]


def test_what_a_page_keeps_after_its_article_is_not_read():
    raw = (
        "Support for the ferry levy falls\n\n"
        "Support for a ferry levy in Tarrow has fallen to 41 per cent, a poll for the Gazette found.\n\n"
        "How the poll was done\n"
        "Mirren Research interviewed 1,020 adults by phone. Margin of error plus or minus 3.1 points.\n\n"
        "More on this story\n"
        "Ferry fares to rise by 6 per cent in April.\n"
    )
    assert [(m.figure, m.value, m.unit) for m in extract(clean_text(raw))] == [
        ("41 per cent", Decimal("41"), "percent")
    ]


def test_what_a_study_was_made_of_is_no_finding():
    text = (
        "A study of 45 farms over six years found yields fell by 12 per cent, the institute said. An analysis of "
        "more than 9,000 invoices showed prices rose by 8 per cent, the group said."
    )
    assert [(m.figure, m.value) for m in extract(clean_text(text))] == [
        ("12 per cent", Decimal("12")),
        ("8 per cent", Decimal("8")),
    ]
