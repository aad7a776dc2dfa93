"""
Who says a figure in a reported story: a spokesperson for a body speaks as that body, named or described (session 24,
tests/ingest_labelling.md), and "he" or "she" after them is the same body; a body the page names only by a description
speaks by it; a decision a body takes with its own figure is the body's; an unnamed source's description holds the
parties it names.
"""

from tests.ingest_helpers import mentions


def _speaker_of(text: str, figure: str) -> tuple[str | None, bool]:
    found = next(m for m in mentions(text) if m.figure == figure)
    return found.speaker, found.speaker_anonymous


def test_it_gives_a_spokesman_for_a_named_body_to_the_body():
    text = "A spokesman for the Dravonian Grain Exporters Union said exports would fall to 20 million tonnes."
    assert _speaker_of(text, "20 million tonnes") == ("Dravonian Grain Exporters Union", False)


def test_it_gives_a_kind_s_spokeswoman_to_the_one_body_of_that_kind_named():
    text = (
        "The Ministry of Culture opened the archive in March. A ministry spokesman said the building cost "
        "14 million crowns."
    )
    assert _speaker_of(text, "14 million crowns") == ("Ministry of Culture", False)


def test_it_gives_a_spokesman_for_a_described_body_to_the_body_as_described():
    text = "A spokesman for the company that operates the works said a tank holding 12,000 cubic metres was planned."
    assert _speaker_of(text, "12,000 cubic metres") == ("company that operates the works", False)


def test_it_gives_the_pronoun_after_a_spokeswoman_to_the_body_she_speaks_for():
    text = (
        '"This is a lifeline," said Agnes Tulloch, who represents Skerra on the regional council.\n\n'
        "A spokeswoman for Northsound Ferries would not discuss the talks. She said the company had cut fares "
        "by 8 per cent in April."
    )
    assert _speaker_of(text, "8 per cent") == ("Northsound Ferries", False)


def test_it_gives_a_quotation_after_a_spokesman_to_the_body_he_speaks_for():
    text = (
        "A spokesman for the company that operates the works said a tank would be finished next spring. "
        '"We are spending 28 million crowns on this site," he said.'
    )
    assert _speaker_of(text, "28 million crowns") == ("company that operates the works", False)


def test_it_gives_a_body_named_by_a_restrictive_description_its_own_figure():
    text = "The union that represents most of the plant's workers says the true figure is closer to 340."
    speaker, anonymous = _speaker_of(text, "closer to 340")
    assert (speaker, anonymous) == ("union that represents most of the plant's workers", False)


def test_it_gives_a_spokesman_for_the_described_body_to_that_body():
    text = (
        "The union that represents most of the plant's workers says the true figure is closer to 340. "
        "A spokesman for the union said 85 per cent of the staff were members."
    )
    assert _speaker_of(text, "85 per cent")[0] == "union that represents most of the plant's workers"


def test_it_gives_a_body_s_vote_to_spend_to_the_body():
    text = "Sellany Borough Council voted on Thursday to spend 80,000 crowns on warning signs."
    assert _speaker_of(text, "80,000 crowns")[0] == "Sellany Borough Council"


def test_it_keeps_an_unnamed_source_s_description_whole_across_the_parties_it_names():
    text = (
        "Two people familiar with the talks between the company and the regional government, who spoke on condition "
        "of anonymity because negotiations are continuing, said Northsound had asked for a subsidy of 1.8 million "
        "crowns a year."
    )
    speaker, anonymous = _speaker_of(text, "1.8 million crowns")
    assert anonymous
    assert speaker is not None and speaker.startswith("Two people familiar with the talks")
