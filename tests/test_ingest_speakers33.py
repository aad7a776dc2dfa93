"""Round 33: speaker strings that name no one (a fragment, a document, a body's people) give way to who speaks."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _by_figure(text: str) -> dict[str, tuple[Decimal | None, str, str | None, str]]:
    return {m.figure: (m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text))}


def test_its_officials_speak_for_the_body_its_stands_for():
    text = (
        "Brenland and Ostavia met on Monday to discuss the river.\n\n"
        "Ostavia says the river's flow has fallen by 40 percent. "
        "Its officials say the drop is closer to 20 percent."
    )
    found = _by_figure(text)
    assert found["closer to 20 percent"] == (Decimal("20"), "percent", "Ostavia", "asserts")


def test_a_noun_run_on_into_a_thatless_relative_is_not_the_speaker():
    text = (
        "The Harwick Polling Institute's last survey put the mayor ahead by about 3 points, "
        "a result its director said reflected a late swing among younger voters."
    )
    found = _by_figure(text)
    value, unit, speaker, stance = found["about 3 points"]
    assert (value, unit, stance) == (Decimal("3"), "points", "asserts")
    assert speaker is not None and speaker.startswith("Harwick Polling Institute")
