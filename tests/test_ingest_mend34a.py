"""
Mends to round 34's units, deeds and carry rules (review34a): a vote tally or a price "passed" is no count of its
subject, "N of them" keeps the paragraph's count over a plural inside a clause, a list-giver is a named giver of
figures, an investigation named late is no data story's analyst, and an "As ... said" opening is an attribution.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

HEAD = "Harbour news\n\nBy Lena Marsh, Wexley Courier\n\n"


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(HEAD + text))]


def _units(text: str) -> list[tuple[Decimal | None, str]]:
    return [(value, unit) for value, unit, _ in _claims(text)]


def _speaker_of(text: str, value: Decimal) -> str | None:
    return next(speaker for found, _, speaker in _claims(text) if found == value)


# H1
def test_a_vote_tally_after_passed_is_no_count_of_the_subject():
    assert _units("The reforms passed 221 to 209 late on Thursday.") == []
    assert _units("The amendments passed 60 to 38 in the Senate on Tuesday.") == []


# M1
def test_a_price_or_sum_passed_is_no_count_of_the_subject():
    units = _units("Shares passed 400p on Monday, and profits passed 2 billion.")
    assert all(unit not in ("shares", "profits") for _, unit in units)
    units = _units("Average house prices have now passed 300,000 in the county, the agency said.")
    assert all(unit != "prices" for _, unit in units)


def test_a_level_passed_still_counts_a_plural_subject():
    assert _units("Bookings this year have passed 8,400, the campsite said.") == [(Decimal(8400), "bookings")]


# H2
def test_of_them_keeps_the_paragraphs_count_over_a_plural_after_a_preposition():
    text = (
        "The airline operated 300 flights on Friday. Crew members walked out over pay cuts and they cancelled "
        "40 of them."
    )
    assert (Decimal(40), "flights") in _units(text)


def test_of_them_keeps_the_paragraphs_count_over_a_plural_before_than_and_a_clause():
    text = (
        "The region has 40 care homes. The sector has fewer nurses than it needs, and 12 of them could close by spring."
    )
    assert (Decimal(12), "homes") in _units(text)


# M2
def test_a_capitalised_word_giving_no_figures_before_a_colon_is_no_lists_source():
    text = "Critics gave the plan a cold welcome: only 12 people turned up to the first meeting."
    assert _speaker_of(text, Decimal(12)) is None


# M3
def test_an_investigation_in_the_second_paragraph_claims_no_later_uncued_figure():
    text = (
        "Patients in Wexley are waiting longer than ever for surgery.\n\n"
        "Last month a Care Quality Commission investigation found that the trust had cancelled 300 operations.\n\n"
        '"We are doing everything we can," said chief executive Ann Bole, who said the trust had hired 40 nurses.\n\n'
        "The trust employs 5,200 staff across three sites.\n\n"
        "Waiting lists rose to 14,000 in October."
    )
    assert _speaker_of(text, Decimal(14000)) is None


# M4
def test_an_as_reported_opening_is_no_set_off_phrase_before_the_acting_body():
    assert _speaker_of("As reported by the Post last week, the council cut 30 jobs at the depot.", Decimal(30)) != (
        "council"
    )
    assert _speaker_of("As the mayor pointed out, the council cut 30 jobs last year.", Decimal(30)) != "council"
