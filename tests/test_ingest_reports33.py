"""Round 33: a story that opens on a body's published figures or report goes on telling that body's findings in the
reporter's voice, until someone else is reported or quoted."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract


def _found(text: str) -> dict[str, Mention]:
    """The mentions by their figure's first words: "58 per" for "58 per cent"."""
    return {" ".join(m.figure.split()[:2]): m for m in extract(clean_text(text))}


def _said(mention: Mention) -> tuple[Decimal | None, str | None, str | None, str]:
    return (mention.value, mention.unit, mention.speaker, mention.stance)


# "according to figures published by X": its findings run on, a level ("was highest ..., at") as well as a change
FIGURES = """Fewer households in Brenmark are recycling their glass than at any time since records began, \
according to figures published on Monday by the Brenmark Waste Authority.

Collection was highest in the Tollen district, at 58 per cent, and lowest in the port wards, at 22 per cent.

Pellam Recycling, a private collector, said the drop was worst in flats. "We see it every week," its manager said.

Half of all bottles sold in the country are imported.
"""


def test_figures_a_body_published_run_on_as_its_findings():
    found = _found(FIGURES)
    assert _said(found["58 per"]) == (Decimal("58"), "percent", "Brenmark Waste Authority", "asserts")
    assert _said(found["22 per"]) == (Decimal("22"), "percent", "Brenmark Waste Authority", "asserts")
    # and stop once someone else is reported
    assert _said(found["Half"]) == (Decimal("50"), "percent", None, "asserts")


# "X said in its annual review": the review's findings, a total told without a verb of change among them
REVIEW = """Small firms in Dallow are borrowing more than ever, the Dallow Credit Board said on Tuesday in its \
annual review of business lending.

Lending to firms with fewer than ten staff grew by 14 per cent, the board said. In total, small firms \
owe 8.3 billion krona.
"""


def test_a_body_said_in_its_review_gives_the_total_that_follows():
    found = _found(REVIEW)
    assert _said(found["8.3 billion"]) == (Decimal("8300000000"), "krona", "Dallow Credit Board", "asserts")


# A statement is not findings: what follows it in the reporter's voice stays the reporter's
STATEMENT = """Harrow Town have signed the midfielder Anton Kessel, the club said on Sunday in a statement.

The previous club record was the 4 million krona paid for a striker in 2019.
"""


def test_a_body_said_in_a_statement_gives_no_findings():
    # a guard: the rule above must not reach a statement
    found = _found(STATEMENT)
    assert _said(found["4 million"]) == (Decimal("4000000"), "krona", None, "asserts")
