"""
A fact check read as one when the cleaner has cut its head (tests/ingest_labelling.md, "A fact-check's own findings"):
the page's "Fact check" title and its "VERDICT" heading are gone, but the desk's own line on its work stays at its foot
("Post Verify checks claims by public figures.", "How we check: ..."), a paragraph that opens with a rating faulting
the claim ("Wrong. The true number is at least 31.") is its verdict, and an annotated speech's extracts ('THE SPEECH:
"..."') are the speaker's words, each followed by the checker's notes. The claim is its claimant's, the desk's
findings the outlet's; a news story about a fact-checking body keeps its reading.
"""

from decimal import Decimal
from itertools import product

import pytest

from ingest.extraction import Mention, clean_text, extract

OUTLET = "The Carrow Post"
FURNITURE = "The Carrow Post | News | Politics | Post Verify\nSign in | Search\n\n"
BYLINE = "By Ilka Dromsen\nFriday 9 March 2029, 10:00\n\n"
CLAIMED = (
    'Councillor Rasmus Vell told a meeting in Tolby on Tuesday that "only 40 people a day use the ferry". '
    'He also said the crossing "costs the council 90,000 marks a year".\n\n'
    "Council papers put crossings last year at 31,200. The harbour board says the ferry runs six days a week.\n\n"
)
FOOT_LINES = (
    "Post Verify checks claims by public figures.",
    "Valley Check rates claims made by councillors and members of parliament.",
    "How we check: we ask the speaker's office for its source before we publish.",
    "How we checked: we read the council's minutes and the harbour board's returns.",
    "Spotted a claim we should check? Write to verify@carrow.qx",
    "Seen a claim you want us to check? Email desk@carrow.qx",
    "We check figures used by people in public life in the Carrow valley.",
)
FAULTS = (
    ("Cllr Vell's figure of 90,000 marks is wrong.", "90000"),
    ("The 90,000 figure is wrong.", "90000"),
    ("But the 40 figure is wrong by any measure.", "40"),
)


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def _page(*paragraphs: str, furniture: bool) -> str:
    head = FURNITURE if furniture else ""
    return head + BYLINE + CLAIMED + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("foot", "fault", "furniture"), list(product(FOOT_LINES, FAULTS, (True, False))))
def test_a_desks_line_on_its_work_makes_its_faults_the_outlets(foot, fault, furniture):
    sentence, value = fault
    raw = _page(sentence, foot, furniture=furniture)
    found = extract(clean_text(raw), publisher=OUTLET)
    faulted = next(m for m in found if m.value == Decimal(value) and m.stance == "disputes")
    assert faulted.speaker == OUTLET, raw


RATINGS = ("Wrong", "Misleading", "False", "Exaggerated", "Unproven", "Mostly false", "Partly true", "Inaccurate")


@pytest.mark.parametrize(("rating", "foot"), list(product(RATINGS, FOOT_LINES[:3])))
def test_a_paragraph_opening_with_a_rating_is_the_desks_verdict(rating, foot):
    verdict = f"{rating}. Crossings averaged about 100 a day, and the subsidy is 43,000 marks, not 90,000."
    raw = _page(verdict, foot, furniture=True)
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "43000").speaker == OUTLET, raw


SPEECH_LABELS = ("THE SPEECH", "The speech", "Speech", "WHAT SHE SAID", "What she said")
FACTS_LABELS = ("THE FACTS", "What we found", "OUR CHECK")


@pytest.mark.parametrize(("label", "facts"), list(product(SPEECH_LABELS, FACTS_LABELS)))
def test_each_extract_of_an_annotated_speech_is_the_speakers(label, facts):
    raw = (
        FURNITURE
        + BYLINE
        + "Mayor Hild Orrin spoke for 25 minutes at the port forum on Friday. Below are the passages that contained "
        "figures, as she delivered them, each followed by our check.\n\n"
        f'{label}: "We have opened 14 new berths since I took office."\n\n'
        f"{facts}: The harbour board says 11 berths have opened since 2026.\n\n"
        f'{label}: "Freight through this port is up 30 per cent in two years."\n\n'
        f"{facts}: The Carrow Chamber of Shipping says freight rose 12 per cent over the period.\n\n"
        f'{label}: "Our dredging plan will cost no more than 8 million marks."\n\n'
        f"{facts}: The plan's own budget is 11.5 million marks.\n\n"
        "How we check: we ask the speaker's office for its source before we publish.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "30").speaker == "Hild Orrin", raw
    assert _said(found, "8000000").speaker == "Hild Orrin", raw


# Near misses: pages that look like the form and keep the base's reading.


def test_a_news_story_about_a_body_that_checks_claims_is_no_fact_check():
    raw = (
        FURNITURE
        + BYLINE
        + "Truthwatch, a charity that checks claims made by politicians, has lost its council grant.\n\n"
        "The council said the grant had cost 90,000 marks a year. The 90,000 figure is wrong.\n\n"
        '"We check claims from every party," its director, Pia Lund, said.\n'
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert all(m.speaker != OUTLET for m in found), raw


def test_a_paragraph_opening_with_an_upholding_rating_gives_the_desk_nothing():
    raw = _page(
        "Correct. At the last election, in 2025, turnout was 29 per cent.",
        FOOT_LINES[2],
        furniture=True,
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "29").speaker != OUTLET, raw


def test_a_speech_label_on_a_news_page_without_quotation_is_no_claim_line():
    raw = (
        FURNITURE + BYLINE + "Mayor Hild Orrin spoke at the port forum on Friday.\n\n"
        "Speech: the harbour board says 11 berths have opened since 2026.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "11").speaker != "Hild Orrin", raw
