"""
"Label: figure" lines whose unit is the label's head noun or is set on the figure (issue 14, session 40). Made-up
pages read through clean_text and extract as an import does:

- a numbered section heading over a list set off by dashes ("1. Summary" then "- Fatal accidents: 2") heads the
  list and is no item of it, so the list of labelled figures is the article's;
- a slide's or a spec sheet's list of labelled figures is kept though some items are worded past a bare "Label:
  figure" ("Dividend: at least 0.42 tallers a share for 2026", "2.9 million mobile customers"), its date field not;
- a measure set on its figure ("214g", "5,200mAh", "6.7in", "50MP", "20GB") is the figure's unit, and names no body
  a later "it" could stand for;
- a figure's earlier value in brackets after it ("27,560 (revised from 24,900 after ...)") is its previous value;
- a label's rate ("Average classifications per image: about 243") is the unit;
- a label with a cue in brackets ("Revenue 2026 (expected): 2.6 billion") names no speaker.
- a label whose participle names whom it was told to ("Incidents reported to the agency: 23 hose failures") names
  no speaker: its figure is the page's owner's, as its other fields are.
- a line of several fields, as minutes head their record ("Present: 47 members. Apologies: 6."), is a block of
  fields of its own.

Near misses stay out: a timeline labelled by dates ("- 2024: 148 million"), a weather box ("12C"), fields that are
a reference, an age, a time or a page ("Ref: 4471", "Age: 47", "Kick-off: 3pm", "Page: 2"), a list of headlines,
and a standard's name ("3G handsets").
"""

import pytest

from ingest.extraction import clean_text, extract

HEAD = (
    "THE ORLEN GAZETTE\nHome | News | Business | Sport | Sign in\n\n"
    "Orlen figures: what the documents show\n\nBy Ada Vell, Data Reporter\nMonday 7 December 2026, 07:00\n\n"
    "The documents were published on Monday and we print their main lines below, with our notes after them.\n\n"
)
BODY_AFTER = (
    "\n\nMembers said the figures showed the river wards had waited longest. The board will publish a fuller "
    "plan in the spring, after the tenants' groups have been asked, a spokesman said.\n\n"
    "The union said it had asked for the figures to be split by site, and that it would keep its own count.\n\n"
)
TAIL = "Most read\n- Bridge closes for repairs\n- Bus fares rise\n(c) 2026 Orlen Gazette Ltd"


def _found(block: str) -> dict[str, tuple[str, str | None]]:
    """Each figure found in the block, by its words, with its unit and previous value."""
    text = clean_text(HEAD + block + BODY_AFTER + TAIL)
    return {
        m.figure: (m.unit, None if m.previous_value is None else f"{m.previous_value:f}".rstrip("0").rstrip("."))
        for m in extract(text)
        if m.value is not None and m.quote in block
    }


def _units(block: str) -> set[str]:
    return {unit for unit, _ in _found(block).values()}


# -- 1. a numbered heading over a list of labelled figures ----------------------------------------------------------
@pytest.mark.parametrize(
    ("item", "unit"),
    [
        ("Fatal accidents: 2 (both at surface quarries).", "accidents"),
        ("Inspections carried out: 1,204, against a planned 1,350.", "inspections"),
        ("Falls of ground underground: 26, the highest total since 2019.", "falls"),
        ("Boxes sold: 2,870", "boxes"),
    ],
)
@pytest.mark.parametrize("number", ["1. Summary", "2) Main figures"])
def test_it_reads_a_dashed_list_under_a_numbered_heading(number, item, unit):
    block = f"{number}\n- {item}\n- Vessels landing: 11\n{number[0]}1. Notes\nThe figures are provisional."
    assert unit in _units(block)


# -- 2. a slide's list of labelled figures ---------------------------------------------------------------------------
SLIDE = (
    "Slide 3: Where we are\n"
    "- 2.9 million mobile customers\n"
    "- Switch-off date: March 2027\n"
    "- Staff: 7,800\n"
    "- Dividend: at least 0.42 tallers a share for 2026\n"
    "- Core profit guidance raised to 880 million tallers"
)


@pytest.mark.parametrize(
    ("figure", "unit"),
    [
        ("2.9 million mobile customers", "customers"),
        ("7,800", "staff"),
        ("at least 0.42 tallers", "tallers"),
        ("880 million tallers", "tallers"),
    ],
)
def test_it_keeps_a_slides_list_of_labelled_figures(figure, unit):
    assert _found(SLIDE)[figure][0] == unit


def test_it_leaves_a_slides_date_field_out():
    assert not any("March 2027" in m.quote for m in extract(clean_text(HEAD + SLIDE + BODY_AFTER + TAIL)))


# -- 3. a measure set on its figure -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("item", "unit"),
    [
        ("Weight: 214g", "g"),
        ("Battery: 5,200mAh", "mah"),
        ("Screen: 6.7in, 120Hz refresh", "in"),
        ("Cameras: 50MP main, plus wide and zoom", "mp"),
        ("Storage: 256GB", "gb"),
    ],
)
def test_it_reads_a_measure_set_on_its_figure(item, unit):
    block = f"Specifications (as supplied by Skyvane)\n- {item}\n- Software updates: promised for 6 years"
    assert unit in _units(block)


def test_it_names_no_body_after_a_measure_set_on_a_figure():
    text = clean_text(
        HEAD + "Specifications\n- Cameras: 50MP main\n- Weight: 214g\n\n"
        "When Skyvane launched the phone it asked 999 tallers. This week it cut the price to 849 tallers, a drop of "
        "15 per cent, and that changes the sums." + BODY_AFTER + TAIL
    )
    assert all(m.speaker != "MP" for m in extract(text))


# -- 4. an earlier value in brackets, a rate, a cue in brackets ----------------------------------------------------
FIELDS = (
    "THE PROJECT IN NUMBERS\n"
    "Volunteers registered: 38,412\n"
    "New craters catalogued: 27,560 (revised from 24,900 after duplicates were removed)\n"
    "Hours available: 6,200 (raised from 5,500 after a successful launch)\n"
    "Average classifications per image: about 243"
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("27,560", ("craters", "24900")),
        ("6,200", ("hours", "5500")),
        ("about 243", ("classifications per image", None)),
    ],
)
def test_it_reads_a_fields_block(figure, expected):
    assert _found(FIELDS)[figure] == expected


def test_it_names_no_speaker_for_a_label_with_a_cue_in_brackets():
    block = "Slide 3: Where we are\n- Revenue 2026 (expected): 2.6 billion tallers\n- Staff: 7,800"
    mentions = [m for m in extract(clean_text(HEAD + block + BODY_AFTER + TAIL)) if m.quote in block]
    assert mentions and all(m.speaker is None for m in mentions)


# -- guards ------------------------------------------------------------------------------------------------------
def test_it_leaves_a_timeline_labelled_by_dates_out():
    block = (
        "Line 3: how the cost grew\n- 2024: 148 million (approved budget)\n- May 2028: 212 million (revised budget)\n"
        "- 11 October 2028: 231 million (forecast)"
    )
    assert _found(block) == {}


def test_it_leaves_a_weather_box_out():
    text = clean_text(
        "THE ORLEN GAZETTE | SPORT\nWeather at Castle Road: 12C, dry, wind 20 km/h\n\n" + HEAD[19:] + BODY_AFTER
    )
    assert not any(m.figure == "12C" for m in extract(text))


@pytest.mark.parametrize("field", ["Ref: 4471", "Age: 47", "Kick-off: 3pm", "Page: 2", "Date: 14 May 2026"])
def test_it_leaves_a_field_that_counts_nothing_out(field):
    block = f"Match details\n- {field}\n- Tickets sold: 4,120"
    found = _found(block)
    assert "4,120" in found
    assert not any(field.split(": ")[1].startswith(figure.split()[0]) for figure in found if figure != "4,120")


def test_it_leaves_a_list_of_headlines_out():
    block = "Elsewhere\n- Budget 2027: councils brace for cuts\n- Election 2026: the results in full"
    assert _found(block) == {}


def test_it_counts_no_standard_by_its_number():
    text = clean_text(
        HEAD
        + "The operator said 210,000 customers were still using 3G handsets, a figure it gave on Monday."
        + BODY_AFTER
        + TAIL
    )
    assert not any(m.value == 3 for m in extract(text))


# -- 5. a line of several fields, as minutes head their record ---------------------------------------------------
MINUTES_HEAD = (
    "ORLEN ANGLERS' CLUB LTD\nMinutes of the 12th Annual General Meeting\nClub House, 13 October 2027, 19:00\n"
)


@pytest.mark.parametrize(
    ("line", "figure", "unit"),
    [
        ("Present: 47 members. Apologies: 6. In the chair: Ada Vell.", "47 members", "members"),
        ("Present: 47 members. Apologies: 6. In the chair: Ada Vell.", "6", "apologies"),
        ("Boats entered: 31. Anglers: 88. Judge: Tom Hale.", "31", "boats"),
    ],
)
def test_it_reads_a_line_of_fields(line, figure, unit):
    assert _found(MINUTES_HEAD + line + "\nItem 1. Minutes of the last meeting")[figure][0] == unit


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 14:02. Reading time: 4 min.",
        "Ref: 4471. Page: 2.",
        "Present: Ada Vell (Chair), Tom Hale. Apologies: Ines Roe.",
    ],
)
def test_it_leaves_a_line_of_fields_that_counts_nothing_out(line):
    assert _found(MINUTES_HEAD + line + "\nItem 1. Minutes of the last meeting") == {}


# -- findings_fields40: a field that numbers a thing, not counts it, rides along in no line of fields -------------
@pytest.mark.parametrize(
    ("line", "figures"),
    [
        ("Present: 12 councillors. Room: 4. Clerk: Ada Vell.", {"12 councillors": "councillors"}),
        ("Present: 12 councillors. Apologies: 2. Agenda item: 7.", {"12 councillors": "councillors", "2": "apologies"}),
        ("Trains cancelled: 42. Platform: 4. Line: Northern.", {"42": "trains"}),
    ],
)
def test_it_leaves_a_numbering_field_of_a_line_of_fields_out(line, figures):
    found = _found(MINUTES_HEAD + line + "\nItem 1. Minutes of the last meeting")
    assert {figure: unit for figure, (unit, _) in found.items()} == figures


# a revised or provisional marker set on a figure is no standard's letter, and a capital unit set on its figure is
# a measure ("500L"), not a standard's name
@pytest.mark.parametrize(
    ("block", "figure", "unit"),
    [
        ("The board recorded 318R injuries and 2 deaths in the quarter, it said.", "318", "injuries"),
        ("- Reportable injuries: 318R\n- Fatal accidents: 2\n- Inspections carried out: 1,204", "318", "injuries"),
        ("- Deaths: 14P\n- Births: 2,310\n- Marriages: 640", "14", "deaths"),
    ],
)
def test_it_reads_a_figure_with_a_revision_marker(block, figure, unit):
    found = {m.value: m.unit for m in extract(clean_text(HEAD + block + BODY_AFTER + TAIL)) if m.value is not None}
    assert found[int(figure)] == unit


@pytest.mark.parametrize("item", ["Tank: 500L", "Supply: 400V", "Lamp: 60W"])
def test_it_keeps_a_capital_unit_set_on_its_figure(item):
    block = f"- {item}\n- Pumps: 4\n- Homes served: 120"
    assert item.split(": ")[1] in _found(block)


@pytest.mark.parametrize("standard", ["3G", "4G", "5G", "3D", "5g", "4g"])
def test_it_counts_no_standard_in_either_case(standard):
    text = clean_text(HEAD + f"The operator now has 40 {standard} masts in Orlen, it said." + BODY_AFTER + TAIL)
    assert not any(m.unit == "g" or m.value == int(standard[0]) for m in extract(text))


def test_it_leaves_a_rating_of_a_slides_list_out():
    block = "- Top speed: 155mph\n- Seats: 5\n- Euro NCAP: 5 stars"
    assert "5 stars" not in _found(block)


@pytest.mark.parametrize("item", ["Storage: 2KB", "Capacity: 900MW", "Storage: 2kB", "Tank: 500L"])
def test_it_reads_every_glued_unit_a_data_line_takes(item):
    block = f"- {item}\n- Pumps: 4\n- Homes served: 120"
    assert item.split(": ")[1] in _found(block)


# -- fix40b: a participle's label may name whom it was told to; its first word is what is counted, no speaker --------
REGISTER_HEAD = (
    "The Orlen Gazette | Motoring | Recalls\nSign in | Subscribe\n\nRecall register: Vell Arrow fuel pump\n"
    "We reprint the Road Safety Board's register entry for the Arrow recall as it stood on Thursday.\n\n"
    "By Ada Vell, Roads Correspondent\nFriday 4 December 2026, 12:30\n\nROAD SAFETY BOARD - RECALL REGISTER\n\n"
    "Recall reference: R/2026/0311\nMake: Vell\nVehicles affected: 12,400 (revised from 9,800)\n"
)
REGISTER_TAIL = (
    "\nRemedy: Dealers will replace the pump free of charge.\n\nOUR NOTES\n\n"
    "The entry now covers two versions of the Arrow, the board said.\n\n(c) 2026 Orlen Gazette Ltd"
)


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("Incidents reported to the board: 23 pump failures (revised from 17); 2 fires.", "23 pump failures"),
        ("Incidents reported to the board: 23 pump failures (revised from 17); 2 fires.", "2 fires"),
        ("Complaints referred to the board: 41.", "41"),
        ("Faults notified to the board by dealers: 31.", "31"),
    ],
)
def test_it_gives_a_labels_figure_told_to_a_body_to_the_pages_owner(line, figure):
    text = clean_text(REGISTER_HEAD + line + REGISTER_TAIL)
    speakers = {m.figure: m.speaker for m in extract(text) if m.quote in line}
    assert speakers[figure] == "Road Safety Board"


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("Police reported 23 arrests in the town centre on Friday.", "Police"),
        ("Police said on Friday: 23 arrests were made in the town centre.", "Police"),
        ("The agency reported to ministers that 23 arrests had been made.", "agency"),
    ],
)
def test_it_keeps_a_source_that_reports_in_prose(block, speaker):
    mentions = [m for m in extract(clean_text(HEAD + block + BODY_AFTER + TAIL)) if m.quote in block]
    assert mentions and all(speaker in (m.speaker or "") for m in mentions)


def test_it_names_no_label_for_a_field_whose_figure_was_reported():
    block = "- Ministry: 23 arrests were reported.\n- Crimes reported to police: 412\n- Stations open: 6"
    mentions = [m for m in extract(clean_text(HEAD + block + BODY_AFTER + TAIL)) if m.quote in block]
    assert mentions and not any(m.speaker in ("Ministry", "Crimes") for m in mentions)
