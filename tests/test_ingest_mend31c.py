"""
Mends of review31c's findings on session 31's merges (issue 14): a court report's earlier fine by another court and a
deadline the defendant set are no ruling of this judge ("Court report" in tests/ingest_labelling.md); a live post with a
labelled stamp line stands alone, and its history told in a dated past passive is no source's ("Live blog").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker_of(text: str, value: int) -> str | None:
    found = [m.speaker for m in extract(clean_text(text)) if m.value == Decimal(value)]
    assert found, f"no figure {value}"
    return found[0]


COURT_EARLIER_FINE = """Baker fined over rat droppings

A Dunholt baker has been fined 9,000 brels after inspectors found rat droppings in his kitchen.

Piet Aalto, 51, admitted breaching food hygiene rules at Ostmark District Court on Monday.

Judge Selma Rokk said the kitchen had not been cleaned for weeks.

The court heard that Aalto had been fined 1,400 brels by a court in Vennby in 2020 for a similar breach.
"""


def test_it_leaves_an_earlier_fine_by_another_court_to_no_one():
    assert _speaker_of(COURT_EARLIER_FINE, 1400) is None


COURT_OTHERS_DEADLINE = """Landlord fined over harassment

A Vennby landlord has been fined for harassing her tenants.

Judge Olaf Brenn heard that Tova Lind doubled the service charge on the building in May. "She wanted the flats
empty," the prosecutor said. She gave the tenants 10 days to pay the new charge before cutting off the water.

Lind was fined 4,000 brels.
"""


def test_it_keeps_a_deadline_after_another_speakers_quotation_off_the_judge():
    assert _speaker_of(COURT_OTHERS_DEADLINE, 10) is None


LIVE_LABELLED_STAMP = """Live: storm hits the coast

09:10 Norvik Ferries says 12 sailings have been cancelled this morning because of the wind.

09:25 - Video: waves at Haldby harbour
About 150 drivers have been waiting at Haldby port since dawn.
"""


def test_it_ends_a_live_post_at_a_stamp_line_with_a_label():
    assert _speaker_of(LIVE_LABELLED_STAMP, 150) is None


LIVE_HISTORY = """Live: storm hits the coast

09:10 The coastguard said 5 people were rescued from a yacht off Haldby.

The harbour wall was strengthened in 2009 at a cost of 7 million brels.
"""


def test_it_leaves_history_in_a_dated_past_passive_to_no_one_in_a_live_post():
    assert _speaker_of(LIVE_HISTORY, 7000000) is None


CORRECTIONS = """Corrections and clarifications

By Lena Hart, readers' editor

Our report on Thursday said 75 posts would be cut at the Vennby depot and quoted Rolf Aske as saying the depot would \
shut in 2028.

Our farming story on Friday said Ostmark Dairies has 820 cows. We have been told this figure is wrong and the dairy \
has 280 cows.

A profile of the Vennby Lions goalkeeper on Sunday said his weekly wage was 8,000 brels. The club says the number was \
wrong: his weekly wage is 6,500 brels.

Our report on Monday said Haldby Foods employs 930 staff at its Vennby site. The company has asked us to make clear \
that the site employs 390 staff, and that the figure we gave was its staff across the region.
"""


def _corrections() -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(CORRECTIONS.replace("\\\n", "")))]


def test_it_leaves_what_a_piece_printed_before_quoting_someone_in_the_signers_voice():
    assert (Decimal(75), "Lena Hart") in _corrections()


def test_it_revises_a_printed_figure_the_page_itself_calls_wrong():
    claims = _corrections()
    assert (Decimal(280), "Lena Hart") in claims
    assert not any(value == Decimal(820) for value, _ in claims)


def test_it_never_gives_a_printed_figure_to_the_piece_that_printed_it():
    assert not any((speaker or "").startswith("A profile") for _, speaker in _corrections())


def test_it_revises_a_printed_figure_a_request_to_make_clear_gives_again_in_full():
    assert not any(value == Decimal(930) for value, _ in _corrections())


def test_it_gives_a_report_in_a_clause_on_a_participles_agent_to_that_agent():
    text = "Bus fares\n\nAsked by commuters, who pointed out that fares had risen 18 per cent, the mayor was calm."
    assert _speaker_of(text, 18) == "commuters"
