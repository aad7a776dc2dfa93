"""
Speakers taken up from earlier in the sentence (round 38): "the charity" closing a sentence that opens on the
charity's own people by its name ("Lantern Society volunteers handed out 2,600 blankets, the charity said"), and a
person opening the sentence whose set-off description holds names or commas of its own before their verb ("The
director Kasimir Lendl, whose debut won the top prize, the Silver Lantern, in 2019, said"), whom the "he" after it
means too. Made-up pages; near misses keep what the engine gave before.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def _speaker_of(text: str, value: int) -> str | None:
    found = [speaker for v, speaker in _speakers(text) if v == Decimal(value)]
    assert found, _speakers(text)
    return found[0]


# ---- a body's people opening the clause, "the <kind>" reporting it


BODIES = [
    ("Lantern Society", "charity"),
    ("Brightwater Relief", "charity"),
    ("Orrin Valley Hospice", "charity"),
    ("Norrline", "company"),
    ("Tessaly Harbour Trust", "charity"),
]
PEOPLE = ["volunteers", "outreach workers", "engineers", "staff", "field crews"]
ACTS = [
    ("handed out 2,600 blankets in Morrach overnight", 2600),
    ("counted 19 tents along the towpath on Wednesday", 19),
]


@pytest.mark.parametrize("body,kind", BODIES)
@pytest.mark.parametrize("people", PEOPLE)
@pytest.mark.parametrize("act,value", ACTS)
def test_the_kind_closing_a_clause_on_a_bodys_people_is_that_body(body, kind, people, act, value):
    text = (
        f"Rain fell on the valley all night, and {body} opened two shelters.\n\n{body} {people} {act}, the {kind} said."
    )
    assert _speaker_of(text, value) == body


def test_the_kind_reporting_a_clause_on_a_bodys_people_after_another_body_spoke():
    text = (
        "The Ministry of Works said 40 roads were closed.\n\n"
        "Lantern Society volunteers handed out 2,600 blankets overnight, the charity said."
    )
    assert _speaker_of(text, 2600) == "Lantern Society"


@pytest.mark.parametrize(
    "opening",
    [
        "Brackwater council workers filled 300 potholes",  # a body of another kind, by its place
        "Council workers filled 300 potholes",  # no name
        "Some volunteers filled 300 sandbags",  # no name
        "Rescue crews filled 300 sandbags",  # a common word opening the sentence
        "Newly trained volunteers filled 300 sandbags",  # an adverb opening the sentence
    ],
)
def test_no_named_body_of_the_kind_keeps_the_speaker(opening):
    text = f"The storm hit Brackwater on Monday.\n\n{opening} on Tuesday, the charity said."
    assert _speaker_of(text, 300) == "charity"


# ---- a person opening the sentence, described at length before their verb


PERSONS = ["Kasimir Lendl", "Marta Quillon", "Fintan Ogilvie"]
DESCRIPTIONS = [
    "whose first film, Tessaly Nights, was shot in the old market",
    "elected on Thursday as member for Dunmarra West after a campaign fought partly over the plant",
]
CLAUSES = [
    ("said the event had brought 40 productions to the city", 40),
    ("told reporters the budget had risen to 16 million pellars", 16000000),
]


@pytest.mark.parametrize("person", PERSONS)
@pytest.mark.parametrize("description", DESCRIPTIONS)
@pytest.mark.parametrize("clause,value", CLAUSES)
def test_a_person_described_before_the_verb_is_its_subject(person, description, clause, value):
    text = f"The festival opened on Friday.\n\n{person}, {description}, {clause}."
    assert _speaker_of(text, value) == person


@pytest.mark.parametrize("person", PERSONS)
@pytest.mark.parametrize(
    "description", ["whose debut won the festival's top prize, the Silver Lantern, in 2019", *DESCRIPTIONS]
)
def test_he_after_a_described_person_means_them(person, description):
    text = (
        "The festival opened on Friday.\n\n"
        f"The director {person}, {description}, said the event had launched a career. "
        '"I know at least 30 directors who would say the same," he said.'
    )
    assert _speaker_of(text, 30) == person


@pytest.mark.parametrize(
    "description",
    [
        "whose debut won the festival's top prize, the Silver Lantern, in 2019",
        "appointed last year by the Harbour Board, Tessaly's largest employer",
        "named in March by the Harbour Board, whose chair is Oda Rask, as its festival director",
    ],
)
def test_a_person_the_engine_already_read_keeps_the_reading(description):
    text = f"The festival opened on Friday.\n\nKasimir Lendl, {description}, said the event had brought 40 productions."
    assert _speaker_of(text, 40) == "Kasimir Lendl"


def test_a_body_opening_with_a_description_keeps_its_speaker():
    # a body's name, not a person's: the rule leaves it to the rules that read bodies
    text = "Tarvel Housing Trust, founded in 1990 by two nurses, said it built 240 homes last year."
    assert _speaker_of(text, 240) == "Tarvel Housing Trust"


def test_a_short_relative_without_commas_keeps_its_reading():
    text = "Kasimir Lendl, whose debut won the top prize in 2019, said the event had brought 40 productions."
    assert _speaker_of(text, 40) == "Kasimir Lendl"


# ---- near misses the review found (issue 14 mend)


@pytest.mark.parametrize(
    "text,value,firm",
    [
        (
            "Talks broke down on Monday.\n\nHadley Rail drivers rejected a 4 per cent pay offer, the union said.",
            4,
            "Hadley Rail",
        ),
        (
            "The inspection ended in March.\n\n"
            "Marrow Water engineers failed to fix 300 leaks last year, the regulator said.",
            300,
            "Marrow Water",
        ),
        (
            "The fire started overnight.\n\nKestrel Energy engineers restored power to 9,000 homes, the council said.",
            9000,
            "Kestrel Energy",
        ),
        (
            "Staff at the Corran depot voted to walk out.\n\n"
            "Brellow Foods workers will strike over 450 job cuts, the union said.",
            450,
            "Brellow Foods",
        ),
    ],
)
def test_a_kind_the_body_cannot_be_is_not_that_body(text, value, firm):
    # the union, the regulator or the council speaking of a firm's people is the firm's opponent or watchdog
    assert _speaker_of(text, value) != firm


def test_the_role_for_a_named_person_is_not_that_person():
    text = (
        "The trial opened on Monday.\n\n"
        "The lawyer for Tom Hale, appointed by the court in May, said his client had repaid 40,000 pounds."
    )
    assert _speaker_of(text, 40000) not in ("Tom Hale", None)


def test_a_demonym_capitalised_elsewhere_is_no_body():
    text = (
        "The Scottish government made a new offer on Monday.\n\n"
        "Scottish volunteers handed out 300 blankets, the charity said."
    )
    assert _speaker_of(text, 300) == "charity"


def test_a_persons_possessive_is_no_body():
    text = "Tom Hale opened two shelters.\n\nTom Hale's volunteers handed out 300 blankets, the charity said."
    assert _speaker_of(text, 300) == "charity"


def test_a_compound_subject_is_not_its_first_person_alone():
    text = (
        "The vote was close.\n\n"
        "Mark Lowe, appointed in May, and the council's lawyer, Anna Berg, said 40 homes would go."
    )
    assert _speaker_of(text, 40) != "Mark Lowe"
