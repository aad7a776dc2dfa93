"""
Transcripts and phone-ins (tests/ingest_labelling.md, "Transcripts"): each turn is its speaker's. A caller named by
first name only speaks under that name; an unnamed person whose label carries an aside speaks as the page introduced
them; a presenter who reads out a message from someone unnamed passes on that person's figures.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_gives_a_message_read_out_to_its_unnamed_writer_whose_name_is_withheld():
    text = (
        "The board confirmed on Monday that the ward will close 10 of its 30 beds, Dr Mina Lowe said.\n\n"
        "We have had an email from a porter at the hospital, who doesn't want us to use his name. He writes: "
        '"We have been told at least six of us will lose our jobs." Is that true?'
    )
    assert _said(extract(text), "6").speaker == "a porter at the hospital, who doesn't want us to use his name"
