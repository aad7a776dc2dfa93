"""
Page forms the engine had not read before session 28, recognised as such pages are written: a fact-check's claim
line, whose quoted figure is the claimant's, and its section headings in capitals ("THE VERDICT:", "HOW WE
CHECKED:"), which name no one and so make no transcript of the page.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


FACT_CHECK = (
    "Fact check: is the harbour really dredged every year?\n\n"
    "By the Coastline Verify desk\n\n"
    'THE CLAIM: "We spend 14 million florins dredging the harbour every year." Agnes Wrede, port director, '
    "at a council hearing on 2 May.\n\n"
    "THE VERDICT: Mostly accurate. The port's accounts show dredging costs of about 12 million florins.\n\n"
    "That would be the lowest bill in 9 years.\n\n"
    "The port's accounts for 2026 put dredging at 12.4 million florins, up from 11.9 million a year earlier.\n\n"
    "The regional audit office said a further 1.8 million florins was paid from a separate fund.\n\n"
    "HOW WE CHECKED: We read the port's accounts and asked the audit office.\n"
)


def test_a_claim_line_gives_its_figure_to_the_one_named_after_the_quotation():
    assert _speakers(FACT_CHECK)[Decimal(14000000)] == "Agnes Wrede"


def test_section_headings_in_capitals_are_no_speakers_of_the_paragraphs_after_them():
    speakers = _speakers(FACT_CHECK)
    assert speakers[Decimal(1800000)] == "regional audit office"
    assert not {"The Claim", "The Verdict", "How We Checked"} & set(speakers.values())


SIGNED_CLAIM = (
    "Fact check: did the government build the homes it says?\n\n"
    "By Anna Berg, Verify desk\n\n"
    "CLAIM: 'We built 40,000 homes last year' - Ilse Marr, Prime Minister\n\n"
    "VERDICT: False.\n\n"
    "The housing agency says 31,200 homes were completed last year.\n"
)


def test_a_claim_line_signed_with_a_dash_is_kept_and_is_the_claimants():
    speakers = _speakers(SIGNED_CLAIM)
    assert speakers[Decimal(40000)] == "Ilse Marr"
    assert speakers[Decimal(31200)] == "housing agency"


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_shortfall_in_words_counts_what_the_sentence_counted_before():
    units = _units("The Liberal Party won 84 seats, five short of a majority in the chamber.")
    assert units[Decimal(5)] == "seats"
    units = _units("Her hat-trick took her to 27 goals, leaving her two shy of the league record.")
    assert units[Decimal(2)] == "goals"


def test_a_shortfall_of_a_majority_with_no_count_before_is_in_seats():
    assert _units("After the recount the coalition is still six short of an overall majority.")[Decimal(6)] == "seats"
