"""The newsroom's own voice: the outlet's name as its masthead gives it, carried beside the cleaned text."""

from ingest.cleaning import publisher
from ingest.extraction import clean_text, extract

PAGE = (
    "THE ORLBY COURIER\n"
    "Home | News | Sport | Opinion\n"
    "By Anna Reel\n"
    "The harbour board plans to close the north quay next spring, its chairman said on Monday.\n"
    "By our count, 412 boats used the quay last year.\n"
)


def test_the_masthead_travels_beside_the_cleaned_text_never_in_it():
    text = clean_text(PAGE)
    assert publisher(text) == "THE ORLBY COURIER"
    # the cleaned text is the source's snapshot: only the page's own lines, nothing written in
    assert all(line in PAGE.splitlines() for line in text.splitlines() if line)
    assert text.endswith("By our count, 412 boats used the quay last year.")


def test_a_stored_snapshot_is_told_its_outlet():
    found = [m for m in extract(str(clean_text(PAGE)), publisher="The Orlby Courier") if m.value == 412]
    assert [m.speaker for m in found] == ["The Orlby Courier"]


def test_no_masthead_kept_without_a_menu_under_it():
    text = clean_text("The harbour board plans to close the north quay next spring, its chairman said on Monday.\n")
    assert publisher(text) is None


def test_our_count_is_the_outlets_by_its_masthead():
    found = [m for m in extract(clean_text(PAGE)) if m.value == 412]
    assert [m.speaker for m in found] == ["THE ORLBY COURIER"]


def test_masthead_before_a_spaced_bar_or_colons_is_no_menu():
    from ingest.page_head import guess_masthead

    assert guess_masthead("Orlby Courier  ::  LIVE\nNews | Sport\n") == "Orlby Courier"
    assert guess_masthead("Orlby Radio News  |  LIVE\nNews | Sport\n") == "Orlby Radio News"


def test_masthead_initials_give_way_to_the_name_they_stand_for():
    from ingest.page_head import guess_masthead

    assert guess_masthead("ORN | Orlby Radio Network\nNews | Sport\n") == "Orlby Radio Network"
    assert guess_masthead("ORN | Sport\nNews | Sport\n") == "ORN"


def test_our_reporter_counted_is_the_outlets():
    page = PAGE.replace(
        "By our count, 412 boats used the quay last year.",
        ("Our reporter at the quay counted more than 40 boats waiting to unload."),
    )
    found = [m for m in extract(clean_text(page)) if m.value == 40]
    assert [m.speaker for m in found] == ["THE ORLBY COURIER"]


def test_the_paper_found_by_its_short_name_is_the_outlets():
    page = PAGE.replace(
        "By our count, 412 boats used the quay last year.",
        ("The Courier found berths offered for up to 900 crowns a month, against the official rate of 300 crowns."),
    )
    found = {m.value: m.speaker for m in extract(clean_text(page))}
    assert found[900] == "THE ORLBY COURIER"
    assert found[300] is None  # the background figure after the comma is no finding of the paper's


def test_a_papers_analysis_found_is_the_outlets():
    page = PAGE.replace(
        "By our count, 412 boats used the quay last year.",
        ("A Courier analysis of harbour logs for 9 quays found that landings fell by 14 per cent last year."),
    )
    found = {m.value: m.speaker for m in extract(clean_text(page))}
    assert found[14] == "THE ORLBY COURIER"


def test_the_paper_by_its_short_name_is_named_by_its_masthead():
    page = PAGE.replace(
        "By our count, 412 boats used the quay last year.", "The Courier reported that 41 boats used it."
    )
    found = {m.value: m.speaker for m in extract(clean_text(page))}
    assert found[41] == "THE ORLBY COURIER"


def test_the_papers_analysis_as_a_subject_is_the_outlet():
    page = PAGE.replace(
        "By our count, 412 boats used the quay last year.",
        ("A Courier survey of skippers shows 58 per cent want the quay kept open."),
    )
    found = {m.value: m.speaker for m in extract(clean_text(page))}
    assert found[58] == "THE ORLBY COURIER"
