"""
review35h's findings on faq35 and sides35: the paper's own Q&A explainer of a body's plan is not the body's FAQ printed
whole (its answers' unsourced figures stay background), a carried FAQ's owner is named without its "The", and a
for-and-against page's last side ends with its writer's own voice (the paper's closing paragraph is the paper's).
"""

from __future__ import annotations

from ingest.extraction import clean_text, extract

MASTHEAD = "The Marlow Echo | News | Sport | Opinion\nSign in"


def found(*paragraphs: str) -> dict[str, str | None]:
    page = "\n\n".join([MASTHEAD, *paragraphs, "(c) 2029 Marlow Echo Ltd"])
    return {m.figure: m.speaker for m in extract(clean_text(page))}


def test_the_paper_s_own_q_and_a_explainer_is_not_the_body_s_faq():
    speakers = found(
        "Bypass plan: what you need to know",
        "By Carla Went, transport reporter",
        "Marlow County Council published its final plan for the Esk bypass on Friday. "
        "Here we answer the main questions.",
        "Q. How long will the road be?",
        "A. The road will run for 6.2 miles between Esk Bridge and the A40 junction.",
        "Q. When will it open?",
        "A. Work starts next spring and the road should open in 2031, three years later than first planned.",
        "Q. How many homes are affected?",
        "A. About 40 homes lie within 200 metres of the route.",
    )
    assert "Council" not in str(speakers.values())


def test_a_body_s_faq_printed_whole_is_the_body_s_named_without_its_the():
    speakers = found(
        "Council tax: the council's own answers",
        "The Varn District Council published the questions and answers below this morning. We have reproduced them "
        "as it wrote them.",
        "Q. What is the rate of inflation now?",
        "A. The rate of inflation was 3.4 per cent in May.",
        "Q. Which prices rose most this year?",
        "A. Food prices rose 6 per cent over the year.",
        "Q. Did any household bills fall this year?",
        "A. Energy bills fell 12 per cent.",
    )
    assert speakers["3.4 per cent"] == "Varn District Council"


def test_a_for_and_against_page_s_closing_paragraph_is_the_paper_s():
    speakers = found(
        "Should the town ban cars from the high street?",
        "Two councillors make their case.",
        "YES - PRIYA LANFEAR",
        "Our high street lost 14 shops last year, and I want people back in it.",
        "NO - RUFUS GANTON",
        "I run a shop on the square, and 60 per cent of my customers arrive by car.",
        "The council votes on the plan on Thursday. About 4,000 people have signed a petition against it.",
    )
    assert speakers.get("4,000 people") is None or "Ganton" not in str(speakers.get("4,000 people"))
    assert "Ganton" in str(speakers.get("60 per cent"))
