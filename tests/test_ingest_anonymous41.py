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
