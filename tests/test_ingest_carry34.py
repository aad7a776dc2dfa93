"""
Round 34 (carry): figures whose sentence names no one, given to the source the page says they come from: a data
story's findings to the analysis its opening rests on ("an Orlmoor Today analysis of ... shows").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(m.speaker for m in extract(clean_text(text)) if m.value == value)


DATA_STORY = (
    "Some 4,120 lorries crossed the Tessel bridge in the week to Sunday, up from 2,980 a year earlier, an Orlmoor "
    "Today analysis of toll records from the bridge authority shows.\n\n"
    "Foreign lorries made up 37 percent of the crossings.\n\n"
    "The bridge authority said it had repaired 14 joints since March.\n\n"
    '"We have never been busier," said its manager, Ines Dorr.\n\n'
    "Night crossings rose by a fifth, to 910."
)


def test_a_data_storys_finding_is_the_analysts_after_its_lead():
    assert _speaker_of(DATA_STORY, Decimal(37)) == "Orlmoor Today"


def test_a_data_storys_finding_stays_the_analysts_after_another_source_is_quoted():
    assert _speaker_of(DATA_STORY, Decimal(910)) == "Orlmoor Today"


def test_a_source_named_in_the_data_story_keeps_its_own_figure():
    assert _speaker_of(DATA_STORY, Decimal(14)) != "Orlmoor Today"


def test_a_story_with_no_analysis_in_its_opening_gives_the_finding_no_analyst():
    text = DATA_STORY.replace(", an Orlmoor Today analysis of toll records from the bridge authority shows", "")
    assert _speaker_of(text, Decimal(37)) is None


# A list after a colon: its lead-in names who gives it ("Lists with the unit given once")
LISTED = (
    "The count in Marrowdene went on past midnight.\n\n"
    "The returning officer, Edda Voskuil, read out the totals: Anselm Hart 4,210 votes, Rina Obel 3,904 and "
    "Tomas Wray 1,377. Spoilt papers numbered 58.\n\n"
    "The fee schedule, as set out by the harbour board: Yachts pay 42 krells a night. Trawlers pay 18 krells."
)


def test_a_list_after_a_colon_is_its_readers():
    assert _speaker_of(LISTED, Decimal(3904)) == "Edda Voskuil"


def test_a_list_set_out_by_a_body_is_that_bodys_through_its_paragraph():
    assert (_speaker_of(LISTED, Decimal(18)) or "").removeprefix("the ") == "harbour board"


def test_a_colon_whose_lead_in_names_no_one_gives_the_list_to_no_one():
    text = "Prices at the quay this week: Cod 7.80 krells a kilo. Hake 5.10 krells."
    assert _speaker_of(text, Decimal("5.10")) is None
