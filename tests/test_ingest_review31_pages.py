"""Review fixes after round 31: whom an interview's introduction asked, and lines kept above a quotation."""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.interviews import _opens_a_sentence


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_it_never_takes_a_name_after_a_body_asked_as_the_interviewee():
    text = (
        "Lorna Vesk runs the Hallam Street food bank. "
        "We asked the Ministry of Social Care whether Piet Ostrander, its adviser, was right.\n\n"
        "How many families came last winter?\n\n"
        "We fed 1,900 families, more than I expected.\n\n"
        "And this winter?\n\n"
        "I think we will need 450 more parcels a week.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(1900)] == "Lorna Vesk"
    assert speakers[Decimal(450)] == "Lorna Vesk"


def test_it_drops_a_short_line_ending_said_that_names_no_one():
    text = (
        "The Ketterby Show awarded its cup for the best cider to a farm in Wrell on Saturday.\n"
        "What the judges said:\n"
        "“A dry, bright cider with a long finish.”\n"
    )
    assert "What the judges said:" not in clean_text(text)


def test_it_keeps_a_short_line_naming_its_speaker_before_a_quotation():
    text = (
        "The Ketterby Show awarded its cup for the best cider to a farm in Wrell on Saturday.\n"
        "Show secretary Oda Brenlow said:\n"
        "“We had 212 entries this year, the most we have ever had.”\n"
    )
    assert "Show secretary Oda Brenlow said:" in clean_text(text)


def test_it_keeps_a_prose_line_ending_said_in_a_paragraph():
    text = (
        "The Ketterby Show awarded its cup for the best cider to a farm in Wrell on Saturday.\n"
        "Asked whether the show would grow next year, the man who runs its cider tent said:\n"
        "“We had 212 entries this year, the most we have ever had.”\n"
    )
    assert "the man who runs its cider tent said:" in clean_text(text)


def test_it_takes_the_issuer_from_a_release_line_that_names_it():
    text = (
        "Brenlow District Council - Press release\n"
        "The council has opened 3 new libraries since March, and plans 2 more.\n"
    )
    assert clean_text(text).splitlines()[0] == "Brenlow District Council"


def test_it_takes_the_one_asked_by_a_role_a_body_owns():
    text = (
        "Halden Ferry Company cut its winter timetable. We asked Halden's harbour master, Runa Toft, "
        "whether the boats will return.\n\n"
        "How many crossings went?\n\n"
        "We dropped 18 crossings a day, which I did not want.\n\n"
        "And the crews?\n\n"
        "We kept all 64 of our deckhands.\n"
    )
    speakers = _speakers(text)
    assert speakers[Decimal(18)] == "Runa Toft"
    assert speakers[Decimal(64)] == "Runa Toft"


def test_it_keeps_a_line_naming_its_speaker_then_what_they_are_before_a_quotation():
    text = (
        "The Ketterby Show awarded its cup for the best cider to a farm in Wrell on Saturday.\n"
        "Oda Brenlow, who runs the Ketterby Show, said:\n"
        "“We had 212 entries this year, the most we have ever had.”\n"
    )
    assert "Oda Brenlow, who runs the Ketterby Show, said:" in clean_text(text)


def test_it_reads_a_name_as_opening_a_sentence_only_as_a_whole_word():
    text = "The depot reopened in May. Odo Marratsen runs it. Chief Inspector Odo Marrat visited."
    assert _opens_a_sentence("Odo Marrat", text) is True
    assert _opens_a_sentence("Odo Marrat", text.replace("Chief Inspector Odo Marrat", "He")) is False
