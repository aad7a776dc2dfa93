"""
Signed texts on a letters page: the signatory owns the figures (tests/ingest_labelling.md, "Letters page").

A letter may be signed at its top, on a header line over its paragraphs ("FROM TESSA GORRINGE, CRANE HILL", "From
Councillor Ada Roe, Harland ward:"), as well as under its last paragraph; a couple may sign with both full names
("Sarah Ndlovu and Pieter Ndlovu, Orrick"); and the letters editor who introduces the page may be credited by a
"Selected by" byline or at the end of the standfirst ("Readers write on the week's news. Edited by Gwen Roe, Letters
Editor"), whose introduction ("We received 96 letters") is then theirs. Each letter's figures are its signer's, and the
editor's note after the last letter is the editor's, not the last letter's.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


HEAD = "THE HARLAND POST | News | Opinion | Letters\nOpinion > Letters\n\nYour letters: the buses and the rents\n"
CREDITS = [
    "Selected by {editor}, Letters Editor\nSaturday 5 May 2029",
    "Compiled by {editor}, letters editor\nSaturday 5 May 2029",
    "Readers write on the week's news. Edited by {editor}, Letters Editor\nSaturday 5 May 2029",
    "Readers have their say. Selected by {editor}, Letters Editor\nSaturday 5 May 2029",
]
EDITORS = ["Hana Prewett", "Olwen Marsk"]
# the header line over each letter, in capitals or not, with a title, with a colon
HEADERS = [
    "FROM {NAME}, {TOWN}",
    "From {Name}, {Town}:",
    "From {Name}, {Town}",
    "FROM COUNCILLOR {NAME}, {TOWN} WARD",
]
WRITERS = [
    ("Tessa Gorringe", "Crane Hill"),
    ("Kwame Asante-Bell", "Sollis Green"),
    ("Maurice Delaney", "Millrace"),
    ("Ines Dahl-Roy", "Quay Street"),
]
OTHERS = [("Elspeth Ormerod", "Tolley Bridge")]
SENTENCES = [
    ("I pay {n} talders a month for a one-bedroom flat.", 1060),
    ("Take away {n} spaces and you take away my customers.", 52),
    ("About {n} per cent of my trade comes from people who park outside.", 70),
    ("We counted {n} lorries passing the school gate in an hour.", 31),
]


def _header(form: str, name: str, town: str) -> str:
    return form.format(NAME=name.upper(), TOWN=town.upper(), Name=name, Town=town)


def _page(credit: str, editor: str, form: str, writer: tuple[str, str], sentence: str, n: int) -> str:
    first, second = writer, OTHERS[0]
    return (
        HEAD
        + credit.format(editor=editor)
        + "\n\nThis week's post was dominated by the cycle lane. Here is a selection from both sides.\n\n"
        + _header(form, *first)
        + "\nI have lived here all my life and have never seen the street so busy. "
        + sentence.format(n=n)
        + " Somebody at the town hall should come and look.\n\n"
        + _header(form, *second)
        + "\nThe number 9 bus now comes every 30 minutes instead of every 15. I am 81 and I do not drive, and a "
        + "cold bus stop is no place to wait.\n\n"
        + "The Letters Editor writes: We received 173 letters on the cycle lane this week, more than on any "
        + "subject since we began counting.\n\n"
        + "(c) 2029 Harland Post Publishing Ltd"
    )


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("form", HEADERS)
@pytest.mark.parametrize(("writer", "sentence", "n"), [(w, s, n) for w, (s, n) in zip(WRITERS, SENTENCES, strict=True)])
def test_it_gives_a_letter_signed_at_its_top_to_its_signer(credit, form, writer, sentence, n):
    # (each writer with one sentence: the matrix crosses the credits with the header forms)
    found = _speakers(_page(credit, EDITORS[0], form, writer, sentence, n))
    assert found[Decimal(n)] == writer[0]
    assert found[Decimal(30)] == OTHERS[0][0]


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("editor", EDITORS)
def test_it_gives_the_editor_s_note_after_the_last_letter_to_the_letters_editor(credit, editor):
    found = _speakers(_page(credit, editor, HEADERS[0], WRITERS[0], *SENTENCES[0]))
    assert found[Decimal(173)] == editor


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("editor", EDITORS)
def test_it_gives_the_introduction_over_signed_letters_to_the_letters_editor(credit, editor):
    text = (
        HEAD
        + credit.format(editor=editor)
        + "\n\nWe received 96 letters and emails about this week's stories. Here is a selection.\n\n"
        + "Our bill has gone up by 180 skarls in five years, and the leak has been reported four times.\n"
        + "Harriet Quaile, Fenhollow\n\n"
        + "The tram budget has gone from 148 million to 231 million skarls and nobody has been sacked.\n"
        + "Agnes Whitlow, Cawley Bridge\n\n"
        + "(c) 2029 Harland Post Publishing Ltd"
    )
    found = _speakers(text)
    assert found[Decimal(96)] == editor
    assert found[Decimal(180)] == "Harriet Quaile"


COUPLES = ["Sarah Ndlovu and Pieter Ndlovu", "Ruth Okafor & Tomas Lind", "Ann Roe and Per Holm-Berg"]


@pytest.mark.parametrize("couple", COUPLES)
@pytest.mark.parametrize(("sentence", "n"), SENTENCES)
def test_it_gives_a_letter_a_couple_signs_with_both_full_names_to_them(couple, sentence, n):
    text = (
        HEAD
        + "By Hana Prewett\n\n"
        + "Orrick Lane Primary is rated good and closing it would be a mistake. "
        + sentence.format(n=n)
        + "\n"
        + f"{couple}, Orrick\n\n"
        + "The tram budget has gone from 148 million to 231 million skarls and nobody has been sacked.\n"
        + "Agnes Whitlow, Cawley Bridge\n\n"
        + "(c) 2029 Harland Post Publishing Ltd"
    )
    assert _speakers(text)[Decimal(n)] == couple


def test_it_gives_a_letter_under_a_header_among_letters_signed_below_to_its_header_s_signer():
    text = (
        HEAD
        + "Compiled by Harriet Solbeck, letters editor\nSaturday 9 May 2026\n\n"
        + "More than 60 of you wrote in this week about the buses. Here is a selection.\n\n"
        + "I have caught the Quayside bus every weekday for years. I counted 23 on my bus on Tuesday.\n"
        + "Agnes Whitlow\n\n"
        + "From Councillor Mirela Dask, Harland ward:\n"
        + "I sit on the transport committee, and I voted against cutting 14 routes.\n\n"
        + "As a retired driver, I have seen this before. In 2009 the Kilnhead service ran every 40 minutes.\n"
        + "Tomas Ferrow, Kilnhead\n\n"
        + "(c) 2026 Harland Post Publishing Ltd"
    )
    found = _speakers(text)
    assert found[Decimal(14)] == "Mirela Dask"
    assert found[Decimal(40)] == "Tomas Ferrow"


# -- near misses: pages that look like the shape and must not change ---------------------------------------------------


def test_a_news_paragraph_opening_on_from_is_no_letter_header():
    text = (
        "THE HARLAND POST | News\n\nParking charges to rise at both hospitals\nBy Ivo Brennick\n\n"
        "The health trust will raise its parking charges next year, it said on Monday.\n\n"
        "From January the hourly charge will rise to 3.20 oskets from 2.40, the trust said.\n\n"
        "About 40 per cent of visitors arrive by car, according to the trust's survey."
    )
    found = _speakers(text)
    assert found[Decimal("3.20")] == "trust"


def test_a_standfirst_credit_that_is_no_letters_editor_s_names_no_writer():
    # near miss: "Edited by" a film's editor at the end of a standfirst is no letters page's editor
    text = (
        "THE HARLAND POST | Culture\n\nThe Quiet Border returns\n"
        "A documentary on the old frontier. Edited by Marta Lind, Film Editor\n\n"
        "The festival sold 4,000 tickets for the opening night, the organisers said.\n\n"
        "The film cost 96,000 oskets to make."
    )
    found = _speakers(text)
    assert found[Decimal(96000)] != "Marta Lind"


def test_a_letters_page_signed_below_keeps_its_signers():
    # guard: the usual layout, each letter signed under its last paragraph, is read as before
    text = (
        HEAD
        + "Edited by Freya Holm, Letters Editor\n\n"
        + "I counted 30 buses cancelled on Quay Street in March, and the buses have never been worse.\n"
        + "Harald Quist, Skellmouth\n\n"
        + "My rent went up by 120 talders this spring, and my pay did not.\n"
        + "Name and address supplied\n\n"
        + "(c) 2029 Harland Post Publishing Ltd"
    )
    found = _speakers(text)
    assert found[Decimal(30)] == "Harald Quist"
    assert found[Decimal(120)] == "Name and address supplied"


# -- mend: headlines, labels and the paper's reply are no letter's signer -------------------------------------------

GAZETTE = "THE KELMOUTH GAZETTE | News | Opinion | Letters\nOpinion > Letters\n\nYour letters: ferries and fares\n\n"


@pytest.mark.parametrize("headline", ["From Bad To Worse Again", "From Pillar To Post", "FROM BAD TO WORSE AGAIN"])
def test_a_letter_s_headline_opening_on_from_is_no_signature(headline):
    text = GAZETTE + (
        "Fewer Buses Every Winter\n\n"
        "I have lived on the island for 31 years and never paid more than 9 crowns for the crossing.\n\n"
        "Morag Tennant, Skerry Point\n\n"
        f"{headline}\n\n"
        "The harbour road has 23 potholes between the quay and the school, by my own count.\n\n"
        "The council patched 4 of them last spring and they were back by the summer holidays.\n\n"
        "Dafydd Rhys-Owen, Kelmouth\n"
    )
    found = _speakers(text)
    assert found[Decimal(23)] == "Dafydd Rhys-Owen"
    assert found[Decimal(4)] == "Dafydd Rhys-Owen"


@pytest.mark.parametrize(
    "label", ["From Our Archive", "FROM OUR ARCHIVE", "From The Archives, 1976", "From Our Correspondent"]
)
def test_a_section_label_opening_on_from_is_no_letter_writer(label):
    text = GAZETTE + (
        "I have lived on the island for 31 years and never paid more than 9 crowns for the crossing.\n\n"
        "Morag Tennant, Skerry Point\n\n"
        f"{label}\n\n"
        "Fifty years ago this week, 4,000 people crossed the strait on the first day of the new ferry.\n\n"
        "I counted 17 empty shops on the high street last Saturday, which says it all really.\n\n"
        "Dafydd Rhys-Owen, Kelmouth\n"
    )
    found = _speakers(text)
    assert found[Decimal(4000)] not in {"Our Archive", "The Archives", "Our Correspondent"}
    assert found[Decimal(17)] == "Dafydd Rhys-Owen"


@pytest.mark.parametrize(
    "reply",
    [
        "The Gazette replies: we checked the timetable, and 600 pupils use the route each day.",
        "Ed: we checked the timetable, and 600 pupils use the route each day.",
        "Our reply: we checked the timetable, and 600 pupils use the route each day.",
    ],
)
def test_the_paper_s_reply_after_a_letter_signed_at_its_top_is_no_part_of_it(reply):
    text = GAZETTE + (
        "FROM MORAG TENNANT, SKERRY POINT\n\n"
        "I have lived on the island for 31 years and never paid more than 9 crowns for the crossing.\n\n"
        "FROM DAFYDD RHYS-OWEN, KELMOUTH\n\n"
        "I counted 17 empty shops on the high street last Saturday, which says it all really.\n\n"
        f"{reply}\n"
    )
    found = _speakers(text)
    assert found[Decimal(17)] == "Dafydd Rhys-Owen"
    assert found[Decimal(600)] != "Dafydd Rhys-Owen"


@pytest.mark.parametrize("crosshead", ["Ferry Fares and Harbour Parking", "School Buses and Bike Lanes"])
def test_a_crosshead_of_two_words_and_two_more_signs_nothing(crosshead):
    text = GAZETTE + (
        "We received 140 letters this week about the harbour plan, and print a selection below.\n\n"
        f"{crosshead}\n\n"
        "I have lived on the island for 31 years and never paid more than 9 crowns for the crossing.\n\n"
        "Now the fare is going up again and nobody on the council seems to care about it at all.\n\n"
        "Morag Tennant, Skerry Point\n\n"
        "School Buses\n\n"
        "Our children wait 45 minutes for a bus that is always late, and the route is being cut.\n\n"
        "Dafydd Rhys-Owen, Kelmouth\n"
    )
    found = _speakers(text)
    assert found[Decimal(140)] != crosshead
    assert found[Decimal(9)] == "Morag Tennant"
