"""
Disputes that take up a figure just given without repeating it (tests/ingest_labelling.md, "Denials and disputes"):
"X rejected that" opening the paragraph after the one that gave the figure, even when that paragraph ends in a
quotation with no figure; "disputed that comparison", "denied this"; and "did not confirm the figure of 40".
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _disputes(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.stance in ("disputes", "denies")]


def test_rejected_that_takes_up_the_paragraph_before_past_a_closing_quotation():
    text = (
        "The Brennock Tenants' Union said about 740 flats were still without heating. "
        '"People are wearing coats indoors," said its secretary, Ola Fenwick.\n\n'
        "The housing department rejected that. It said repairs were nearly finished."
    )
    assert (Decimal(740), "housing department", "disputes") in _disputes(text)


def test_rejected_that_after_a_quotation_in_a_later_paragraph_takes_up_nothing():
    text = (
        "The Brennock Tenants' Union said about 740 flats were still without heating.\n\n"
        '"People are wearing coats indoors," said its secretary, Ola Fenwick.\n\n'
        "The housing department rejected that. It said repairs were nearly finished."
    )
    assert _disputes(text) == []


def test_rejected_that_within_the_paragraph_after_a_quotation_takes_up_nothing():
    text = (
        "The Brennock Tenants' Union said about 740 flats were still without heating. "
        '"People are wearing coats indoors," said its secretary, Ola Fenwick. The housing department rejected that.'
    )
    assert _disputes(text) == []


def test_disputed_that_comparison_takes_up_the_figure_just_given():
    text = (
        "Drivers at the Lorrick depot said they earned 9 per cent less than drivers in the city. "
        "The operator disputed that comparison, saying its drivers were paid more."
    )
    assert (Decimal(9), "operator", "disputes") in _disputes(text)


def test_denied_this_takes_up_the_figure_just_given():
    text = (
        "A former manager said roughly 200 invoices had been backdated. The firm denied this. It declined to comment."
    )
    assert (Decimal(200), "firm", "denies") in _disputes(text)


def test_a_denial_with_no_figure_to_take_up_is_no_claim():
    text = "The club denied that the rise in injuries was linked to the new rules. The league declined to comment."
    assert _disputes(text) == []


def test_did_not_confirm_the_figure_of_disputes_it():
    text = (
        'The union said the closure would cost closer to 380 jobs. "It is a disaster," said its organiser, Tom Brake. '
        "Halvard Mills did not confirm the figure of 380."
    )
    assert (Decimal(380), "Halvard Mills", "disputes") in _disputes(text)


def test_a_quotation_opening_on_a_denial_denies_the_figure_just_given():
    text = (
        '"The closure will cost the town 900 jobs," said Arla Denning, the mayor.\n\n'
        '"That number is invented. Most of the staff will move to our other plant," said Piet Voss, the owner.'
    )
    assert (Decimal(900), "Piet Voss", "denies") in _disputes(text)


def test_a_quotation_opening_on_a_denial_with_no_figure_before_is_no_claim():
    text = '"The plan was never discussed with us," said Arla Denning.\n\n"That is untrue," said Piet Voss.'
    assert _disputes(text) == []


def test_an_answer_calling_the_figure_put_to_its_speaker_wrong_denies_it():
    text = (
        "Asked about reports that 60 percent of the staff would be laid off, Ilse Marr said: "
        '"That is wrong. We have no such plan."'
    )
    assert (Decimal(60), "Ilse Marr", "denies") in _disputes(text)


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None]


def test_a_bare_figure_put_aside_counts_what_the_one_set_right_counts():
    text = (
        "The poll puts the Harbour Party on 41% and the Greens on 8%. "
        '"We are 3 points behind at most, not 8," said Lena Oskarsdottir, the campaign chief.'
    )
    assert (Decimal(8), "points", "Lena Oskarsdottir", "disputes") in _claims(text)


def test_bare_figures_set_right_count_what_the_figure_put_aside_counted_before():
    text = (
        "About 3,000 people watch the club's home games. The council pays it 2.1 million crowns a year, according to "
        "its accounts. Its leader, Abel Drury, said the council had offered an extra 700,000 crowns for the pitch, "
        "and the club had turned it down.\n\n"
        "Mira Sollen, the club's chair, said the offer was 450,000, not 700,000, and came with conditions."
    )
    claims = _claims(text)
    assert (Decimal(700000), "crowns", "Mira Sollen", "disputes") in claims
    assert (Decimal(450000), "crowns", "Mira Sollen", "asserts") in claims


def test_said_that_claim_was_exaggerated_disputes_the_figure_just_given():
    text = (
        "The drivers' union believes as many as 2,600 licences were wrongly suspended.\n\n"
        "An official at the licensing office said that claim was exaggerated and that about a hundred cases were "
        "being reviewed."
    )
    assert (Decimal(2600), "An official at the licensing office", "disputes") in _disputes(text)
