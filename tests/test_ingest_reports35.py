"""
Round 35 (reports): a page whose body reports one body's published document (league tables, a ranking, a register
of donations, a statistics release), its lead naming the body and the document and its later sentences giving the
document's figures with no source of their own: those figures are the body's (tests/ingest_labelling.md,
"Statistics release", "Carrying on a report"). A generated matrix of made-up pages (bodies, documents, lead layouts),
and guards: pages that must not be read as the form.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from ingest.extraction import clean_text, extract


@cache
def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text))}


def _speaker_of(text: str, value: Decimal) -> str | None:
    speakers = _speakers(text)
    assert value in speakers, f"{value} not found"
    return speakers[value]


BODIES = ["Care Standards Agency", "Norland Schools Inspectorate", "Electoral Office", "Velm Transport Board"]

# How the lead names the body and its document, the figure it gives (37) in its own words
LEADS = {
    "owned_tables": "The {body}'s annual tables, published on Tuesday, rank all 37 of the country's {things}.",
    "owned_rankings": "The {body}'s latest rankings, out on Monday, place all 37 {things} in order.",
    "according_to_register": (
        "Parties declared gifts worth 37 million lintas last year, according to the annual register published on "
        "Friday by the {body}."
    ),
    "according_to_owned_register": (
        "Parties declared gifts worth 37 million lintas last year, according to the {body}'s annual register."
    ),
    "according_to_owned_tables": "There are 37 {things} in the country, according to the {body}'s new tables.",
}
THINGS = ["care homes", "academies"]

# The document's findings, told on in the paragraphs after the lead with no source of their own
FINDINGS = (
    "Twelve {things} improved their position by five places or more.\n\n"
    "The median wait for an inspection rose to 19 weeks from 16 a year earlier."
)
AFTER = (
    '"We are proud of our staff," said Mira Tollan, who runs the top-ranked one.\n\n'
    "The minister said 640 new places would open next year."
)


def _page(lead: str, body: str, things: str) -> str:
    return "\n\n".join([LEADS[lead].format(body=body, things=things), FINDINGS.format(things=things), AFTER])


CASES = [(lead, body, things) for lead in LEADS for body in BODIES for things in THINGS]


@pytest.mark.parametrize(("lead", "body", "things"), CASES)
def test_a_documents_findings_told_after_its_lead_are_its_bodys(lead, body, things):
    page = _page(lead, body, things)
    assert _speaker_of(page, Decimal(12)) == body
    assert _speaker_of(page, Decimal(19)) == body


@pytest.mark.parametrize(("lead", "body", "things"), CASES[:: len(THINGS)])
def test_another_source_after_the_findings_keeps_its_own_figure(lead, body, things):
    page = _page(lead, body, things)
    assert _speaker_of(page, Decimal(640)) != body


# "the register shows": the register names no one; it is the body's whose register the lead said it is
def test_the_register_shows_is_the_body_whose_register_it_is():
    page = (
        "Parties in Velmora received 7.2 million lintas in declared gifts last year, according to the annual register "
        "published on Monday by the Electoral Office.\n\n"
        "The Harbour Party received 3.1 million lintas, the register shows. The Rural League received 1.4 million."
    )
    assert _speaker_of(page, Decimal(3100000)) == "Electoral Office"
    assert _speaker_of(page, Decimal(1400000)) == "Electoral Office"


# Guards: no body's document in the lead, so the later figures are no one's
WAIT = "The median wait for an inspection rose to 19 weeks from 16 a year earlier."
GUARDS = [
    "Care homes in Norland have closed at a rate of 37 a year since 2020.\n\n" + WAIT,
    # a table by its noun as furniture of the page, not a body's document
    "The table below lists the 37 homes by town.\n\n" + WAIT,
    # a person's table, not a body's
    "Ana Morel's dinner table sat 37 guests on Saturday, according to Ana Morel's diary.\n\n" + WAIT,
    # a body's document named only after another source has been quoted: its lead is the quotation's
    '"We have 37 homes on the list," said Ilse Varn, a care worker.\n\n' + WAIT,
]


@pytest.mark.parametrize("page", GUARDS)
def test_no_documents_lead_leaves_the_findings_to_no_one(page):
    assert _speaker_of(page, Decimal(19)) is None


# What one needs, told in the present after a document's lead, is a standing requirement, no finding of the document
def test_what_one_needs_is_no_finding_of_the_lead_document():
    page = (
        "The Harbour Party has 66 seats and the Rural League 58, according to the Electoral Office's running tally.\n\n"
        "A party needs 76 seats to govern alone."
    )
    assert _speaker_of(page, Decimal(66)) == "Electoral Office"
    assert _speaker_of(page, Decimal(76)) is None


# A survey's respondents answering ("Almost half said ..."): a finding of the survey the story last named, its maker's
SURVEYS = {
    "surveyed": "The {maker} surveyed 412 of its members last month.",
    "according_to_survey": (
        "Members cut 1,900 jobs this year, according to the {maker}'s annual members' survey, published on Monday."
    ),
    "survey_by": "In a survey by the {maker} of 1,200 adults, 61 per cent said prices were too high.",
}
MAKERS = ["Federation of Brannock Growers", "Kelmar Retail Association", "Orsk Dairy Council"]
ANSWERS = ["Almost half said {what}.", "One in four said {what}.", "Some 37 per cent said {what}."]
ANSWER_VALUES = [Decimal(50), Decimal(25), Decimal(37)]
SURVEY_CASES = [(s, m, a) for s in SURVEYS for m in MAKERS for a in range(len(ANSWERS))]


@pytest.mark.parametrize(("survey", "maker", "answer"), SURVEY_CASES)
def test_a_surveys_respondents_answers_are_its_makers(survey, maker, answer):
    page = (
        "Costs on farms and in shops rose again this year, the finance ministry said on Tuesday.\n\n"
        + SURVEYS[survey].format(maker=maker)
        + " "
        + ANSWERS[answer].format(what="they had delayed an order since June")
    )
    assert _speaker_of(page, ANSWER_VALUES[answer]) == maker


# Guards: answers with no survey named before them, or a survey's answers a person quotes, are not its maker's
RESPONDENT_GUARDS = [
    # a survey whose maker the page does not name: no body to give its answers to
    "Costs rose again, the Kelmar Retail Association said. A survey of 400 shops found prices were too high.\n\n"
    '"Almost half said no to the plan," said Ana Voss, a shopkeeper.',
    'The Kelmar Retail Association met on Monday. "Almost half said no to the plan," said Ana Voss, who chairs it.',
]


@pytest.mark.parametrize("page", RESPONDENT_GUARDS)
def test_answers_with_no_survey_named_are_not_a_surveys_makers(page):
    assert _speaker_of(page, Decimal(50)) != "Kelmar Retail Association"
