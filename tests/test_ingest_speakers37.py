"""
A figure given "according to" a document its owner names by a possessive ("its published statement of accounts",
"the co-operative's monthly price sheets") is the owner's, not the document's: "The figures show", "the data show"
and "the report says" name no one, the figures are the body whose figures, data or report they are, as the article
names it (tests/ingest_labelling.md, session 23, "Carrying on a report"; session 21's "according to" rule for a
body's own figures). The matrix crosses owners, documents and forms of page; the guards keep what is no document of
the owner's.
"""

from __future__ import annotations

import pytest

from ingest.extraction import clean_text, extract

# (the body's full name, its kind as the page takes it up)
OWNERS = [
    ("Kelby District Council", "council"),
    ("Ostmere Water Company", "company"),
    ("Varlen Lifeboat Trust", "trust"),
    ("Dunvale Dairies Co-operative", "co-operative"),
]

# a document named by its owner's pronoun or possessive, with modifiers and what it is of; "{kind}" is the owner
DOCUMENTS = [
    "its published statement of accounts",
    "its monthly price sheets",
    "its own published annual accounts",
    "its latest weekly figures for the valley",
    "the {kind}'s monthly price sheets",
]

# the same sentence as each form of page lays it out: "{intro}" names the owner, "{claim}" gives the figure
FORMS = {
    "story": "{intro}\n\n{claim}\n",
    "wire": "KELBY, March 4 (NPA) - {intro}\n\n{claim}\n",
    "live": "Live: Valley costs\n\n10:42\n{intro}\n\n10:55\n{claim}\n",
    "briefs": "IN BRIEF\n\nValley costs\n{intro} {claim}\n\nFerry fares\nThe ferry will run twice a day from May.\n",
    "release": "PRESS RELEASE\n\nFor immediate release\n\n{intro}\n\n{claim}\n\nENDS\n",
}


def _speaker_of(page: str, figure_text: str) -> str | None:
    return next(m.speaker for m in extract(clean_text(page)) if figure_text in m.figure)


def _page(form: str, owner: str, kind: str, document: str) -> str:
    intro = f"The {owner} published its accounts for the year on Monday."
    claim = f"The {kind} held reserves of 62 million crowns at the end of March, according to {document}."
    return FORMS[form].format(intro=intro, claim=claim.replace("{kind}", kind))


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize(("owner", "kind"), OWNERS)
def test_it_gives_a_figure_according_to_an_owned_document_to_its_owner(form, document, owner, kind):
    speaker = _speaker_of(_page(form, owner, kind, document), "62 million crowns")
    assert speaker is not None
    assert speaker.lower().split()[-1] == kind.split()[-1]


def test_it_gives_the_figure_of_a_document_opening_the_sentence_to_its_owner():
    page = (
        "The Dunvale Dairies Co-operative buys milk from 400 farms.\n\n"
        "The co-operative's monthly price sheets put the price at 41.8 orts a litre in March.\n"
    )
    assert _speaker_of(page, "41.8 orts") == "Dunvale Dairies Co-operative"


# near misses: what follows "according to" is a person, another body, or a rule, not the owner's document
def test_it_keeps_a_person_named_after_according_to():
    page = (
        "The Kelby District Council published its accounts on Monday.\n\n"
        "The council held reserves of 62 million crowns, according to its finance director, Mara Lind.\n"
    )
    assert _speaker_of(page, "62 million crowns") == "Mara Lind"


def test_it_keeps_the_body_that_published_a_survey():
    page = (
        "The Kelby District Council runs four libraries.\n\n"
        "Visits fell to 1,130 a week last year, according to a survey published by the Pellow Institute.\n"
    )
    assert _speaker_of(page, "1,130") == "Pellow Institute"


def test_it_keeps_the_agency_a_figure_is_according_to():
    page = (
        "The Ostmere Water Company supplies 300,000 homes.\n\n"
        "Leaks rose to 412 last year, according to the Water Standards Agency.\n"
    )
    assert _speaker_of(page, "412") == "Water Standards Agency"


def test_it_gives_no_speaker_to_a_rule_a_body_works_under():
    page = (
        "The Ostmere Water Company supplies 300,000 homes.\n\n"
        "Under national rules, bills may not rise by more than 3 per cent a year.\n"
    )
    assert _speaker_of(page, "3 per cent") is None


# mend37c: the review's findings (/work/notes/findings_speakers37.md)


def test_it_gives_a_persons_own_document_to_the_person():
    page = (
        "Mara Lind, the Kelby council leader, kept a diary through the floods.\n\n"
        "She spent 4,000 crowns of her own money, according to her diary.\n"
    )
    assert _speaker_of(page, "4,000 crowns") == "Mara Lind"


def test_it_gives_a_persons_figures_to_no_other_body():
    page = (
        "Tomas Brenn, the Ostmere Water Company chief executive, spoke on Monday.\n\n"
        "The company lost 8 per cent of its customers, according to his own figures.\n"
    )
    assert _speaker_of(page, "8 per cent") != "company"


def test_it_gives_their_own_figures_to_bodies_the_sentence_opens_on():
    page = "The Kelby unions met on Monday.\n\nThe unions have 14,000 members, according to their own figures.\n"
    assert _speaker_of(page, "14,000") == "unions"


@pytest.mark.parametrize(
    ("page", "figure", "compiler"),
    [
        (
            "The Kelby District Council published its accounts on Monday.\n\nThe council held reserves of 62 million "
            "crowns, according to figures compiled by the Tarreland Audit Office for its annual review.\n",
            "62 million",
            "Tarreland Audit Office",
        ),
        (
            "Ostmere Water Company shares fell on Monday.\n\n"
            "Leaks cost 12 million crowns a year, according to figures compiled by Halden Analytics for the company.\n",
            "12 million",
            "Halden Analytics",
        ),
    ],
)
def test_it_gives_figures_compiled_for_a_body_to_the_compiler(page: str, figure: str, compiler: str) -> None:
    assert _speaker_of(page, figure) == compiler


def test_it_gives_a_possessive_document_opening_the_sentence_to_its_owner():
    page = (
        "The Kelby District Council met on Monday.\n\n"
        "The council's annual report lists reserves of 62 million crowns, according to its own figures.\n"
    )
    assert _speaker_of(page, "62 million") == "council"
