"""Round 29: a dispute attached to the figure it disputes, said by the one who disputes it."""

from __future__ import annotations

from ingest.extraction import Mention, clean_text, extract


def _disputes(text: str) -> list[Mention]:
    return [m for m in extract(clean_text(text)) if m.stance in ("disputes", "denies")]


def _taken_up(text: str) -> list[tuple[object, str, str | None]]:
    return [(float(m.value), m.unit, m.speaker) for m in _disputes(text) if m.value is not None]


def test_a_bare_that_takes_up_a_figure_its_own_sentence_gave_first():
    text = (
        "A caretaker said he lost nearly 400 marks in wages. "
        "Wardens said break-ins had fallen by about 20 per cent since May, but the Harlow Tenants Group disputed that."
    )
    assert _taken_up(text) == [(20.0, "percent", "Harlow Tenants Group")]


def test_a_bare_that_takes_up_the_statement_not_the_comparison_it_ends_with():
    text = (
        "The Korvel coastguard said 7,200 boats had been stopped this year, more than double the number for last year. "
        "The Duchy of Amsel rejected that, saying its patrols had seen far fewer."
    )
    assert _taken_up(text) == [(7200.0, "boats", "Duchy of Amsel")]


def test_that_picture_is_the_statement_just_made():
    text = (
        "Several shop owners said footfall on the high street had fallen to around 35 per cent of its old level. "
        "The Brenton Business Board rejected that picture."
    )
    assert _taken_up(text) == [(35.0, "percent", "Brenton Business Board")]


def test_saying_that_was_untrue_disputes_the_figure_just_given():
    text = (
        "A former Rellway driver told the paper that at least five of the signals had been faulty all winter. "
        "Rellway said that was untrue and that every signal had been tested."
    )
    assert _taken_up(text) == [(5.0, "signals", "Rellway")]


def test_a_figure_pointed_at_and_called_something_in_quotation_marks_is_disputed():
    text = (
        'Its chief executive, Ola Brenner, said: "We have lost about 12,000 members in a year." '
        'The Walkers\' League said that figure was "plucked out of thin air".'
    )
    assert _taken_up(text) == [(12000.0, "members", "Walkers' League")]


def test_a_figure_restated_and_called_untrue_is_disputed():
    text = (
        "The Brask coastguard said 6,300 people had crossed the strait this year. "
        'The Duchy of Amsel\'s envoy, Mara Lind, said the 6,300 figure was "a campaign number."'
    )
    assert _taken_up(text) == [(6300.0, "people", "Mara Lind")]
