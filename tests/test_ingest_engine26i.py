"""
A statistic a body's release gives, broken down by a place or a group the sentence opens on, told with no reporting
verb of its own, is the body's (tests/ingest_labelling.md, "Statistics release"), and so is the same statistic for
another place set against it in the sentence. After a place's name and a comma only a share is taken as the
statistic.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


RELEASE = (
    "Almost one adult in five in the region now smokes, according to figures published on Monday by the Dunmarrow "
    "Health Survey Unit.\n\n"
    "Interviewers called at homes over the winter.\n\n"
)


def test_a_share_for_a_named_place_and_the_place_set_against_it_are_the_releases():
    text = RELEASE + "In Corrin Vale's old mill district, 31 per cent of adults smoke, against 9 per cent in Lessing."
    unit = "Dunmarrow Health Survey Unit"
    assert _claims(text)[-2:] == [(Decimal(31), "percent", unit), (Decimal(9), "percent", unit)]


def test_a_share_for_a_named_place_is_the_releases():
    text = RELEASE + "In Harlow Cross, 27 per cent of adults still smoke."
    assert _claims(text)[-1] == (Decimal(27), "percent", "Dunmarrow Health Survey Unit")


def test_a_place_compared_with_a_named_place_is_the_releases():
    text = RELEASE + "In Harlow Cross's estates, about 29 per cent smoke, compared with 12 per cent in Lessing."
    unit = "Dunmarrow Health Survey Unit"
    assert _claims(text)[-2:] == [(Decimal(29), "percent", unit), (Decimal(12), "percent", unit)]


ACCOUNTS = (
    "The Harrowdene Rowing Club made a loss of 38,000 skellars last year, its annual accounts show.\n\n"
    "Membership fees rose 4 per cent to 212,000 skellars.\n\n"
)


def test_an_income_line_by_its_source_in_a_results_story_is_the_bodys():
    text = ACCOUNTS + "Regatta entries brought in 61,000 skellars, about a fifth of income."
    club = "Harrowdene Rowing Club"
    assert _claims(text)[-2:] == [(Decimal(61000), "skellars", club), (Decimal(20), "percent", club)]


def test_income_a_source_generated_in_millions_is_the_bodys():
    text = ACCOUNTS + "Boat hire generated 1.2 million skellars."
    assert _claims(text)[-1] == (Decimal(1200000), "skellars", "Harrowdene Rowing Club")


def test_a_bare_report_whose_verb_follows_a_clause_set_off_speaks_for_its_body():
    text = (
        "Bin lorries in Oakhallow missed 1,400 collections last year, a council report shows.\n\n"
        "Crews blamed narrow streets and parked cars.\n\n"
        "The report, which councillors will see next month, says the average delay was three days."
    )
    assert _claims(text) == [(Decimal(1400), "collections", "council"), (Decimal(3), "days", "council")]


def test_the_same_figures_speak_for_the_body_whose_figures_they_are():
    text = (
        "Bin lorries missed 1,400 collections last year, according to a report by Oakhallow Borough Council.\n\n"
        "Crews blamed narrow streets and parked cars.\n\n"
        "According to the same figures, nearly a quarter of the missed collections were in Fernbrook."
    )
    assert _claims(text)[-1] == (Decimal(25), "percent", "Oakhallow Borough Council")
