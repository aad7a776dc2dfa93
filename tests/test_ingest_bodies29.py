"""Round 29: figures a body gives without a reporting verb in their own sentence."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


# An opening that tells its change by the earlier level ("down from"), with no verb of change
OPENING_DOWN_FROM = """Ferries carried 4.1 million people in June, down from 4.6 million, the maritime agency said.

A ferry captain, Ilse Brand, said crews were worried. "We are sailing half empty," she said.

Passengers on the island routes fell by 14 per cent.
"""


def test_an_opening_change_told_by_its_earlier_level_runs_on_as_the_bodys_statistic():
    speakers = _speakers(OPENING_DOWN_FROM)
    assert speakers["14 per cent"] == "maritime agency"


# The opening's statistics stop running on when another source is reported just before
INTERRUPTED_BY_ANOTHER_SOURCE = """Ferry passengers in Ostmark fell to 4.1 million in June, the maritime agency said.

Passengers on the island routes fell by 14 per cent.

But operators say fuel matters more. Fuel costs rose by 30 per cent over the year.
"""


def test_another_sources_report_just_before_breaks_the_openings_run():
    speakers = _speakers(INTERRUPTED_BY_ANOTHER_SOURCE)
    assert speakers["14 per cent"] == "maritime agency"
    assert speakers["30 per cent"] is None


# History a sentence dates to a year of its own is background, not the body's new statistic
HISTORY_AFTER_OPENING = """Ferries carried 4.1 million people in June, down from 4.6 million, the maritime agency said.

In 2019 the number of passengers peaked at 5.2 million.
"""


def test_history_dated_to_a_year_does_not_run_on_from_the_opening():
    assert _speakers(HISTORY_AFTER_OPENING)["5.2 million"] is None
