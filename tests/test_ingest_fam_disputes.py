"""
Disputes, denials and confirmations withheld (tests/ingest_labelling.md, "Denials and disputes"): a bare "denies
it" and a clause pointing at "such a figure" take up the figure just given; a bare take-up disputes what the
statement said, not the figure it put aside; a confirmation withheld disputes; a figure restated bare keeps the
qualifier it was given with. And two readings a dispute leans on: "the number" counts what its sentence counted, and
a pronoun after a fronted phrase is the subject of its reporting clause.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import mentions


def _disputes(text: str) -> list[tuple[Decimal | None, str, str | None, str]]:
    return [
        (m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.stance in ("disputes", "denies")
    ]


def test_it_takes_up_the_figure_a_bare_denies_it_denies():
    text = "The Ferrow Residents' Group says 420 homes lost water on Sunday. Halden Water denies it."
    assert (Decimal(420), "homes", "Halden Water", "denies") in _disputes(text)


def test_it_takes_up_the_figure_a_denied_clause_calls_such_a_figure():
    text = (
        "A person close to the inquiry said auditors had found more than 3,000 unpaid invoices. "
        "A Marlow Freight spokesman denied that any audit had produced such a figure."
    )
    assert (Decimal(3000), "invoices", "A Marlow Freight spokesman", "denies") in _disputes(text)


def test_it_disputes_what_the_statement_said_not_the_figure_it_put_aside():
    text = (
        "Its secretary, Ida Brenn, said the club's own survey found damage on 27 moorings, not 12. "
        "The harbour board rejected that."
    )
    # the 12 is disputed by Ida Brenn, who set it aside, not by the harbour board
    assert _disputes(text) == [
        (Decimal(12), "moorings", "Ida Brenn", "disputes"),
        (Decimal(27), "moorings", "harbour board", "disputes"),
    ]


def test_it_reads_a_confirmation_withheld_as_a_dispute():
    text = "The mayor says 9 people died in Orla. The agency has not confirmed reports of 9 deaths in the town."
    stances = {(m.value, m.speaker): m.stance for m in mentions(text)}
    assert stances[(Decimal(9), "agency")] == "disputes"


def test_it_keeps_the_qualifier_a_figure_restated_bare_was_given_with():
    text = "The union says as many as 250 posts will go. A Vellan spokesman would not confirm the 250 figure."
    disputed = [m for m in mentions(text) if m.stance == "disputes"]
    assert [(m.value, m.qualifier) for m in disputed] == [(Decimal(250), "at_most")]


def test_it_counts_the_number_put_at_a_figure_in_what_its_sentence_counted():
    text = (
        "Regulators said customers were overcharged by 12 million sollens. "
        "Telvane accepts that a fault hit some accounts, but it puts the number at 41,000."
    )
    assert (Decimal(41000), "accounts") in [(m.value, m.unit) for m in mentions(text)]


def test_it_takes_a_pronoun_after_a_fronted_phrase_as_the_subject():
    text = (
        "The Tenants' Council said on Monday that 900 flats were damp. Repairs, it said, would cost 8 million sollens."
    )
    speakers = {m.value: m.speaker for m in mentions(text)}
    assert speakers[Decimal(8000000)] == "Tenants' Council"
