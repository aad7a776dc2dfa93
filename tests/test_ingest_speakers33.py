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


def test_a_document_told_by_its_rank_alone_is_no_speaker():
    text = (
        "Nesting plovers on the Brask coast have fallen by more than 40% since 1990, according to the largest survey "
        "of the birds ever carried out."
    )
    found = _by_figure(text)
    assert found["more than 40%"] == (Decimal("40"), "percent", None, "asserts")


def test_an_opening_on_unnamed_findings_is_the_body_the_next_sentence_reports():
    text = (
        "Nearly a third of the county's footbridges need repair, according to the first full survey of them in a "
        "decade.\n\n"
        "The Orlen Highways Agency, which carried out the survey last spring, said 212 bridges had been inspected."
    )
    found = _by_figure(text)
    assert found["Nearly a third"] == (Decimal("33.3"), "percent", "Orlen Highways Agency", "asserts")
