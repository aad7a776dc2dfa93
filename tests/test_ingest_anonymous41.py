"""Anonymous sources of issue 14: a description whose modifier is a name, withheld-name clauses the engine did not
read, and "he" past a body that spoke after the unnamed source (tests/ingest_labelling.md, "An anonymous source")."""

import pytest

from tests.ingest_helpers import mentions

OPERATOR = "A Gallowfell underground operator, who spoke to the Argus on condition he was not named"
WORKER = "A Tellarch call-centre worker in Duncaster, who asked not to be named because she fears losing her job"
DECKHAND = "A Mellick Bay deckhand, who did not want his name used"
WHIP = "One Civic Alliance whip, who asked me not to name her"
GRITTER = "A gritter driver who asked that his name not be used"
GRANTS = "A council grants clerk, who cannot be identified for legal reasons"
CAPTAIN = "A Corvet captain, who spoke on condition of anonymity because staff are barred from talking to the media"


def _last(text: str) -> tuple[str | None, bool]:
    found = mentions(text)[-1]
    return found.speaker, found.speaker_anonymous


# A description with a body's or a place's name set on its noun, whose clause withholds the name: the whole
# description up to its verb, and the pronoun of the next quotation, are the unnamed source
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hal Brannigan of the union said the offer was too low.\n\n"
            f"{OPERATOR}, said the payment would go on his heating bill. "
            '"Seven hundred and fifty merks is a month of gas in winter," he said.\n',
            OPERATOR,
        ),
        (
            "Ada Skerrow of Skerrow Net said prices had risen.\n\n"
            f"{WORKER}, said staff had been told to offer a discount. "
            '"If they mention the ombudsman, the discount goes to 15 per cent," she said.\n',
            WORKER,
        ),
        (
            "Senara Polglase runs the safety campaign.\n\n"
            f"{DECKHAND}, said the lifejackets were too bulky. "
            '"Half the lads I know hang them on a hook, about 40 of them," he said.\n',
            DECKHAND,
        ),
        (
            "Oskar Henne, the chief whip, met backbenchers on Monday.\n\n"
            f"{WHIP}, said the vote would be close. "
            '"We counted 15 waverers this morning," she said.\n',
            WHIP,
        ),
        (
            "Ivar Dahl, the depot manager, showed us round.\n\n"
            f"{GRITTER}, said he had worked 19 night shifts in November.\n",
            GRITTER,
        ),
        (
            f"Judge Ruth Brennan heard the case.\n\n{GRANTS}, said she processed about 40 applications a month.\n",
            GRANTS,
        ),
    ],
)
def test_a_named_modifier_on_an_unnamed_source_keeps_its_whole_description(text, expected):
    assert _last(text) == (expected, True)


# Near misses that must not change
def test_a_named_source_with_a_named_modifier_is_not_anonymous():
    text = "A Tellarch engineer, Ola Rud, said 40 masts were down.\n"
    assert _last(text)[1] is False


def test_a_description_whose_clause_withholds_nothing_is_no_anonymous_source():
    text = (
        "Ada Vell runs the line.\n\n"
        "A Tellarch call-centre worker in Duncaster, who joined in 2019, said 40 staff had left.\n"
    )
    assert _last(text)[1] is False


# "he" past a body that spoke after the unnamed source, in the same paragraph, with no person named since
def test_he_past_a_body_takes_up_the_unnamed_source_its_paragraph_quoted():
    text = (
        "Sunniva Kroll, the investigator, said the inquiry would take a year.\n\n"
        f'{CAPTAIN}, said crews felt "pushed to land". Corvet said it would not comment. '
        "Diverting to Ardenstow costs the airline about 6,000 brennets a time, he said.\n"
    )
    assert _last(text) == (CAPTAIN, True)


def test_he_after_a_person_named_since_the_unnamed_source_is_that_person():
    text = (
        f'{CAPTAIN}, said crews felt "pushed to land". Corvet Air chief executive Dorrit Wenlock disagreed. '
        "Corvet said it would not comment. Diverting costs about 6,000 brennets a time, he said.\n"
    )
    assert _last(text) != (CAPTAIN, True)


def test_she_past_a_body_does_not_take_up_an_unnamed_source_described_as_he():
    text = (
        "Sunniva Kroll, the investigator, said the inquiry would take a year.\n\n"
        "A Corvet captain, who did not want his name used, said crews felt pressed. Corvet said it would not comment. "
        "Diverting costs about 6,000 brennets a time, she said.\n"
    )
    assert _last(text)[1] is False


def test_he_in_a_later_paragraph_does_not_reach_back_to_the_unnamed_source():
    text = (
        "Sunniva Kroll, the investigator, said the inquiry would take a year.\n\n"
        f'{CAPTAIN}, said crews felt "pushed to land".\n\n'
        "Corvet said it would not comment. Diverting costs about 6,000 brennets a time, he said.\n"
    )
    assert _last(text) != (CAPTAIN, True)


SERVANT = "A senior civil servant at the ministry, who asked not to be named because the contract is under review"


# "the official" takes up the unnamed source its paragraph just quoted, whatever noun introduced them
def test_the_official_takes_up_the_unnamed_source_just_quoted():
    text = (
        '"This will cost us 1,900 kronets a year," said Karin Vik, a teacher.\n\n'
        f'{SERVANT}, said a fare cap had been rejected. "It would have needed another 900,000 kronets a year," the '
        "official said.\n"
    )
    assert _last(text) == (SERVANT, True)


def test_the_official_is_the_official_the_page_named():
    text = (
        "Ola Rud, a ministry official, spoke to reporters.\n\n"
        f'{SERVANT}, said a fare cap had been rejected. "It would have needed another 900,000 kronets a year," the '
        "official said.\n"
    )
    assert _last(text) != (SERVANT, True)


def test_the_official_in_a_later_paragraph_does_not_reach_back_to_the_unnamed_source():
    text = (
        '"This will cost us 1,900 kronets a year," said Karin Vik, a teacher.\n\n'
        f"{SERVANT}, said a fare cap had been rejected.\n\n"
        '"It would have needed another 900,000 kronets a year," the official said.\n'
    )
    assert _last(text) != (SERVANT, True)
