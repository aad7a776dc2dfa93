"""Review of refactor42 (merge f6abd837, base 74288fa0): no HIGH finding, so no test here fails at MERGE.

The merge was meant to change no output. These tests pin what base and head both give on made-up pages of the kinds
the shared lists touch (issuing verbs in each tense and voice, revised estimates, hedged clause openings, the
", she said," aside), so a later edit of cues.ISSUING_VERBS, REVISE_VERBS, PLAIN_HEDGE_WORDS or speakers._SAID_ASIDE
that changes what these rules read shows up here. Each passes at MERGE; all but the last (which reads the names the
merge added) pass at BASE too.
"""

from decimal import Decimal

import pytest

from ingest import cleaning, cues, documents, speakers
from ingest.extraction import clean_text, extract


def _read(page: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(page))]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a body giving out its own estimate or count, in each tense of each issuing verb
        (
            "Council releases homelessness figures\n\nPellbury City Council has published its estimate of 3,400 "
            "households at risk of homelessness this winter. The council issued a revised count of 212 families in "
            "temporary housing on Monday, and released a tally of 48 rough sleepers.",
            [
                (Decimal(3400), "households", "Pellbury City Council"),
                (Decimal(212), "families", "Pellbury City Council"),
                (Decimal(48), "sleepers", "Pellbury City Council"),
            ],
        ),
        (
            "The Fisheries Board has released a count of 2,300 tonnes landed.",
            [(Decimal(2300), "tonnes", "Fisheries Board")],
        ),
        (
            "The Water Services Regulator, which issued the fine on Wednesday, said Marlow Water had spilled sewage on "
            "412 days last year. The regulator issued its own count of 96 spills in the estuary.",
            [
                (Decimal(412), "days", "Water Services Regulator"),
                (Decimal(96), "spills", "The Water Services Regulator"),
            ],
        ),
    ],
)
def test_a_body_issuing_its_own_figures_keeps_its_speaker(page, expected):
    assert _read(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # REVISE_VERBS in PHRASE_CUE: "halved"/"slashed" are not read there but the figures keep their speaker
        (
            "Bank halves growth forecast\n\nThe Central Bank of Marvaso halved its growth forecast to 0.8 per cent "
            "on Thursday. It slashed its estimate of new jobs to 14,000 and upgraded its inflation forecast to 4.1 "
            "per cent.",
            [
                (Decimal("0.8"), "percent", "Central Bank of Marvaso"),
                (Decimal(14000), "jobs", "Central Bank of Marvaso"),
                (Decimal("4.1"), "percent", "Central Bank of Marvaso"),
            ],
        ),
        (
            "ASHFORD DISTRICT COUNCIL\n\nThe council has increased its estimate of collection to 97.5 per cent and "
            "cut the forecast of arrears to 4.2 million pounds.",
            [(Decimal("97.5"), "percent", "council"), (Decimal(4200000), "pounds", "council")],
        ),
    ],
)
def test_an_estimate_revised_keeps_its_reviser_as_speaker(page, expected):
    assert _read(page) == expected


def test_clause_opening_hedges_still_read_only_and_perhaps():
    page = "Only four hospitals met the target, and perhaps two more will by December."
    assert [(v, u) for v, u, _ in _read(page)] == [(Decimal(4), "hospitals"), (Decimal(2), "hospitals")]


def test_the_shared_forms_are_the_words_each_rule_read():
    assert set(cues.ISSUED.split("|")) == {"published", "issued", "released"}
    assert set(cues.ISSUES.split("|")) == {"publishes", "issues", "releases"}
    assert "released" not in documents.ISSUED_BY_BODY.pattern
    assert "releases" not in cleaning._REPORTS_AS_BODY and "released" not in cleaning._REPORTS_AS_BODY
    assert speakers._REPORTING_ASIDE.sub("", "because, she said, Winifred") == "because Winifred"
