"""
Word quantities, round 2 (tests/ingest_labelling.md, "Vague counts" and the multiples of blind18's writer): a vague
count whose noun is left out before a verb or a rate counts what the clause or the sentence before named; "close to
double what" is a multiple, not the verb "to double"; an N-fold after a verb of growth is N times.
"""

from decimal import Decimal

from tests.ingest_helpers import figures


def test_it_counts_a_vague_count_before_a_verb_in_the_noun_of_the_sentence_before():
    text = 'Police seized 34 flares. "Most fans came to watch a game. A few hundred came for a fight," she said.'
    assert (Decimal(300), "fans") in figures(text)


def test_it_counts_a_vague_count_before_a_participle_in_the_clause_before():
    text = '"I have had a handful of letters asking for a loan, and hundreds asking us to fix the roads," he said.'
    assert (Decimal(200), "letters") in figures(text)


def test_it_counts_a_vague_count_before_a_rate_in_the_noun_told_before():
    text = 'The school can take 240 learners a year, its manager said. "We turn away dozens every week," he said.'
    assert (Decimal(24), "learners") in figures(text)


def test_it_reads_close_to_double_what_as_a_multiple():
    text = "The station recorded close to double what it would expect in the whole of November."
    assert (Decimal(2), "times") in figures(text)


def test_it_reads_an_n_fold_after_a_verb_of_growth_as_n_times():
    assert (Decimal(8), "times") in figures('"Our numbers have grown nearly eightfold," she said.')
