"""
Speakers that are no one (round 40): a subject phrase read back from its verb that holds an adverbial or an inverted
auxiliary before the pronoun that is its subject ("Nationally it recorded", "Last night it raised", "Has he now
revised") names whom the pronoun means, not the adverbial with it; a question's pronoun says nothing, and names no
one. In a person's turn, answer or letter, "our research shows" is the one whose turn it is, as "we" would be, not
the document as if it spoke.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


BODY_THEN_IT = [
    "Nationally it recorded 47 falls of ground in the first half of the year.",
    "Overall it recorded 47 falls of ground in the first half of the year.",
    "Last night it raised that figure to 47.",
]


@pytest.mark.parametrize("second", BODY_THEN_IT)
def test_it_names_the_body_an_adverbial_pronoun_subject_means(second):
    text = f"There were three falls of ground at the Gallowfell pit this year, the Mines Inspectorate said. {second}"
    assert _speakers(text)[-1] == (Decimal(47), "Mines Inspectorate")


def test_guard_it_names_the_body_for_separately_it():
    text = (
        "There were three falls of ground at the Gallowfell pit this year, the Mines Inspectorate said. "
        "Separately it reported 47 falls of ground at other pits."
    )
    assert _speakers(text)[-1] == (Decimal(47), "Mines Inspectorate")


def test_it_names_no_one_for_the_figure_an_inverted_question_asks_about():
    text = (
        "The Member for Tessing Central said in the last debate that 500 libraries would close. "
        "Has he now revised his figure to 300 from 500?"
    )
    assert _speakers(text) == [(Decimal(500), "The Member for Tessing Central"), (Decimal(300), None)]


def test_it_names_the_one_who_answers_for_we_after_a_time():
    text = (
        "Ingrid Haldorsen is the chief counting officer.\n\n"
        "How many postal votes are rejected?\n"
        "Last time we rejected 2.8 per cent, mostly because the signature did not match."
    )
    assert _speakers(text)[0] == (Decimal("2.8"), "Ingrid Haldorsen")


def test_it_keeps_a_named_body_after_a_sentence_adverb():
    text = "Nationally the Mines Inspectorate recorded 47 falls of ground this year."
    assert _speakers(text)[-1][1] == "Mines Inspectorate"


# near misses: a name before its verb stays the speaker; a pronoun object is no subject
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Last night Hollin Air raised its estimate to 4,100 passengers.", "Hollin Air"),
        ("The ministry said it recorded 47 falls of ground this year.", "ministry"),
    ],
)
def test_guard_it_keeps_a_named_subject_after_an_adverbial(text, speaker):
    assert _speakers(text)[-1][1] == speaker


TRANSCRIPT = (
    "This is an edited transcript of Wednesday's Morning Line, presented by Tove Almqvist.\n\n"
    "TOVE ALMQVIST: Good morning. With me is Hedvig Strand, director of retail markets at the regulator.\n\n"
    "HEDVIG STRAND: It is a fair question. The standing charge pays for the wires and meters.\n\n"
    "AKSEL BRUN: That is not good enough. {turn}"
)


def test_it_names_the_one_whose_turn_it_is_for_their_own_document():
    turn = "Our research shows that one in four pensioners now pays more in standing charges."
    assert _speakers(TRANSCRIPT.format(turn=turn))[-1] == (Decimal(25), "Aksel Brun")


def test_guard_it_names_the_one_whose_turn_it_is_for_my_research():
    turn = "My research shows that one in four pensioners now pays more in standing charges."
    assert _speakers(TRANSCRIPT.format(turn=turn))[-1] == (Decimal(25), "Aksel Brun")


def test_guard_it_reads_a_person_of_the_turn_as_no_document():
    turn = "Our installer says he has 40 jobs stuck in the queue."
    assert _speakers(TRANSCRIPT.format(turn=turn))[-1] == (Decimal(40), "Aksel Brun")


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "Marta Lind, who runs a uniform shop, said the cap was fair. She put the group's figure at the top end "
            "of the market, saying most school shops charged about 70 quellets for a blazer.",
            Decimal(70),
            "Marta Lind",
        ),
        (
            "Harlow Academy was inspected in May. The academy is forecasting a deficit of 410,000 tessels this "
            "year, having first put the figure at 260,000 in its spring budget.",
            Decimal(410000),
            "Harlow Academy",
        ),
    ],
)
def test_it_names_the_subject_a_participle_clause_hangs_on(text, figure, speaker):
    assert (figure, speaker) in _speakers(text)


# a gerund that is a subject ("and polling shows", "while spending shows") is a source of its own, not a participle
# clause hung on the sentence's subject, nor the sentence's first word
@pytest.mark.parametrize(
    "text",
    [
        "Housing minister Petra Vale said 40 per cent of tenants backed the plan, and polling shows 60 per cent "
        "oppose it.",
        "The mayor, Anna Berg, promised 500 homes, and modelling shows about 300 will be built.",
        "Mayor Anna Berg said the town would hire 12 officers, while spending shows a rise of 8 per cent.",
    ],
)
def test_it_reads_a_gerund_subject_as_no_participle_clause(text):
    assert _speakers(text)[-1][1] in {"polling", "modelling", "spending", None}
