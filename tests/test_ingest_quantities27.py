"""Quantities of round 27: figures the engine left out, read as two claims, or read with the wrong unit."""

from decimal import Decimal

from tests.ingest_helpers import revisions


def test_it_counts_the_noun_of_a_number_of_not_the_noun_after_its_preposition():
    text = "The clinic raised its count of patients with infections to 48 from 31, a doctor said."
    assert revisions(text) == [(Decimal(48), "patients", Decimal(31))]
