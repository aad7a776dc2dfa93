"""
Anonymous and collective sources by the grammar of their noun phrase (issue 14, session 33): a generated matrix of
determiners, modifiers, role nouns, post-modifiers and positions of the attribution, each expecting the figure's
speaker to be the whole unnamed phrase as tests/ingest_labelling.md names it (session 21: its whole description,
set-off clauses included), never the person the article named before it.
"""

import itertools

import pytest

from ingest.extraction import clean_text, extract
from tests.ingest_eval import name_key

DETERMINERS = [("A", False), ("One", False), ("Two", True), ("Several", True), ("Some", True), ("Many", True)]
SCOPES = ["", "senior", "former", "local", "foreign", "western", "regional"]
ADJECTIVES = ["", "Ardish", "ministry", "European", "bank"]
ROLES = [
    "official", "diplomat", "executive", "engineer", "nurse", "source", "person", "resident", "analyst", "insider",
    "aide", "adviser", "spokesperson", "banker", "dispatcher", "investigator",
]  # fmt: skip
PLURALS = {"person": "people", "spokesperson": "spokespeople"}
POST_MODIFIERS = [
    "", "familiar with the talks", "close to the board", "at the ministry", "in the capital", "briefed on the talks",
    ", who asked not to be named,", ", who spoke on condition of anonymity,", ", who declined to be identified,",
    ", speaking on condition of anonymity,",
]  # fmt: skip
POSITIONS = ["before", "quote_after", "according", "parenthetical", "inverted", "after_clause"]
# a person named before the source, whom the figure must never go to
PRELUDE = "Viktor Hallam, the mayor, opened the new depot in Kessby on Monday. "


def _source(determiner: str, plural: bool, scope: str, adjective: str, role: str, post: str) -> str:
    noun = PLURALS.get(role, role + "s") if plural else role
    words = [w for w in (scope, adjective) if w] + [noun]
    opening = "An" if determiner == "A" and words[0][0] in "aeiou" else determiner
    phrase = " ".join([opening, *words])
    return phrase + post.rstrip(",") if post.startswith(",") else phrase + (" " + post if post else "")


def _sentence(source: str, position: str, set_off: bool) -> str:
    closing = "," if set_off else ""
    inner = source[0].lower() + source[1:]
    return {
        "before": f"{source}{closing} said the plan would cut 40 jobs.",
        "quote_after": f"“The plan will cut 40 jobs,” {inner}{closing} said.",
        "according": f"The plan will cut 40 jobs, according to {inner}.",
        "parenthetical": f"The plan, {inner}{closing} said, will cut 40 jobs.",
        "inverted": f"“The plan will cut 40 jobs,” said {inner}.",
        "after_clause": f"The plan would cut 40 jobs, {inner}{closing} said on Tuesday.",
    }[position]


def _matrix() -> list[tuple[str, str]]:
    """Every role with every post-modifier in every position, the determiner, scope and adjective turning over."""
    cases = []
    for i, (role, post, position) in enumerate(itertools.product(ROLES, POST_MODIFIERS, POSITIONS)):
        determiner, plural = DETERMINERS[i % len(DETERMINERS)]
        source = _source(
            determiner, plural, SCOPES[i // 5 % len(SCOPES)], ADJECTIVES[i // 7 % len(ADJECTIVES)], role, post
        )
        cases.append((_sentence(source, position, post.startswith(",")), source))
    return cases


def _jobs_speaker(text: str) -> tuple[str | None, bool]:
    [jobs] = [m for m in extract(clean_text(text)) if m.unit == "jobs"]
    return jobs.speaker, jobs.speaker_anonymous


@pytest.mark.parametrize(("sentence", "source"), _matrix())
def test_it_names_an_unnamed_source_by_its_whole_phrase(sentence, source):
    speaker, anonymous = _jobs_speaker(PRELUDE + sentence)
    assert (name_key(speaker), anonymous) == (name_key(source), True)


def test_it_reads_many_before_a_role_noun_as_a_counted_source():
    assert _jobs_speaker("Many senior officials said the plan would cut 40 jobs.") == ("Many senior officials", True)


def test_it_keeps_the_set_off_clause_after_according_to():
    text = "The plan will cut 40 jobs, according to two officials, who spoke on condition of anonymity."
    assert _jobs_speaker(text) == ("two officials, who spoke on condition of anonymity", True)


def test_it_keeps_the_set_off_clause_of_a_source_closing_a_quotation():
    text = "“The plan will cut 40 jobs,” one nurse, who asked not to be named, said."
    assert _jobs_speaker(text) == ("one nurse, who asked not to be named", True)


def test_it_keeps_where_an_inverted_source_works_but_not_when_it_spoke():
    text = PRELUDE + "“The plan will cut 40 jobs,” said a senior official at the ministry on Tuesday."
    assert _jobs_speaker(text) == ("a senior official at the ministry", True)


def test_it_reads_a_participle_of_telling_as_part_of_the_source():
    text = PRELUDE + "“The plan will cut 40 jobs,” two diplomats briefed on the talks said."
    assert _jobs_speaker(text) == ("two diplomats briefed on the talks", True)


def test_it_reads_an_agent_noun_outside_the_head_list_as_a_person():
    text = PRELUDE + "The plan will cut 40 jobs, according to a western Ardish banker familiar with the talks."
    assert _jobs_speaker(text) == ("a western Ardish banker familiar with the talks", True)
