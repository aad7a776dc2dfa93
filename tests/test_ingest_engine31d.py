"""
A fact-check page (tests/ingest_labelling.md, "Settled in session 30"): the claim it checks is its claimant's, the one
before the verb that reports it.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract
from ingest.page_head import guess_masthead

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


def test_it_gives_both_figures_its_verdict_line_sets_right_to_the_outlet_whatever_the_subject():
    text = (
        "Fact-check: did Storm Ilka cut power to 5,000 homes?\n\n"
        "Verdict: Misleading. Storm Ilka did cut power to a great many homes, but the total was 2,300, not more than "
        "5,000."
    )
    found = [m for m in extract(text, publisher=OUTLET) if "did cut power" in m.quote]
    assert [(m.value, m.speaker) for m in found] == [(Decimal("2300"), OUTLET), (Decimal("5000"), OUTLET)]


def test_it_reads_the_masthead_from_a_first_line_that_carries_the_sites_menu():
    raw = "Radio Kessel Online | News | Fact-check\n\nFact-check: are buses late?\n\nBy Ada Brun\n\nBuses were late."
    assert guess_masthead(raw) == "Radio Kessel Online"
    assert guess_masthead("Kessel News Live | Election 2027\n\nLIVE: results\n\nVotes are counted.") == ""
