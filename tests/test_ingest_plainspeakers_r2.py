"""
Who gives a plain figure told with no reporting verb: a body's own act with its own figure is the body speaking
(tests/ingest_labelling.md, session 23, "A body's own act"), in the future tense as in the past, and when its
committee, cabinet or councillors take the decision in its name.
"""

from tests.ingest_helpers import mentions


def _speaker_of(text: str, figure: str) -> str | None:
    return next(m.speaker for m in mentions(text) if m.figure == figure)


def test_it_gives_a_body_s_future_act_after_an_opening_from_june_to_the_body():
    text = (
        "Velsary Ferry Company (VFC) runs the Bramwick route. From June the VFC will charge 3.40 dallins a metre "
        "of vehicle length, up from 2.90 dallins."
    )
    assert _speaker_of(text, "3.40 dallins") == "Velsary Ferry Company"


def test_it_gives_what_a_body_will_do_to_its_figure_to_the_body():
    text = "The Castelmor Bus Company is cutting its night network. The company will run 8 night routes, down from 14."
    assert _speaker_of(text, "8 night routes") == "The Castelmor Bus Company"


def test_it_gives_what_a_body_is_to_do_to_its_figure_to_the_body():
    text = "The Royal Ostmark Museum is to return 212 bronze and ivory objects taken from Kesseria in 1887."
    assert _speaker_of(text, "212 bronze and ivory objects") == "Royal Ostmark Museum"


def test_it_gives_a_body_s_committee_deciding_on_a_given_evening_to_the_body():
    text = (
        "Tarrowgate City Council runs the market hall. The council's markets committee voted on Thursday evening to "
        "raise stall rents by 12 per cent from April."
    )
    assert _speaker_of(text, "12 per cent") == "Tarrowgate City Council"


def test_it_gives_a_committee_s_decision_told_with_its_tally_to_the_body():
    text = (
        "Tarsholm Regional Council runs school transport. The council's education committee voted 7-4 on Tuesday to "
        "raise the qualifying distance to 4.8 kilometres."
    )
    assert _speaker_of(text, "4.8 kilometres") == "Tarsholm Regional Council"


def test_it_gives_councillors_acting_to_the_council_named():
    text = (
        "Kelbridge County Council approved its budget on Tuesday. Councillors also agreed to set aside 5 million "
        "dravits for road repairs."
    )
    assert _speaker_of(text, "5 million dravits") == "Kelbridge County Council"
