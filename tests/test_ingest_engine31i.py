"""
Corrections pages whose items open on a tag in capitals ("FERRIES: Our report said ..."): the tags name what each item
corrects, not who speaks it, so the page stays in its signer's voice; a source that asks the paper to make something
clear adds to a printed figure rather than replacing it; what an earlier piece quoted someone as saying is theirs
(tests/ingest_labelling.md, "Settled in session 30", "Settled in session 31").
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.mentions import Mention

PAGE = """THE ORLAND COURIER | News | Sport | Weather
About us > Corrections

Corrections and clarifications

This week we published 4 corrections and received 57 complaints, most of them about the flood coverage.

EASTERBY FIRE SERVICE: Our live blog on Monday said 130 homes had been flooded in Easterby. The Easterby Fire \
Service has told us the correct figure was 103.

HARL TRUST: In our interview with its curator, we said the museum holds 820 paintings. The Harl Trust has asked us to \
make clear that the figure included loans, and that it owns 610 paintings outright.

RESULTS: A transcript on 3 May recorded Ivo Grell, the finance director, as saying sales rose 6 per cent. Grell \
has told us that he misspoke.

ROWING: Our obituary said she won seven national titles. The Coastal Regatta has checked its records and \
says she won 9, not 7.

DUNMORE ROVERS: A report we carried on Friday quoted an agent as saying the striker earns 90,000 krons a week. Dunmore \
Rovers says that figure is wrong: his basic wage is 60,000 krons a week.

We aim to correct significant errors within 36 hours of being told about them.

Rhona Vell, Readers' Editor
"""


def _mentions(page: str) -> list[Mention]:
    return [m for m in extract(clean_text(page)) if m.value is not None]


def _of(value: str, unit: str, stance: str = "asserts") -> Mention:
    return next(m for m in _mentions(PAGE) if m.value == Decimal(value) and m.unit == unit and m.stance == stance)


def test_it_keeps_a_corrections_page_with_tagged_items_in_its_signers_voice():
    assert _of("4", "corrections").speaker == "Rhona Vell"
    assert _of("57", "complaints").speaker == "Rhona Vell"
    assert _of("36", "hours").speaker == "Rhona Vell"
    assert _of("103", "homes").speaker == "Easterby Fire Service"


def test_it_reads_a_source_asking_us_to_make_clear_as_a_clarification_not_a_revision():
    owned = _of("610", "paintings")
    assert owned.speaker == "Harl Trust"
    assert owned.previous_value is None
    assert _of("820", "paintings").speaker == "Rhona Vell"  # what "we said", not the item before's source


def test_it_gives_what_an_earlier_piece_quoted_someone_as_saying_to_them():
    assert _of("6", "percent").speaker == "Ivo Grell"


def test_it_gives_a_named_body_that_checked_its_records_and_says_its_figure():
    assert _of("9", "titles").speaker == "Coastal Regatta"


def test_it_keeps_a_printed_figure_a_source_calls_wrong_as_the_one_it_disputes():
    assert _of("90000", "krons", "disputes").speaker == "Dunmore Rovers"
    assert _of("60000", "krons").previous_value is None


def test_it_reads_pointed_out_that_as_its_subjects_report():
    text = (
        "Ferry fares will rise in April, the operator announced on Monday.\n\n"
        "The harbour master, Jens Aldo, pointed out that 14 sailings a week had been cancelled since January."
    )
    found = [m for m in extract(clean_text(text)) if m.value == Decimal("14")]
    assert [m.speaker for m in found] == ["Jens Aldo"]
