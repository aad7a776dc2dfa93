"""
Corrections pages, as session 31's sets print them: a right figure with no noun of its own ("It was 268,000, not
286,000"), the outlet's own earlier report as a clause's subject
(tests/ingest_labelling.md, "Settled in session 30", "Settled in session 31").
"""

from ingest.extraction import clean_text, extract

PAGE = """THE TARNWICK POST | News | Sport | Weather
About us > Corrections

Corrections and clarifications

Compiled by Edda Lorne, Standards Editor

This week we published 5 corrections and received 88 complaints about accuracy.

FERRIES: Our report overstated the number of sailings cancelled. The operator says it was 41, not 44.

GALA: Our story on the swimming gala (4 May) gave the winning swimmer's score wrongly. It was 72.5, not 75.2.

MARKETS: Our business story said the bakery chain runs 212 shops. The figure is right, but excludes franchises.

SCHOOLS: Our education page said the college had 930 students. It has 890, the college says.

PARKS: Our report on the new park said it would open in June. It opens in July.

Edda Lorne, Standards Editor
"""


def _found(page: str) -> dict:
    return {(str(m.value.normalize()), m.unit): m.speaker for m in extract(clean_text(page)) if m.value is not None}


def test_it_counts_a_bare_right_figure_in_what_its_paragraph_said_was_wrong():
    found = _found(PAGE)
    assert found[("41", "sailings")] == "operator"
    assert ("44", "sailings") in found


def test_it_reads_a_score_put_right_in_points():
    found = _found(PAGE)
    assert found[("72.5", "points")] == "Edda Lorne"
    assert ("75.2", "points") in found


def test_it_gives_the_outlets_own_earlier_report_to_the_signer():
    assert _found(PAGE)[("212", "shops")] == "Edda Lorne"


CONFIRMED = """Corrections and clarifications

By Aud Lerche, Readers' Editor

Our farm report said the milk price was cut to 31 crowns a litre. That is right, but the cut came in May.

Clarification: our explainer said the bridge was 14 months late. The roads agency says it is 11 months late.
"""


def test_it_quotes_a_printed_figure_the_corrections_page_confirms_up_to_the_confirmation():
    (milk,) = [m for m in extract(clean_text(CONFIRMED)) if m.unit == "crowns"]
    assert milk.quote.endswith("That is right, but the cut came in May.")
    assert milk.speaker == "Aud Lerche"


def test_it_keeps_both_figures_of_an_item_headed_as_a_clarification():
    months = {str(m.value.normalize()): m for m in extract(clean_text(CONFIRMED)) if m.unit == "months"}
    assert months["14"].previous_value is None
    assert months["11"].previous_value is None
    assert months["11"].speaker == "roads agency"
