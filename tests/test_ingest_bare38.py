"""
Round 38: a figure whose unit is its label before a colon, in a document's block of fields printed inside an
article ("Employer: Ostberg Rail" then "Number of votes cast: 1,912", "Signatures: 2,317 (closed ...)"): the
block's labelled figures are the article's when its prose goes on after the block, and a label "Number of X"
counts X ("Number of pupils on roll: 386": pupils).
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

INTRO = (
    "The Varnholt branch of the Rail and Harbour Union published its notice on Friday. We print it as it was published."
)
AFTER = (
    "The union's secretary, Ilse Brandvik, said the result was the clearest in its history.\n\n"
    "Ostberg Rail said it would meet the union next week."
)


def _page(block: list[str], *, intro: str = INTRO, after: str = AFTER) -> str:
    return "Union backs overtime ban at Ostberg Rail\n\n" + intro + "\n\n" + "\n".join(block) + "\n\n" + after + "\n"


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


# (the field lines, with the figure's line among them; value; unit)
FIELD_BLOCKS = {
    "ballot": (["Employer: Ostberg Rail", "Ballot reference: RHU-27-14", "Number of votes cast: 1,437"], 1437, "votes"),
    "ballot_first": (["Number of members balloted: 2,906", "Employer: Ostberg Rail"], 2906, "members"),
    "ballot_hedged": (["Employer: Ostberg Rail", "Number of ballot papers returned: about 1,380"], 1380, "papers"),
    "of_the": (["Depot: Kessel Yard", "Number of the drivers balloted: 412"], 412, "drivers"),
    "spoilt": (["Employer: Ostberg Rail", "Number of spoilt or invalid papers: 17"], 17, "papers"),
    "entitled": (["Employer: Ostberg Rail", "Number of individuals entitled to vote: 3,118"], 3118, "individuals"),
    "on_roll": (["Local authority: Varnholt", "Number of pupils on roll: 274", "Head: Ana Lodde"], 274, "pupils"),
    "total_number": (["Scheme: Harbour Wall", "Total number of objections: 63"], 63, "objections"),
    "plain_label": (["Title: Save the Kessel baths", "By: Mira Hollen", "Signatures: 2,317"], 2317, "signatures"),
    "label_bracket": (["Title: Save the Kessel baths", "Signatures: 1,904 (closed 3 March 2027)"], 1904, "signatures"),
    "share_in_brackets": (
        ["Employer: Ostberg Rail", "Number answering YES: 1,102 (78.4 per cent of valid votes)"],
        1102,
        "votes",
    ),
    "share_in_brackets_pct": (
        ["Scheme: Harbour Wall", "In favour: 388 (41% of all responses)"],
        388,
        "responses",
    ),
    "label_unit_after": (["Entries by class:", "Junior fours: 46 crews", "Senior eights: 38 crews"], 46, "crews"),
}


@pytest.mark.parametrize("shape", sorted(FIELD_BLOCKS))
def test_a_labelled_figure_in_a_block_of_fields_inside_the_article_is_kept_with_its_label_as_unit(shape):
    block, value, unit = FIELD_BLOCKS[shape]
    assert _units(_page(block)).get(Decimal(value)) == unit


@pytest.mark.parametrize("shape", ["ballot", "on_roll", "plain_label"])
def test_the_same_block_keeps_its_figure_under_another_speaker_and_wording(shape):
    block, value, unit = FIELD_BLOCKS[shape]
    intro = "Kessel Parish Council received the following on Monday, and we reproduce it below."
    after = (
        "A council spokesman said the matter would go to the March meeting.\n\n"
        "Residents of the village plan a public meeting at the hall on Thursday evening."
    )
    assert _units(_page(block, intro=intro, after=after)).get(Decimal(value)) == unit


# near misses: none of these figures is a claim, and none must turn into one
GUARDS = {
    # a reference number among the fields is no count
    "reference": (["Employer: Ostberg Rail", "Unique reference number: 118604"], 118604),
    "case_no": (["Employer: Ostberg Rail", "Case no.: 4471"], 4471),
    # a page's furniture: the comments count, the reading time
    "comments": (["Posted in: Local news", "Comments: 12"], 12),
    "reading_time": (["Filed under: Transport", "Reading time: 4 min"], 4),
    # a label in capitals heads a section; a fact-check's claim line is claim_line's to keep
    "capitals": (["Employer: Ostberg Rail", "TOTAL OVERTIME BANNED: 2,400 hours"], 2400),
    "capitals_bracket": (["Employer: Ostberg Rail", "TOTAL OVERTIME BANNED (all depots): 2,400 hours"], 2400),
    "claim": (["Fact check: Has the depot really hired new drivers?", "Claim 1: 120 new drivers"], 120),
    # a lone labelled figure with no field beside it
    "lone": (["Votes cast: 1,437"], 1437),
}


@pytest.mark.parametrize("shape", sorted(GUARDS))
def test_a_field_that_counts_nothing_or_stands_alone_gives_no_claim(shape):
    block, value = GUARDS[shape]
    assert Decimal(value) not in _units(_page(block))


def test_a_block_of_fields_under_the_story_with_no_prose_after_it_is_left_out():
    text = (
        "Union backs overtime ban at Ostberg Rail\n\n" + INTRO + "\n\n" + AFTER + "\n\n"
        "Employer: Ostberg Rail\nNumber of votes cast: 1,437\n"
    )
    assert Decimal(1437) not in _units(text)


def test_a_field_of_a_date_is_no_figure():
    block = ["Employer: Ostberg Rail", "Ballot closed: 15 February 2027"]
    assert Decimal(15) not in _units(_page(block))


def test_a_box_of_fields_before_the_page_furniture_is_left_out():
    text = (
        "Union backs overtime ban at Ostberg Rail\n\n" + INTRO + "\n\n" + AFTER + "\n\n"
        "Employer: Ostberg Rail\nNumber of votes cast: 1,437\n\n"
        "Rail news appears every Friday. Data supplied by the Rail and Harbour Union.\n"
    )
    assert Decimal(1437) not in _units(text)


def test_a_share_in_brackets_after_a_figure_in_prose_leaves_its_unit_alone():
    text = _page(
        ["Employer: Ostberg Rail"], after="The depot hired 46 drivers (12 per cent of all applicants) in May. " + AFTER
    )
    assert _units(text).get(Decimal(46)) == "drivers"
