"""
A fact-check page (tests/ingest_labelling.md, "Settled in session 30"): the claims it checks are their claimants', a
source's figure it checks against is that source's, and its own findings (what it faults, what it calculates or
infers, what it says in its first person or in its verdict) are the outlet's, by its masthead name.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract

OUTLET = "The Halden Post"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_gives_an_unlabelled_claim_line_to_the_one_the_introduction_names():
    text = (
        "The transport minister, Oda Varnes, told parliament on Monday that buses had never been cheaper. We checked "
        "two of her claims against the official figures.\n\n"
        'CLAIM: "Bus fares have fallen 10 per cent this year."\n\n'
        "VERDICT: False. The Statistics Office says fares rose 3 per cent in the year to June.\n\n"
        'CLAIM: "We have opened 40 new routes since the election."\n\n'
        "VERDICT: Mostly true. The Bus Authority lists 37 routes opened since then."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "10").speaker == "Oda Varnes"
    assert _said(found, "40").speaker == "Oda Varnes"
    assert _said(found, "3").speaker == "Statistics Office"


def test_it_keeps_a_claimant_in_brackets_after_the_words_quoted():
    raw = (
        "The Halden Post\n\n"
        "Fact check: what the leaflets say\n\n"
        "Voters in Eastgate go to the polls on Thursday, and leaflets from both parties have landed on every doormat "
        "in the ward.\n\n"
        '"Rents in Eastgate have risen 40 per cent since the last election." (Green Party)\n\n'
        "The council's own figures show rents rose 22 per cent over the period. Verdict: Exaggerated.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    claim = _said(found, "40")
    assert claim.speaker == "Green Party"
    assert claim.quote.endswith("(Green Party)")
