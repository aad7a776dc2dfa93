"""
Speakers that are not speakers (round 45): a phrase the reporting clause names that no one could be quoted as stands
for the body the sentence is about. A definite description whose one modifier says where the body is based ("the
Tallin-based chain") takes up the body as the bare kind would; "the festival said" after a clause opening on a proper
name is that name; a closing "it said" is the body subject of the clause it closes; "claimed 4 million in travel
costs" and "claim for a second home" are claiming money, not saying, so the body that says so keeps the figure; a bare
"a spokeswoman" after a sentence opening on a body's name speaks for it. The near misses keep their speakers.
"""

import pytest

from ingest.extraction import extract


def _speakers(text: str) -> list[str | None]:
    return [m.speaker for m in extract(text) if m.value is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place-based modifier is no part of a name
        (
            "Marrow Bakeries said on Thursday that more people than ever had bought bread. The Dunsby-based chain, "
            "which has 61 shops, reported revenue of 40 million crowns for the six months to July.",
            "Marrow Bakeries",
        ),
        # a festival's trading name leaves the kind unsaid
        (
            "The Merrow Gathering sold 21,000 tickets in its first day of sales, the festival said.",
            "The Merrow Gathering",
        ),
        # "it said" closing a clause whose subject is a body
        (
            "The forecaster warned of more rain. At Dunsby, the park has shut and the council has moved 32 caravans "
            "from the riverside, it said.",
            "council",
        ),
        (
            "The airline would not pay. If your card issuer refuses, the Travel Ombudsman upholds about 35 per cent "
            "of such complaints, it says.",
            "Travel Ombudsman",
        ),
        # claiming money is an act, so the body that says so speaks, and "it" is that body again
        (
            "Anna Lund claimed 900 crowns a month for the flat, records published by the Standards Office (SOA) show. "
            "The SOA says MPs claimed 2.4 million crowns in travel and meeting costs last year, up from 2.1 million.",
            "Standards Office",
        ),
    ],
)
def test_it_finds_the_body_behind_a_phrase_that_is_no_speaker(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_it_reads_claiming_for_a_cost_as_no_saying():
    text = (
        "Anna Lund claimed 900 crowns a month for the flat, records published by the Standards Office (SOA) show. "
        "The SOA says MPs claimed 2.4 million crowns in travel and meeting costs last year, up from 2.1 million. "
        "About 60 of the 90 members claim for a second home, it said."
    )
    assert _speakers(text)[-2:] == ["Standards Office", "Standards Office"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the bare kind takes up the body as it did
        (
            "Marrow Bakeries said on Thursday that more people than ever had bought bread. The chain, which has 61 "
            "shops, reported revenue of 40 million crowns for the six months to July.",
            "Marrow Bakeries",
        ),
        # a festival the clause does not open with by name stays as the page describes it
        ("Ticket sales rose to 21,000 this year, the festival said.", "festival"),
        # "it said" after a person's clause is no body's
        ("Maja Holt said 40 people had been paid, it said.", "Maja Holt"),
        # "claimed for the first time" is still saying
        ("The union claimed for the first time that 300 jobs would go.", "union"),
        # a claim of a figure is still saying
        ("Councillors claimed that 2.4 million crowns had been lost.", "Councillors"),
    ],
)
def test_it_keeps_the_speaker_of_a_near_miss(text, speaker):
    assert speaker in _speakers(text)
