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


# Near misses from the review of the form (findings_factcheck36): news pages whose lines look like a desk's, its
# verdict's or its speech extracts' keep the base's reading, and the form's own variants are read as the form.
PROBE = "The council said crossings fell to 31,200 last year, so the subsidy rose to 90,000 marks.\n\n"
NEWS_LEADS = (
    # a desk's promo at the foot of an ordinary news page, its line on its work with no claim quoted
    "The 4,000 figure given in the ferry company's leaflet has since been shown to be wrong.\n\n"
    "Spotted a claim we should check? Write to verify@carrow.qx",
    "The 4,000 figure given in the ferry company's leaflet has since been shown to be wrong.\n\n"
    "More from Post Verify\n\nPost Verify checks claims by public figures. Read our latest checks.",
    # an office, an insurer or nobody checking benefit and insurance claims
    "The Benefits Office checks claims against bank records before any payment is made, the audit found.",
    "HMRC checks claims for the shipping tax credit every three years.",
    "Nobody checks claims made on the ferry's hardship forms, an audit has found.",
    "Harbour Mutual rates claims by the damage done, its chief executive said on Monday.",
    # another's "we", quoted in single marks or answering an interviewer
    "Truthwatch, a charity set up in 2021, has lost its council grant.\n\n"
    "'We check claims from every party,' its director, Pia Lund, said.",
    "Pia Lund runs the Carrow Loss Adjusters' office.\n\nQ: How many claims came in?\n\n"
    "A: About 2,300. We check the claims one by one.",
    # a consumer test's method box
    "How we checked: our testers boiled each kettle 50 times.",
)


@pytest.mark.parametrize(("lead", "promo_last"), list(product(NEWS_LEADS, (False, True))))
def test_a_news_page_with_a_line_like_a_desks_keeps_its_sources_inference(lead, promo_last):
    body = PROBE + lead if promo_last else lead + "\n\n" + PROBE
    raw = FURNITURE + BYLINE + body + "\n"
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "90000").speaker != OUTLET, raw


def test_what_they_said_boxes_on_a_news_page_are_their_speakers():
    raw = (
        FURNITURE + BYLINE + "Mayor Hild Orrin opened the new berths at Carrow on Friday.\n\n"
        "The harbour board says 11 berths have opened since 2026, at a cost of 30 million marks.\n\n"
        'What they said: "We have waited 12 years for this" said Ansgar Holm, a ferry skipper.\n\n'
        'What she said: "Freight is up 30 per cent," said union organiser Pia Lund.\n'
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "30").speaker != "Hild Orrin", raw
    raw = (
        FURNITURE + BYLINE + "Mayor Hild Orrin opened the new berths at Carrow on Friday, 12 years after they were "
        "first planned.\n\n"
        'What they said: "This is 20 million marks well spent" - local businesswoman Pia Lund.\n\n'
        '"We lost 300 jobs waiting for this" - dock worker Ansgar Holm.\n'
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "20000000").speaker != "Hild Orrin", raw
    assert _said(found, "300").speaker != "Hild Orrin", raw


def test_a_speech_subhead_with_apostrophes_is_no_quoted_extract():
    raw = (
        FURNITURE + BYLINE + "Prime Minister Jonas Ravn addressed his party's conference in Tolby on Wednesday.\n\n"
        "The speech: Ravn's pledge of 300,000 homes and the party's new tax on second homes dominated the hour.\n\n"
        "Opposition leader Pia Lund said the plan would cost 9 billion marks.\n\n"
        "The treasury said revenue fell to 31 billion marks last year, so the deficit rose to 4 billion marks.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "300000").speaker != "Jonas Ravn", raw
    assert _said(found, "4000000000").speaker != OUTLET, raw


RATING_VARIANTS = ("Wrong: crossings", "Misleading - crossings", "WRONG. Crossings", "Not true. Crossings",
                   "Needs context. Crossings", "FALSE: Crossings")  # fmt: skip


@pytest.mark.parametrize("opening", RATING_VARIANTS)
def test_a_rating_paragraph_in_its_common_variants_is_the_desks_verdict(opening):
    verdict = f"{opening} averaged about 100 a day, and the subsidy is 43,000 marks, not 90,000."
    raw = _page(verdict, FOOT_LINES[0], furniture=True)
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "43000").speaker == OUTLET, raw


DESK_VARIANTS = (
    "The Post's verification team checks claims by public figures.",
    "Post Verify fact-checks statements by public figures.",
    "We check statements made by politicians and other public figures.",
)


@pytest.mark.parametrize("foot", DESK_VARIANTS)
def test_a_desks_line_in_its_common_variants_makes_its_faults_the_outlets(foot):
    raw = _page("The 90,000 figure is wrong.", foot, furniture=True)
    found = extract(clean_text(raw), publisher=OUTLET)
    faulted = next(m for m in found if m.value == Decimal("90000") and m.stance == "disputes")
    assert faulted.speaker == OUTLET, raw


def test_a_rating_word_that_a_news_page_gives_as_someones_reply_is_no_verdict():
    raw = (
        FURNITURE + BYLINE + "Minister Oda Brekke's new fact-check unit began work on Monday with a staff of 6.\n\n"
        "Brekke said the unit would cost 400,000 marks a year.\n\n"
        "False. That was the one-word reply of opposition leader Pia Lund, who says the unit will cost 1.2 million "
        "marks, so the minister's figure is a third of the real cost.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert all(m.speaker != OUTLET for m in found), raw
