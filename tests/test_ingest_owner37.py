"""
The one reader of documents a page prints in their owners' voices (ingest.documents.find_documents): every form, a
memo under its "From:" line, a judgment's numbered paragraphs, a notices page's items, a body's questions and answers
or any document carried whole, comes back as owned blocks that say whose each is and which cue found it.
"""

import pytest

from ingest.documents import CARRIED_ANSWERS, CARRIED_TEXT_BELOW, HEADED, NOTICE, find_documents

INTRODUCTION = "Staff were told of the change on Monday in an internal message that the newspaper has seen in full.\n\n"


@pytest.mark.parametrize("sender", ["Ilsa Trevane, Finance Director", "Customer Services, Pelham Water"])
@pytest.mark.parametrize("line", ["We will close 14 depots by June.", "Our budget falls by 3 million this year."])
def test_it_gives_a_memo_to_the_one_it_is_from(sender, line):
    text = f"{INTRODUCTION}From: {sender}\nTo: All staff\n{line}\n\nThe union said it would oppose the plan."

    documents = find_documents(text, None, notices=True)

    owner = "Ilsa Trevane" if sender.startswith("Ilsa") else "Pelham Water"
    assert documents is not None
    assert documents.owner_at(text.index(line), HEADED) == owner
    assert documents.owner_at(text.index("The union"), HEADED) is None


@pytest.mark.parametrize("judge", ["Judge Orla Fenwick", "Mr Justice Hal Brannock"])
def test_it_gives_a_judgment_paragraph_to_the_judge(judge):
    text = (
        "In her judgment, the court found for the tenant.\n\n[12] The rent rose by 40 per cent in 2024.\n\n"
        "Our reporter adds a note.\n\n[13] I order the landlord to repay 2,300 crowns."
    )

    documents = find_documents(text, judge, notices=True)

    assert documents is not None
    assert documents.owner_at(text.index("2,300"), HEADED) == judge.split(" ", 1)[1].removeprefix("Justice ")
    assert documents.owner_at(text.index("Our reporter"), HEADED) is None


NOTICES = (
    "Place a notice by calling our desk.\n\nROAD CLOSURES\nBrellmoor Borough Council gives notice that Fen Lane will "
    "close for 6 weeks.\n\nLICENSING\nTova Brisk, Elm Farm, has applied for a licence to take 45,000 cubic metres.\n\n"
    "COMMUNITY\nThe Kilbrae Red Cross thanks all 300 volunteers."
)


@pytest.mark.parametrize("notices, expected", [(True, "Brellmoor Borough Council"), (False, None)])
def test_it_gives_a_notice_to_its_issuer_only_off_an_interview(notices, expected):
    documents = find_documents(NOTICES, None, notices=notices)

    owner = documents.owner_at(NOTICES.index("Fen Lane"), NOTICE) if documents is not None else None
    assert owner == expected


FAQ = (
    "Varn District Council published the questions and answers below on its scheme. We have reproduced them as the "
    "council wrote them.\n\nQ. How much will it cost?\nA. The current estimate is 412 million.\nQ. When will it open?\n"
    "A. In 2029.\nQ. How many will use it?\nA. We expect 7,800 passengers a day.\n\nRead our analysis of the plan."
)


def test_it_gives_a_faq_carried_whole_to_the_body():
    documents = find_documents(FAQ, None, notices=True)

    assert documents is not None
    assert documents.owner_at(FAQ.index("7,800"), CARRIED_ANSWERS) == "Varn District Council"
    assert documents.owner_at(FAQ.index("Read our"), CARRIED_ANSWERS) is None


@pytest.mark.parametrize(
    "introduction",
    [
        "The Ministry of Harbours posted the following thread on Tuesday night, which we reproduce as posted.",
        "Below is the statement the Port Authority of Saltmere issued on Wednesday. We print it in full below.",
    ],
)
def test_it_gives_a_document_carried_whole_to_its_owner(introduction):
    text = f"{introduction}\n\nWe handled 2.4 million tonnes last year, up from 2.1 million.\n\nPost notes: none yet."

    documents = find_documents(text, None, notices=True)

    assert documents is not None
    block = documents.block_at(text.index("2.4 million"), CARRIED_TEXT_BELOW)
    assert block is not None and block.owner in {"Ministry of Harbours", "Port Authority of Saltmere"}
    assert documents.owner_at(text.index("Post notes"), CARRIED_TEXT_BELOW) is None


def test_it_carries_no_document_under_a_memo_header():
    text = (
        "The memo below was printed in full as sent by the Finance Ministry, which we reproduce unedited.\n\n"
        "From: Ilsa Trevane, Finance Director\nTo: All staff\nWe will close 14 depots by June."
    )

    documents = find_documents(text, None, notices=True)

    assert documents is not None
    assert not documents.found_by(CARRIED_TEXT_BELOW)
    assert documents.owner_at(text.index("14 depots"), HEADED) == "Ilsa Trevane"


@pytest.mark.parametrize(
    "text",
    [
        "The report, published today, says 4,100 homes are at risk, the agency said.",
        "Here we answer the main questions about the council's plan, which is printed in full below.\n\nIt costs 3m.",
        "The minister wrote to the council last week. In the letter she said 12 posts would go.",
    ],
)
def test_it_finds_no_document_in_a_story_about_one(text):
    assert find_documents(text, None, notices=True) is None
