"""
Disputes and their figures (tests/ingest_labelling.md, "Denials and disputes"). The figure a disputer gives of its own
in a participle after its gainsaying verb ("The board rejected that, saying only 70 beds were closed") is asserted:
what the verb gainsays is the figure it takes up, not the one the disputer puts in its place.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _stances(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_figure_given_after_rejecting_that_is_asserted():
    text = (
        "The nurses' union said 140 beds had closed at Wexley General since May. The hospital board rejected that, "
        "saying only 70 beds were closed."
    )
    found = _stances(text)
    assert (Decimal(70), "hospital board", "asserts") in found


def test_a_figure_given_after_denying_a_report_is_asserted():
    text = "The ferry company denied the report on Tuesday, saying 35 sailings had been cancelled in March."
    assert (Decimal(35), "ferry company", "asserts") in _stances(text)


def test_a_named_figure_said_to_be_too_high_is_disputed():
    text = "The ferry operators said the port's figure of 4,200 crossings was far too high."
    assert (Decimal(4200), "ferry operators", "disputes") in _stances(text)


def test_a_figure_opening_a_quotation_called_wrong_is_disputed():
    text = (
        "The harbour board says 64 boats were damaged in the storm. "
        '"Sixty-four is simply wrong. We counted nine boats," said Mara Lindqvist, who chairs the anglers\' club.'
    )
    found = _stances(text)
    assert (Decimal(64), "Mara Lindqvist", "disputes") in found
    assert (Decimal(9), "Mara Lindqvist", "asserts") in found


def test_an_estimate_said_to_be_out_of_date_is_disputed():
    text = "The growers' union said the ministry's 12 per cent estimate was out of date."
    assert (Decimal(12), "growers' union", "disputes") in _stances(text)


def test_a_number_called_a_fairy_tale_is_disputed():
    text = 'Rebel commanders said 30 tanks had been destroyed near Ostrava. The army called the number "a fairy tale".'
    assert (Decimal(30), "army", "disputes") in _stances(text)


def test_a_figure_pointed_at_and_said_to_count_the_wrong_things_is_disputed():
    text = (
        "The transport office said 18,000 commuters had switched to the tram. "
        "Ilse Marken of the cyclists' group said the 18,000 includes people who were never cycling."
    )
    assert (Decimal(18000), "Ilse Marken of the cyclists' group", "disputes") in _stances(text)


def test_a_figure_said_to_leave_something_out_is_disputed():
    text = '"That 6 per cent figure leaves out the bonuses," a spokesman for the drivers said.'
    assert (Decimal(6), "a spokesman for the drivers", "disputes") in _stances(text)


def test_denying_a_part_counted_of_a_figure_denies_the_whole():
    text = (
        "The coastguard said 12 trawlers had been seized near the reef this month. It said three of them were "
        "foreign boats. The fishing ministry denied that."
    )
    denied = [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.speaker == "fishing ministry"]
    assert denied == [(Decimal(12), "fishing ministry", "denies")]


def test_a_figure_said_to_be_nowhere_near_the_truth_is_disputed():
    text = "The mill's owner said its losses were nowhere near the 80,000 crowns the auditors had given."
    assert (Decimal(80000), "mill's owner", "disputes") in _stances(text)


def test_a_figure_said_to_be_nothing_like_the_count_is_disputed():
    text = 'The harbour master said the queue of ships was "nothing like" 40 vessels.'
    assert (Decimal(40), "harbour master", "disputes") in _stances(text)


def test_saying_that_was_untrue_denies_the_figure_just_given():
    text = "A former driver said the depot had lost 30 buses to fire since 2020. The operator said that was untrue."
    assert (Decimal(30), "operator", "denies") in _stances(text)


def test_a_figure_after_the_gainsaid_object_is_the_disputers_own():
    text = (
        "The port authority disputed the shipping lines' estimate of 9 million crowns and put the cost of the "
        "closure nearer 5 million crowns."
    )
    assert (Decimal(5000000), "port authority", "asserts") in _stances(text)
