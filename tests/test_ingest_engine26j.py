"""
A transcript's presenter, labelled by name alone ("NINA FALK:"), is the programme's own voice when their turn
welcomes the guests ("With me is ..."), thanks them at the end ("Petra Holm and Jan Moe, thank you both.") or is told
things as the programme ("told this programme"): their background figures have no speaker (tests/ingest_labelling.md,
transcripts), while the guests' figures stay the guests'.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_presenter_who_welcomes_a_guest_gives_background_to_no_one():
    text = (
        "NINA FALK: Good evening. The ferry to Storholm carries about 600 passengers a day in winter. With me is "
        "Oskar Lind, who runs the island's shop. Oskar, how bad has it been?\n\n"
        "OSKAR LIND: Bad. We have had no delivery for nine days, and our freezers hold food for 40 households.\n\n"
        "NINA FALK: And the harbour board?\n\n"
        "OSKAR LIND: They tell us it will be fixed soon. We have heard that since January.\n"
    )
    figures = _figures(text)
    assert (Decimal(600), "passengers", None) in figures
    assert (Decimal(40), "households", "Oskar Lind") in figures


def test_a_presenter_who_thanks_the_guests_gives_background_to_no_one():
    text = (
        "ELSA BRUN: The library in Hovik lends some 52,000 books a year, and the council wants to close it in June. "
        "Petra Holm, why close it?\n\n"
        "PETRA HOLM: Because we must save 1.2 million kroner, and the building needs a new roof.\n\n"
        "JAN MOE: We collected 2,300 signatures in a week. People here use it every day.\n\n"
        "ELSA BRUN: Petra Holm and Jan Moe, thank you both.\n"
    )
    figures = _figures(text)
    assert (Decimal(52000), "books", None) in figures
    assert (Decimal(2300), "signatures", "Jan Moe") in figures


def test_a_presenter_told_things_as_the_programme_gives_background_to_no_one():
    text = (
        "IDA NORD: The bridge at Ramsvik is 280 metres long and was built in 1968. An inspector, who asked us not to "
        "name him, told this programme the repairs are overdue. Minister?\n\n"
        "KARL VIK: We have set aside 90 million kroner for the bridge, and work starts in May.\n\n"
        "IDA NORD: Drivers say the queues are getting longer.\n\n"
        "KARL VIK: The queues will be shorter once the work is done.\n"
    )
    figures = _figures(text)
    assert (Decimal(280), "metres", None) in figures
    assert (Decimal(90000000), "kroner", "Karl Vik") in figures


def test_a_count_a_person_keeps_in_an_apposition_is_background():
    # "who keeps 300 goats" tells what the source owns; it is no act of keeping a figure at a level
    figures = _figures("Mia Holt, who keeps about 300 goats near Tarn, said 20 of them had died in the frost.")
    assert (Decimal(300), "goats", None) in figures
    assert (Decimal(20), "goats", "Mia Holt") in figures


def test_a_pronoun_closing_a_tests_finding_is_the_body_quoted_not_the_tests():
    text = (
        "The water agency said 90 private wells had been checked near Orsby. Tests confirmed arsenic in 12 of the "
        "wells, it said."
    )
    assert (Decimal(12), "wells", "water agency") in _figures(text)
