"""A speaker given as a common noun is the body it stands for: the club named, the study's institute, the outlet."""

from decimal import Decimal

from ingest.extraction import extract


def _speaker_of(text: str, value: str) -> str | None:
    return next(m.speaker for m in extract(text) if m.value == Decimal(value))


def test_it_gives_the_researchers_figures_to_the_body_they_work_at():
    text = (
        "Researchers at the Ostrel Institute of Marine Science found that the bay had lost 40 per cent of its "
        "seagrass since 2010.\n\n"
        "At the current rate, the last beds could be gone within 15 years, the researchers said.\n"
    )
    assert _speaker_of(text, "15") == "Ostrel Institute of Marine Science"


def test_it_gives_the_study_to_the_body_whose_researchers_did_it():
    text = (
        "Researchers at the Ostrel Institute of Marine Science found that the bay had lost 40 per cent of its "
        "seagrass since 2010.\n\n"
        "The bay feeds about 70 per cent of the region's young cod, the study said.\n"
    )
    assert _speaker_of(text, "70") == "Ostrel Institute of Marine Science"


def test_it_gives_a_results_statement_to_the_company_whose_results_they_are():
    text = (
        "Tarrow Bikes, the scooter maker, reported a profit of 3.1 million crowns for the half year, the company said."
        "\n\n"
        "Its order book rose to 3,400 bikes, according to the results statement.\n"
    )
    assert _speaker_of(text, "3400") == "Tarrow Bikes"


def test_it_keeps_the_kind_when_the_page_names_no_body_of_it():
    text = "Roads were shut across the valley on Monday. The council said 40 roads were closed.\n"
    assert _speaker_of(text, "40") == "council"
