"""
A page the rules were never taught on must not fail an import. Session 28's unseen set (blind51) held "a couple of
hundred thousand", which the vague-count table lacked: a KeyError, a 500 at import. The phrase is read now, every
phrase of that family is, and any later such defect costs only the paragraph it is in.
"""

from decimal import Decimal

import pytest

from ingest import numbers
from ingest.extraction import extract

VAGUE_LEADS = ("several", "a few", "the few", "a couple of")
VAGUE_SCALES = ("dozen", "hundred", "hundred thousand", "thousand", "million")


@pytest.mark.parametrize("lead", VAGUE_LEADS)
@pytest.mark.parametrize("scale", VAGUE_SCALES)
def test_every_vague_count_of_a_scale_is_read(lead, scale):
    (mention,) = extract(f"The carrier said it had lost {lead} {scale} customers since the outage.")
    assert mention.unit == "customers"
    assert mention.qualifier == "at_least"
    assert mention.lower > 0


def test_a_couple_of_hundred_thousand_is_two_hundred_thousand():
    (mention,) = extract("Brecken said a couple of hundred thousand subscribers had moved to its cheaper plan.")
    assert mention.value == Decimal(200000)
    assert mention.unit == "subscribers"


def test_a_defect_of_the_rules_costs_only_its_paragraph(monkeypatch, caplog):
    # the real defect, brought back: the table without the entry blind51 needed
    monkeypatch.delitem(numbers.VAGUE_SCALES, "a couple of hundred thousand")
    text = (
        "Brecken Telecom said it had 4.2 million subscribers at the end of March.\n"
        "A couple of hundred thousand of them had moved to the cheaper plan, the company said.\n"
        "The regulator said complaints rose to 1,840 in the quarter."
    )
    with caplog.at_level("ERROR", logger="ingest.extraction"):
        mentions = extract(text)
    assert [(m.value, m.unit) for m in mentions] == [
        (Decimal("4200000"), "subscribers"),
        (Decimal(1840), "complaints"),
    ]
    assert all(text[m.start : m.end] == m.quote for m in mentions)
    assert [m.speaker for m in mentions] == ["Brecken Telecom", "regulator"]
    assert "paragraph at offset 73" in caplog.text
