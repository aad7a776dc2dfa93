"""
A fact-check page (tests/ingest_labelling.md, "Settled in session 30"): the claim it checks is its claimant's, the one
before the verb that reports it.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract

OUTLET = "The Halden Post"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_gives_a_claim_line_to_the_subject_of_its_reporting_verb_not_to_a_name_in_what_it_reports():
    text = (
        "Fact-check: did the mayor close libraries?\n\n"
        "By the Fact Check team\n\n"
        'The claim: A leaflet handed out in Kelsby on Friday said that Mayor Ansel Vorn had closed "more than 30 '
        'libraries" and that the council had "only 12 librarians" left.\n\n'
        "What we found: The council says it has closed nine libraries since 2020."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "30").speaker == "A leaflet handed out in Kelsby on Friday"
    assert _said(found, "12").speaker == "A leaflet handed out in Kelsby on Friday"
