"""
Mend of revisions45: the reviewer's HIGH finding and the MEDIUM ones mended (/work/notes/findings_revisions45.md):
a rating names only the figure it governs, each inserted figure takes its own deleted one, a scale or a unit after a
marker (or only in the deleted words) is the inserted figure's, the speaker is read from the draft as it now reads,
a rating scale's top is no figure, an approval rating is a share, a deletion of whole sentences is one
piece, and a number that is now a rate or a difference is no count. Pages are made up.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

LEAD = "Staff reporter\n\nThe town has published its latest figures.\n\n"


def _mentions(text: str, lead: str = LEAD):
    return extract(clean_text(lead + text))


def _claims(text: str, lead: str = LEAD):
    return [(m.value, m.unit, m.previous_value) for m in _mentions(text, lead)]


# HIGH 1: "rating agency" (or any "rating" early in a sentence) makes "rating" the unit of a later bare figure,
# even when the sentence names a later head ("population", "losses") or the page carries a currency
def test_rating_agency_lends_no_unit_to_other_figures():
    assert (Decimal(4200000), "people") in [
        (v, u) for v, u, _ in _claims("Moody's, the rating agency, said the region's population was 4.2 million.")
    ]
    assert all(
        unit != "rating"
        for _, unit, _ in _claims("The credit rating agency said the bank's losses were expected to reach 450 million.")
    )
    page_lead = (
        "Debt agency cuts Norland's outlook\n\nBy Priya Menon\n\n"
        "Norland's government borrowed £38 billion last year, up from £31 billion the year before.\n\n"
    )
    claims = _claims("The rating agency warned that the deficit could reach 40 billion by 2028.", page_lead)
    assert all(unit != "rating" for value, unit, _ in claims if value == Decimal(40_000_000_000))
    assert all(
        unit != "rating"
        for _, unit, _ in _claims("S&P cut the country's rating to BBB-, citing debts of 1.2 trillion.", page_lead)
    )


# MEDIUM 1: several figures replaced at once: each inserted figure takes the first deleted figure as its previous value
def test_each_inserted_figure_takes_its_own_deleted_figure():
    claims = _claims("The draft says [deleted: 20 officers and 4 vans] [inserted: 25 officers and 6 vans] will patrol.")
    assert (Decimal(6), "vans", Decimal(4)) in claims
    claims = _claims(
        "The board will have [deleted: 9 members, 3 of them elected] [inserted: 11 members, 5 of them elected]."
    )
    assert all(previous != Decimal(9) for value, _, previous in claims if value == Decimal(5))


# MEDIUM 2: a scale word or "per cent" printed after the closing bracket is lost (the bracket is blanked to a space,
# leaving two spaces the readers do not cross)
def test_a_scale_or_per_cent_after_the_marker_is_read():
    claims = _claims("The cap is [deleted: 2] [inserted: 3] million pounds.")
    assert (Decimal(3_000_000), "pounds", Decimal(2_000_000)) in claims
    claims = _claims("The grant rises to [deleted: 1.2] [inserted: 1.5] billion euros.")
    assert any(value == Decimal(1_500_000_000) and unit == "euros" for value, unit, _ in claims)
    claims = _claims("The levy is set at [inserted: 3] per cent of turnover.")
    assert (Decimal(3), "percent", None) in claims


# MEDIUM 3: the unit stood only in the deleted words: the inserted figure is lost (base read 28 pupils)
def test_an_inserted_figure_whose_unit_was_deleted_is_kept():
    claims = _claims("The school will take [deleted: 30 pupils] [inserted: 28] in each class.")
    assert any(value == Decimal(28) for value, _, _ in claims)


# MEDIUM 4: a deletion that holds a full stop is split across sentences and its figures read as claims
def test_a_deletion_of_whole_sentences_is_no_claim():
    claims = _claims("The fee is 50 florins. [deleted: The fine is 80 florins. Appeals cost 20 florins.]")
    assert (Decimal(50), "florins", None) in claims
    assert all(value not in (Decimal(80), Decimal(20)) for value, _, _ in claims)


# MEDIUM 5: the speaker is read from the sentence as printed, markers and deleted words included
def test_the_speaker_is_read_from_the_draft_as_it_now_reads():
    for text in (
        "[deleted: The minister] [inserted: Officials] said 40 staff would go.",
        "The fee will rise to £60, [deleted: said the mayor].",
    ):
        for mention in _mentions(text):
            assert mention.speaker is None or not any(c in mention.speaker for c in "[]"), (text, mention.speaker)


# MEDIUM 6: "rating of 4.5 out of 5": the scale's top is taken as a second rating
def test_the_top_of_a_rating_scale_is_no_rating():
    claims = _claims("The hotel's rating of 4.5 out of 5 was the highest in the city.")
    assert all(value != Decimal(5) for value, _, _ in claims)


# MEDIUM 7: a bare approval rating is counted in "rating", not per cent
def test_a_bare_approval_rating_is_a_share():
    claims = _claims("His approval rating was 41, down from 44 in May.")
    assert all(unit == "percent" for value, unit, _ in claims if value == Decimal(41))
    claims = _claims("The governor's approval rating stood at 52 after the storm.")
    assert all(unit == "percent" for value, unit, _ in claims if value == Decimal(52))


# MEDIUM 8: "the number of X is now N per Y": a rate read as a count of X (a "per" inside the subject, "the number of
# pupils per teacher is now 23", stays the plural: the development sets count "the number of container moves per crane
# per hour to 19" in moves)
def test_a_number_that_is_now_a_rate_is_no_count():
    for text, value in (
        ("The number of nurses is now 9 per ward.", Decimal(9)),
        ("The number of cases is now 12 per 100,000.", Decimal(12)),
    ):
        claims = _claims(text)
        assert all(unit not in ("nurses", "cases", "pupils") for v, unit, _ in claims if v == value), (text, claims)


# MEDIUM 9: "the number of X is now N more than in 2019": a difference read as the level of X
def test_a_number_that_is_now_n_more_is_no_level():
    for text in (
        "The number of homeless families is now 2,000 more than in 2019.",
        "The number of homeless families is now 2,000 above last year's level.",
    ):
        claims = _claims(text)
        assert (Decimal(2000), "families", None) not in claims, (text, claims)
