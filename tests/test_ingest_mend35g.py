"""
review35g's findings on signed35 (a document printed whole in one voice): a news story headed "Open letter: ..." or
"In full: ..." with a caption, a fact check of a speech, a news explainer headed "Chancellor's statement" with an
analyst's name line, and an office named in a speech's head. None of them is a document printed whole, and a caption or
a name line inside a piece is no signature that closes it: their figures read as they did before signed35.
"""

from __future__ import annotations

from ingest.extraction import clean_text, extract

MASTHEAD = "The Brackwater Gazette | Home | News | Business | Opinion\nSign in | Subscribe"


def speakers(*paragraphs: str) -> dict[str, str | None]:
    page = "\n\n".join([MASTHEAD, *paragraphs, "(c) 2029 Brackwater Gazette Ltd"])
    return {m.figure: m.speaker for m in extract(clean_text(page))}


def test_a_news_story_headed_open_letter_gives_nothing_to_the_person_in_its_caption():
    found = speakers(
        "Open letter: doctors warn of winter crisis",
        "3 March 2029",
        "More than 300 hospital doctors have signed an open letter warning that the region's hospitals will not cope.",
        "Waiting lists at Holt Infirmary rose to 14,200 in January, up from 11,900 a year earlier.",
        "Some 42 consultants have left the trust since the summer, and more are expected to follow.",
        "Dr Ines Dorr, consultant, Holt Infirmary, who organised the letter",
        "The trust spent 3.4 million crowns on agency staff last year.",
    )
    assert "Dorr" not in str(found.values())


def test_a_story_headed_in_full_gives_nothing_to_the_person_in_its_caption():
    found = speakers(
        "In full: the budget at a glance",
        "3 March 2029",
        "The council approved a budget of 212 million crowns on Tuesday night after a four-hour debate.",
        "Council tax will rise by 4.9 per cent from April, the largest increase allowed without a referendum.",
        "Some 31 councillors voted for the plan and 18 against, with three abstentions.",
        "Petra Lunn, the council leader, speaking after the vote",
        "Bin collections will move to every 14 days from June.",
    )
    assert "Lunn" not in str(found.values())


def test_a_fact_check_of_a_speech_keeps_its_own_findings():
    found = speakers(
        "Gazette Fact Check",
        "In full: Ada Roe's speech, checked claim by claim",
        "3 March 2029",
        "We checked every figure in the minister's conference speech against the official statistics.",
        "By our calculation, waiting lists rose by 18 per cent over the period, not the 8 per cent the speech claimed.",
        "We found 3 new hospitals had opened since 2025, against the 40 promised in the manifesto.",
        "Verdict: misleading.",
    )
    assert "Ada Roe" not in str(found.values())


def test_an_explainer_headed_by_a_statement_gives_nothing_to_an_analyst_s_name_line():
    found = speakers(
        "Chancellor's statement",
        "What the Chancellor told parliament, and what it means for you",
        "3 March 2029",
        "The Chancellor set out plans on Tuesday to raise the income tax threshold to 14,000 crowns.",
        "Fuel duty will be frozen for a further 12 months, at a cost of 1.2 billion crowns.",
        "Borrowing is forecast to fall to 3.1 per cent of national income by 2031.",
        "Ada Quell, analyst, Fenwater Institute",
        "The next budget is due in 11 months.",
    )
    assert "Quell" not in str(found.values())


def test_an_office_named_in_a_speech_s_head_is_no_writer():
    page = "\n\n".join(
        [
            MASTHEAD,
            "In full: Prime Minister's statement on the floods",
            "3 March 2029",
            "Some 2,400 homes were flooded this week and 60 people were rescued from the water.",
            "(c) 2029 Brackwater Gazette Ltd",
        ]
    )
    assert "By Prime Minister" not in clean_text(page)


def test_a_speech_printed_in_full_is_still_its_speaker_s():
    found = speakers(
        "In full: Ada Roe's speech to the care conference",
        "3 March 2029",
        "Thank you for having me. Last year 212 of our care homes were rated inadequate.",
        "From April every one of the 1,140 homes will be inspected at least once a year.",
    )
    assert "Ada Roe" in str(found.get("212 of our care homes")) or "Ada Roe" in str(found.values())
