"""
Documents as speakers (tests/ingest_labelling.md, "Carrying on a report"): a body's papers, figures or data speak for
the body whose papers they are, as the article names it, never as a speaker called "papers".
"""

from decimal import Decimal

from ingest.extraction import Mention, extract

OUTLET = "The Orrin Valley Times"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_the_papers_taken_up_later_are_those_of_the_body_whose_papers_the_article_named():
    text = (
        "Ferry cuts: the figures\n\n"
        "Harbour council papers for the finance committee meeting on 4 March put the running cost of the ferry at "
        "212,000 crowns.\n\n"
        "The busiest week, in July, saw 930 crossings, the papers show."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "212000").speaker.lower().endswith("council")
    assert _said(found, "930").speaker.lower().endswith("council")


def test_papers_for_a_meeting_are_the_papers_of_the_body_that_meets():
    text = (
        "Orrin District Council has voted to close two of its four libraries, saving 90,000 crowns a year.\n\n"
        "Papers for the meeting show that the Eastgate branch had 14,200 visits last year. The Mill Lane branch had "
        "9,800, the papers say."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "14200").speaker == "Orrin District Council"
    assert _said(found, "9800").speaker == "Orrin District Council"


def test_a_kind_of_body_named_by_two_head_words_is_whole_as_the_maker_of_a_report():
    text = (
        "Knee patients at Orrin General waited a median of 41 weeks, according to a report published by the national "
        "health statistics office on Friday.\n\n"
        "The number waiting has risen to 5,200 from 4,100, the report says."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "5200").speaker == "national health statistics office"


def test_the_same_index_taken_up_later_is_that_of_the_body_whose_index_the_article_named():
    text = (
        "Rents: the claim checked\n\n"
        "The minister said rents had risen 30 per cent. His figure appears to come from the statistics bureau's index "
        "for student rents only. A spokeswoman for the Housing Ministry said the minister had been referring to "
        "students.\n\n"
        "Families saw rents rise 24 per cent in five years, according to the same index."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "24").speaker is not None
    assert "bureau" in _said(found, "24").speaker


def test_a_survey_of_a_sample_carried_out_for_a_body_is_that_body_s():
    text = (
        "Heating bills to fall\n\n"
        "The Orrin Energy Agency said bills would fall by 6 per cent in the spring.\n\n"
        "A survey of 1,200 households carried out for the agency found that 41 per cent had turned their heating "
        "down last winter."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "41").speaker.endswith("Orrin Energy Agency")
