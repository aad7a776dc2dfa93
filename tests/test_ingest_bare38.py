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


# findings_bare38 (the review of round 38): a label's participle names no speaker, family details and a gallery's
# count are no claim, and a long block of fields is cleaned in one pass
MARINA = (
    "Harbour plan backed\n\n"
    "The harbour board backed plans for a new marina at Kessel on Tuesday after months of delay.\n\n"
    "Developer: Lodde Marine\n{field}\n\n"
    "The board's chair, Ilse Brandvik, said the marina would bring visitors back to the town.\n\n"
    "Local fishermen said they feared they would lose their moorings to the yachts.\n"
)


@pytest.mark.parametrize(
    ("field", "value", "unit"),
    [
        ("Jobs promised: 140", 140, "jobs"),
        ("Homes expected: 450", 450, "homes"),
        ("Cost estimated: £12 million", 12_000_000, "pounds"),
        ("Daily crossings expected: 3,500", 3500, "crossings"),
    ],
)
def test_a_labels_own_noun_before_its_participle_is_never_the_speaker(field, value, unit):
    found = [m for m in extract(clean_text(MARINA.format(field=field))) if m.value == Decimal(value)]
    assert [m.unit for m in found] == [unit]
    assert found[0].quote.startswith(field.split(":")[0])
    assert found[0].speaker is None or field.split()[0] not in found[0].speaker


@pytest.mark.parametrize(
    "block",
    [
        ["Born: 1941", "Spouse: Karl Lodde", "Children: 3", "Grandchildren: 7"],
        ["Name: Ana Lodde", "Age: 83", "Children: 2"],
        ["Married: Karl Lodde, 1966", "Sons: 2", "Daughters: 3"],
    ],
)
def test_family_details_in_a_profile_or_obituary_box_are_no_claim(block):
    text = (
        "Ana Lodde, teacher and campaigner, dies\n\n"
        "Ana Lodde, who ran the village school for thirty years, has died after a short illness.\n\n"
        + "\n".join(block)
        + "\n\nShe was known across the valley for her long fight to keep the school open.\n\n"
        "Her funeral will take place at the parish church on Friday morning.\n"
    )
    assert [(m.value, m.unit) for m in extract(clean_text(text))] == []


@pytest.mark.parametrize(
    "block", [["Pictured: Karl Lodde", "Gallery: 14 photos"], ["Photo: Karl Lodde", "Video: 14 clips"]]
)
def test_a_caption_or_gallery_line_is_no_field(block):
    text = (
        "Floods hit Kessel\n\n"
        "Floods hit the centre of Kessel on Sunday after the Varn burst its banks in the night.\n\n"
        + "\n".join(block)
        + "\n\nThe council said 40 homes had been flooded and that 12 families had been moved to a hotel.\n\n"
        "The Environment Agency said the river would stay high until Wednesday at least.\n"
    )
    assert Decimal(14) not in {m.value for m in extract(clean_text(text))}


def test_a_long_block_of_fields_is_read_in_one_pass(monkeypatch):
    from ingest import cleaning

    calls = {"n": 0}
    real = cleaning.is_prose

    def counted(line: str) -> bool:
        calls["n"] += 1
        return real(line)

    monkeypatch.setattr(cleaning, "is_prose", counted)
    intro = "Kessel council published its figures on Tuesday and we print them below in full."
    after = ["The council's leader said the figures showed the town growing again.", "The next count is in 2030."]
    for n in (1000, 8000):
        lines = [intro, *(f"Ward {i} residents: {i + 5}" for i in range(n)), *after]
        calls["n"] = 0
        kept = cleaning._labelled_fields(lines, len(lines))
        assert len(kept) == n
        assert calls["n"] <= 3 * len(lines)  # linear: a few looks at each line, not one per line below it


def test_a_share_in_brackets_does_not_override_a_label_that_is_a_verb():
    text = (
        "Kessel council approves new bridge plan\n\n"
        "Kessel council approved plans for a new footbridge over the Varn on "
        "Tuesday evening after a long debate.\n\nWard: Kessel General\nDied: 40 (3% of all admissions)\n\n"
        "The council's leader, Ilse Brandvik, said the bridge would open in the spring of next year.\n\n"
        "Opponents said they would keep campaigning against the plan and may seek a judicial review.\n"
    )
    assert "admissions" not in {m.unit for m in extract(clean_text(text)) if m.value == Decimal(40)}


@pytest.mark.parametrize(
    "block",
    [["Serves: 4", "Prep: 20 minutes", "Calories: 420"], ["Bedrooms: 3", "Bathrooms: 2", "Guide price: £450,000"]],
)
def test_a_recipes_or_a_homes_box_of_details_is_no_claim(block):
    text = (
        "Autumn stew to warm the week\n\nOur cook, Mira Hollen, has a stew for the colder nights this week.\n\n"
        + "\n".join(block)
        + "\n\nBrown the onions slowly in a heavy pan and then add the stock and the beans.\n\n"
        "Leave it to simmer for an hour, stirring now and then, and serve it with bread.\n"
    )
    assert [(m.value, m.unit) for m in extract(clean_text(text))] == []


def test_a_lead_in_in_which_someone_speaks_is_no_field_label():
    from ingest.speakers import find_reports

    assert [r.subject for r in find_reports("What we found: 17 of the 44 wells produced nothing.")] != []
    assert find_reports("Jobs promised: 140") == []
