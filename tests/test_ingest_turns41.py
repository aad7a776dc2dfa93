"""
A Q&A's standfirst that names the one interviewed in one sentence and asks them by a pronoun in the next ("Dev Carrow
has organised kitchen workers since 2019. We asked him about pay."; "Imelda Rask has run the authority for four
years. Fenella Ruddock asked her about fines"): the answers below are the one named, in their own first person
(tests/ingest_labelling.md, "Q&A interview"), never no one's, the paper's, nor the interviewer's.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract
from ingest.interviews import find_interview

ANSWERS = (
    "Interview by Maddy Crane, Food Reporter\n"
    "Monday 15 March 2027, 07:00\n\n"
    "The association says average pay for kitchen staff is 12.05 crowns an hour. Is that wrong?\n\n"
    "It is not the whole story. That average includes head chefs on 18 crowns an hour and more. Most of the cooks "
    "I represent earn about 11.20 an hour.\n\n"
    "How many members does the union have here?\n\n"
    "In the city we have about 2,300 members now, up from 1,700 when I took the job.\n\n"
    "What would you like to see?\n\n"
    "We want a sectoral minimum for hospitality of 13 crowns an hour. I have asked for it twice."
)

STANDFIRSTS = [
    # the interviewer "we", the one asked a pronoun
    "Dev Carrow has organised kitchen workers in Lowmarsh since 2019. We asked him about pay, tips and jobs.",
    "Dev Carrow has organised kitchen workers in Lowmarsh since 2019. I spoke to him about pay, tips and jobs.",
    # the interviewer named
    "Dev Carrow has organised kitchen workers in Lowmarsh since 2019. Maddy Crane asked him about pay, tips and jobs.",
    "Dev Carrow has organised kitchen workers in Lowmarsh since 2019. Maddy Crane talked to him about pay and jobs.",
]


def _page(standfirst: str) -> str:
    head = "The Lowmarsh Argus | News | Food\n\nQ&A: the organiser who says pay is going backwards"
    return f"{head}\n{standfirst}\n\n{ANSWERS}"


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
def test_the_one_asked_by_a_pronoun_is_named_in_the_sentence_before(standfirst: str) -> None:
    text = clean_text(_page(standfirst))
    interview = find_interview(text)
    assert interview is not None
    assert interview.interviewee == "Dev Carrow"
    speakers = {m.value: m.speaker for m in extract(text)}
    for value in (Decimal(18), Decimal(2300), Decimal(13)):
        assert speakers[value] == "Dev Carrow"


# near misses: nothing of the standfirst changes where no one is asked by a pronoun, or the page is no Q&A
NOT_BY_PRONOUN = [
    # the one asked named after the verb, as before
    ("Lowmarsh's kitchens are short of cooks. We asked Dev Carrow, the union organiser, about pay.", "Dev Carrow"),
]


@pytest.mark.parametrize(("standfirst", "interviewee"), NOT_BY_PRONOUN)
def test_a_standfirst_naming_the_one_asked_after_the_verb_is_read_as_before(standfirst: str, interviewee: str) -> None:
    interview = find_interview(clean_text(_page(standfirst)))
    assert interview is not None
    assert interview.interviewee == interviewee


def test_the_named_interviewer_is_never_the_one_interviewed() -> None:
    # under a byline of its own, the standfirst ending on no stop as a headline does
    page = _page(STANDFIRSTS[2].rstrip("."))
    text = clean_text(page.replace("Interview by Maddy Crane, Food Reporter", "By Maddy Crane, Food Reporter"))
    assert "Maddy Crane asked" not in text
    assert find_interview(text) is not None
    speakers = {m.value: m.speaker for m in extract(text)}
    assert "Maddy Crane" not in {speakers[Decimal(18)], speakers[Decimal(2300)]}


NEWS = (
    "The Lowmarsh Argus | News\n\n"
    "Union says kitchen pay is going backwards\n"
    "Dev Carrow has organised kitchen workers since 2019. We asked him about pay.\n\n"
    "By Maddy Crane\n"
    "Monday 15 March 2027\n\n"
    "The union has about 2,300 members in the city, its organiser said on Monday. Pay averages 12.05 crowns an hour, "
    "the hospitality association said.\n\n"
    "The association said it would publish its survey in April."
)


def test_a_news_story_with_such_a_standfirst_keeps_no_standfirst() -> None:
    text = clean_text(NEWS)
    assert "We asked him" not in text
    assert find_interview(text) is None


# A letter's own first person after a body's figure: the writer's own count, not the body's statistic running on
LETTERS = (
    "The Tressan Standard | Opinion | Letters\n\n"
    "Letters: cameras and premiums\n\n"
    "Edited by Kit Haverford, Motoring Editor\n\n"
    "I drive the R4 every day and I counted four dead cameras out of 12 last week. I am sure of it.\n"
    "Derek Ambley, Dunstowe\n\n"
    "My renewal rose to 1,620 marrens from 1,190. The TIA says premiums are up 10.4 per cent. {sentence}\n"
    "Beryl Tamworth, Ostmere\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("My premium went up 36 per cent.", "Beryl Tamworth"),
        ("Mine went up 36 per cent, and I have no claims.", "Beryl Tamworth"),
        # near miss: no first person, the body's statistic running on as before
        ("Young drivers' premiums went up 36 per cent.", "TIA"),
    ],
)
def test_a_letters_first_person_is_its_writers_not_the_body_before(sentence: str, speaker: str) -> None:
    speakers = {m.value: m.speaker for m in extract(clean_text(LETTERS.format(sentence=sentence)))}
    assert speakers[Decimal("10.4")] == "TIA"
    assert speakers[Decimal(36)] == speaker


# The paper's own journalist counting or checking on the spot, anywhere in the sentence: the paper's own figure
NEWS_PAGE = (
    "The Harnmouth Echo | News | Business\n\n"
    "Queues grow at the bridge as crossings rise\n\n"
    "By Ann Roe, Chief Reporter\n"
    "Monday 4 March 2027\n\n"
    "The crossing took in 9,400 people on Sunday, the border police said. {sentence} Families slept in their cars "
    "with the engines off to save fuel.\n\n"
    "The border police said a second crossing would open next month."
)


@pytest.mark.parametrize(
    ("sentence", "value", "speaker"),
    [
        ("By first light I count 212 cars between the flag and the first bend.", 212, "The Harnmouth Echo"),
        ("Of the 60 cars we checked, 19 had no fuel left.", 60, "The Harnmouth Echo"),
        ("On the day we visited, 212 cars stood in the queue.", 212, "The Harnmouth Echo"),
        ("Our correspondent counts 212 cars in the queue.", 212, "The Harnmouth Echo"),
        # near misses: another's count, quoted or told, and no first person
        ('"I count 212 cars a morning," said a guard, Ivo Lenz.', 212, "Ivo Lenz"),
        ("The queue ran to 212 cars at dawn.", 212, None),
    ],
)
def test_the_papers_journalist_counting_on_the_spot_is_the_paper(
    sentence: str, value: int, speaker: str | None
) -> None:
    speakers = {m.value: m.speaker for m in extract(clean_text(NEWS_PAGE.format(sentence=sentence)))}
    assert speakers[Decimal(9400)] == "border police"
    assert speakers[Decimal(value)] == speaker


# The pronoun "I", never a Roman numeral after the name or series it numbers: "World War I saw", "Phase I found",
# "Charles I saw" are history's and a trial's, not the paper's own count
HARNMOUTH = (
    "The Harnmouth Echo | News | Business\n\n{title}\n\nBy Ann Roe, Chief Reporter\nMonday 4 March 2027\n\n{body}"
)


def _echo(body: str, title: str = "Queues grow at the bridge as crossings rise") -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(HARNMOUTH.format(title=title, body=body)))}


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "The memorial lists 212 names. World War I saw 17 million deaths across Europe.\n\nIt reopens in May.",
            17000000,
        ),
        ("The drug is in trials. Phase I found side effects in 12 per cent of patients.\n\nA second phase begins.", 12),
        ("The palace has 212 rooms. Charles I saw 40 of them finished before his death.\n\nIt reopens in May.", 40),
    ],
)
def test_a_roman_numeral_i_is_no_journalist(body: str, value: int) -> None:
    assert _echo(body, "Parish restores war memorial")[Decimal(value)] is None


# A first person the page prints, after a colon that introduces it (a diary's entry, a memoir's lines, a statement in
# full), or in a named person's words set off by a colon, or inside a quotation running on from the paragraph before:
# the printed writer's or speaker's, never the paper's own count
@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Mira Holt kept a diary of the crossing for the Echo. Her entry for Sunday reads:\n\n"
            "Sunday. Up at five. I count 212 cars ahead of us. No water since Friday.\n\n"
            "The border police said a second crossing would open next month.",
            212,
        ),
        (
            "Mira Holt's memoir of the flood is published this week. In it she writes:\n\n"
            "I counted 40 houses under water by noon. The church roof was the only dry place.\n\n"
            "The book is published by Harrow Press.",
            40,
        ),
        (
            "The company issued a statement on Monday. It reads in full:\n\n"
            "We have inspected 400 boilers across the estate and found 12 that were faulty.\n\n"
            "The council said it would review the contract.",
            400,
        ),
        (
            "Ivo Lenz, a guard, put it simply: every morning we count 212 cars and let 40 through.\n\n"
            "The border police said a second crossing would open next month.",
            212,
        ),
        (
            "\u201cThe queue is worse each week,\u201d said Ivo Lenz, a guard at the crossing. "
            "\u201cOn Sunday it ran past the bend.\n\nBy first light I count 212 cars. Families sleep in them."
            "\u201d\n\n"
            "The border police said a second crossing would open next month.",
            212,
        ),
    ],
)
def test_a_printed_or_quoted_first_person_is_not_the_paper(body: str, value: int) -> None:
    assert _echo(body)[Decimal(value)] != "The Harnmouth Echo"


# near misses: the journalist's own "I" after a time or a clause's opening word, and after a colon of the paper's own
@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday I counted 212 cars between the flag and the first bend.",
        "When I visited, 212 cars stood in the queue.",
        "The queue is longer: I count 212 cars between the flag and the first bend.",
    ],
)
def test_the_journalists_own_i_is_still_the_paper(sentence: str) -> None:
    body = f"The crossing took in 9,400 people on Sunday, the border police said. {sentence}\n\nIt opens in May."
    assert _echo(body)[Decimal(212)] == "The Harnmouth Echo"


# A letter's first person that owns nothing counted ("like me", "in our region"): the body's statistic runs on
@pytest.mark.parametrize(
    "sentence", ["For drivers under 25 like me they went up 36 per cent.", "In our region they went up 36 per cent."]
)
def test_a_letters_first_person_owning_nothing_counted_leaves_the_body_its_figure(sentence: str) -> None:
    speakers = {m.value: m.speaker for m in extract(clean_text(LETTERS.format(sentence=sentence)))}
    assert speakers[Decimal(36)] == "TIA"
