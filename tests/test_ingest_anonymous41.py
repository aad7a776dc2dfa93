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


# A named source whose apposition withholds someone else's identity, or something else's name, stays that named
# source (review of anonymous41, H1-H3): the clause must withhold the source's own name
@pytest.mark.parametrize(
    "text",
    [
        "The court heard the case on Monday.\n\n"
        "Ana Holt, a Duncaster mother whose son cannot be identified for legal reasons, said he had been excluded 14 "
        "times.\n",
        "Senara Polglase runs the safety campaign.\n\n"
        "Tom Reyes, a Mellick Bay deckhand who spoke on condition that his employer not be named, said about 40 "
        "lifejackets hang unused.\n",
        "Senara Polglase runs the safety campaign.\n\n"
        "Tom Reyes, a deckhand who spoke on condition the boat was not named, said about 40 lifejackets hang unused.\n",
        "Karin Vik, a patient, waited 9 hours.\n\n"
        "Ana Holt, a nurse who asked us not to name her hospital, said 40 patients waited on trolleys.\n",
        "Senara Polglase runs the safety campaign.\n\n"
        "Tom Reyes, a deckhand who asked that his boat's name not be published, said about 40 lifejackets hang "
        "unused.\n",
    ],
    ids=["son-unidentified", "employer-not-named", "boat-not-named", "her-hospital", "boat-name"],
)
def test_a_named_source_whose_clause_withholds_another_name_keeps_their_name(text):
    speaker, anonymous = _last(text)
    assert anonymous is False
    assert speaker in {"Ana Holt", "Tom Reyes"}


# The arms those near misses share, where the clause does withhold the source's own name
@pytest.mark.parametrize(
    "description",
    [
        "A Duncaster mother, who cannot be identified for legal reasons",
        "A Mellick Bay deckhand, who spoke on condition that he not be named",
        "A Mellick Bay deckhand, who spoke on condition of not being named",
        "A Harnmouth nurse, who asked us not to name her because she fears losing her job",
        "A Harnmouth nurse, who asked that her name not be published",
    ],
)
def test_a_clause_withholding_the_sources_own_name_still_makes_it_anonymous(description):
    text = f"Karin Vik, a patient, waited 9 hours.\n\n{description}, said 40 patients waited on trolleys.\n"
    assert _last(text) == (description, True)


# "the official" is no tenant or resident: only an unnamed source whose noun is an office-holder's (review M2)
@pytest.mark.parametrize(
    "first",
    ["Ola Rud, the council's head of housing, visited the estate on Monday.", "Residents met on Monday."],
)
def test_the_official_does_not_take_up_an_unnamed_source_who_holds_no_office(first):
    text = (
        f"{first}\n\n"
        "A tenant, who asked not to be named, said her flat had been damp for a year. "
        '"We have 400 damp homes on the list," the official said.\n'
    )
    assert _last(text)[1] is False


# "she" past a body does not take up an unnamed source the paragraph already called "he" (review M1)
def test_she_past_a_body_does_not_take_up_an_unnamed_source_the_paragraph_called_he():
    text = (
        "Sunniva Kroll, the investigator, said the inquiry would take a year.\n\n"
        f'{CAPTAIN}, said crews felt pushed. "We are exhausted," he said. '
        "Corvet said it would not comment. Diverting costs about 6,000 brennets a time, she said.\n"
    )
    assert _last(text)[1] is False
