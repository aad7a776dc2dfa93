"""
Transcripts and phone-ins (tests/ingest_labelling.md, "Transcripts"): each turn is its speaker's. A caller named by
first name only speaks under that name; an unnamed person whose label carries an aside speaks as the page introduced
them; a presenter who reads out a message from someone unnamed passes on that person's figures.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


PHONE_IN = (
    "ORLA FENN: Good evening. With me is the council's housing director, Dr Piet Hallam. Let's go to the phones. "
    "Nessa is in Brockwater.\n\n"
    "NESSA, BROCKWATER: Hello. I have rung the council 9 times and paid 85 kroner for a dehumidifier.\n\n"
    "HALLAM: I am sorry to hear that. We have 310 repairs waiting across the borough.\n\n"
    "ORLA FENN: Next, Rurik in Dunmore.\n\n"
    "RURIK (caller, Dunmore): I paid 260 kroner for a plumber myself.\n\n"
    "HALLAM: That is far too long.\n\n"
    "ORLA FENN: We have a caller, Ysolde, a tenant in Kirkhope. Ysolde, go ahead.\n\n"
    "YSOLDE: Our block has 48 flats and the lift has been broken since March.\n\n"
    "HALLAM: Thank you, all of you."
)


def test_it_gives_a_callers_turn_to_the_first_name_with_their_place():
    found = extract(PHONE_IN)
    assert _said(found, "85").speaker == "Nessa"
    assert _said(found, "9").speaker == "Nessa"
    assert _said(found, "310").speaker == "Piet Hallam"


def test_it_gives_a_callers_turn_to_the_first_name_with_caller_in_brackets():
    assert _said(extract(PHONE_IN), "260").speaker == "Rurik"


def test_it_gives_a_bare_first_name_turn_to_the_caller_the_presenter_put_through():
    assert _said(extract(PHONE_IN), "48").speaker == "Ysolde"


def test_it_takes_the_callers_first_name_from_a_caller_label_aside():
    text = (
        "MILA STORR: Good morning. With me is Arvid Lund of the water board.\n\n"
        "ARVID LUND: We replaced 40 kilometres of main last year.\n\n"
        "MILA STORR: Let's take a call.\n\n"
        "Caller (Maureen, Fellby): My bill went up by 120 kroner this spring.\n\n"
        "ARVID LUND: I will look into it, Maureen."
    )
    assert _said(extract(text), "120").speaker == "Maureen"


def test_it_reads_an_unnamed_role_label_with_an_aside_as_the_person_introduced():
    text = (
        "KAI MORREL (presenter): Good evening. Council figures show 900 potholes were reported in May.\n\n"
        "KAI MORREL: Our reporter Edda Saltvik spoke to a road worker in Hullen who asked not to be named.\n\n"
        "WORKER (voice of an actor): We fill about 30 holes a night and they open again within a week.\n\n"
        "GUNN ORSTAD: We have hired 12 more crews this year.\n\n"
        "KAI MORREL: Gunn Orstad, thank you."
    )
    found = extract(text)
    assert _said(found, "30").speaker == "A road worker in Hullen who asked not to be named"
    assert _said(found, "12").speaker == "Gunn Orstad"


def test_it_gives_a_message_read_out_to_its_unnamed_writer_whose_name_is_withheld():
    text = (
        "The board confirmed on Monday that the ward will close 10 of its 30 beds, Dr Mina Lowe said.\n\n"
        "We have had an email from a porter at the hospital, who doesn't want us to use his name. He writes: "
        '"We have been told at least six of us will lose our jobs." Is that true?'
    )
    assert _said(extract(text), "6").speaker == "a porter at the hospital, who doesn't want us to use his name"


def test_it_reads_one_of_a_group_introduced_by_one_as_the_unnamed_speaker():
    text = (
        "TOVA LINDH (presenter): Good evening. Our reporter Bo Strand is at the depot for us.\n\n"
        "BO STRAND: Drivers here say the new rota is wearing them out. A single driver now covers up to 14 routes. "
        "One driver here, who asked us not to use his name, told me about his week.\n\n"
        "DRIVER (words spoken by an actor): I drove 410 kilometres on Tuesday alone.\n\n"
        "ELSA HOLT: We have hired 20 drivers since May.\n\n"
        "TOVA LINDH: Elsa Holt, thank you."
    )
    assert _said(extract(text), "410").speaker.startswith("One driver here, who asked us not to use his name")
