"""
The lists refactor42 wrote once of lists the read-back found kept twice: each pattern now built from the shared list
matches what its own written-out list matched, and no more. The old lists are written out here, as they stood at main.
"""

import re

import pytest

from ingest import cleaning, cues, documents, speakers, story

# cues.ISSUING_VERBS: the verbs a body gives out a document by, each rule taking its own forms
_OLD_REPORTS_AS_BODY = (
    r"(?=\s+(?:said|says|told|tells|added|adds|reports|reported|publishes|published|issued|issues)\b)"
)
_ISSUING_WORDS = [
    "published", "publishes", "issued", "issues", "released", "releases", "made", "served", "said", "reports",
    "unveiled", "issue",
]  # fmt: skip


@pytest.mark.parametrize("verb", _ISSUING_WORDS)
def test_it_reads_a_body_before_its_issuing_verb_as_before(verb):
    text = f"Keldmoor Hauliers {verb} the figures"
    built = re.search(r"Keldmoor Hauliers" + cleaning._REPORTS_AS_BODY, text)
    old = re.search(r"Keldmoor Hauliers" + _OLD_REPORTS_AS_BODY, text)
    assert bool(built) == bool(old)


@pytest.mark.parametrize("verb", _ISSUING_WORDS)
def test_it_reads_the_issuer_after_its_verb_and_by_as_before(verb):
    text = f"The notice was {verb} by the Pellbury City Council on Monday."
    old = re.compile(r"\b(?:issued|published|made|served)\s+(?:[a-z]+\s+){0,2}?by\s+")
    assert bool(documents.ISSUED_BY_BODY.search(text)) == bool(old.search(text))


@pytest.mark.parametrize("verb", _ISSUING_WORDS)
def test_it_reads_the_issuer_as_its_verb_s_subject_as_before(verb):
    text = f"The Lauvrian Arts Board {verb} its decisions on Tuesday."
    old = re.compile(r"\bBoard\s+(?:has\s+|have\s+)?(?:[a-z]+\s+){0,2}?(?:published|issued|released)\b")
    assert bool(documents.BODY_ISSUED.search(text)) == bool(old.search(text))


@pytest.mark.parametrize("verb", _ISSUING_WORDS)
def test_it_reads_a_paper_named_by_its_issuing_verb_as_before(verb):
    text = f"The Communications Authority {verb} the paper"
    old = re.compile(r"\b(?:consultation|white|green|(?:published|issued|released)\s+(?:the|its|this|a))\s+paper")
    built = re.compile(rf"\b(?:{cues.PAPER_KINDS})\s+paper")
    assert bool(built.search(text)) == bool(old.search(text))


@pytest.mark.parametrize("verb", _ISSUING_WORDS)
def test_it_reads_a_body_giving_out_its_own_estimate_as_before(verb):
    text = f"The union {verb} its estimate of 3,000 leavers."
    old = re.compile(
        r"(?:published|publishes|released|releases|issued|issues|unveiled)\s+(?:its|their|his|her|an?)\s+"
        r"(?:(?:own|latest|new|first|revised|updated|official)\s+)?(?:estimate|forecast|projection|count|tally)\s+(?=of\b)"
    )
    built = [m.group() for m in cues.PHRASE_CUE.finditer(text)]
    assert built == [m.group() for m in old.finditer(text)]


# cues.CLAUSE_OPENING_HEDGES: built from PLAIN_HEDGE_WORDS, the same set as the one written out at main
def test_it_keeps_the_clause_opening_hedges_it_had():
    old = {"only", "just", "all", "some", "about", "around", "nearly", "almost", "perhaps", "another"}
    assert old == cues.CLAUSE_OPENING_HEDGES


# speakers._SAID_ASIDE: the one ", she said," aside of SET_OFF_CLAUSE, _DESCRIBING_PART and _REPORTING_ASIDE
_OLD_ASIDE = r",\s*(?:he|she|they)\s+said,"
_DESCRIPTIONS = [
    "A welfare adviser, who asked not to be named because, she said, Winifred disliked fuss,",
    "A guard, who asked not to be named because, they said, it was not allowed,",
    "A guard, who asked not to be named because, she says, it was not allowed,",
    "A guard, who asked not to be named because, we said, it was not allowed,",
    "A guard, who asked not to be named because,he said,it was not allowed,",
]


@pytest.mark.parametrize("text", _DESCRIPTIONS)
def test_it_reads_an_aside_in_a_set_off_clause_as_before(text):
    old = re.compile(
        r"^\W*(?:[A-Z][\w'’.-]*|[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\b[^,]*"
        rf"(?:,\s*(?:and\s+)?(?:who|whose|which|speaking|citing)\b[^,]*(?:{_OLD_ASIDE}[^,]*)?)+,\s*$"
    )
    assert bool(speakers.SET_OFF_CLAUSE.match(text)) == bool(old.match(text))


@pytest.mark.parametrize("text", _DESCRIPTIONS)
def test_it_reads_an_aside_in_a_source_s_description_as_before(text):
    old_part = (
        r"(?:,\s*(?:(?:and|but)\s+)?(?:who|whose|speaking|briefing|asked|declined|requested|refused|spoke|did\s+not|"
        r"(?:several|some|many|most|one|two|three|all|none|both|each|few)\s+of\s+whom)\b[^,;:“”\"]*"
        rf"(?:{_OLD_ASIDE}[^,;:“”\"]*)?)"
    )
    old = re.compile(rf"(?:\s+(?:who|whose|that)\s[^,;:“”\"]*?)?{old_part}*\s*,?\s*$")
    assert speakers.DESCRIBING_TAIL.search(text).span() == old.search(text).span()
    assert speakers._REPORTING_ASIDE.sub("", text) == re.sub(rf"{_OLD_ASIDE}(?=\s)", "", text)


# story.OUR_VOICE and story.PAPER_WITNESS kept apart: each reads sentences the other does not
@pytest.mark.parametrize(
    ("sentence", "our_voice", "witness"),
    [
        ("We expect the bridge to open in 2030.", True, False),
        ("Our analysis shows 40 sites.", True, False),
        ("The queue is shorter: I count 96 cars.", False, True),
        ("Of the 60 prices we checked, 19 showed rises.", False, True),
    ],
)
def test_it_keeps_our_voice_and_the_paper_s_witness_apart(sentence, our_voice, witness):
    assert (bool(story.OUR_VOICE.match(sentence)), bool(story.PAPER_WITNESS.search(sentence))) == (our_voice, witness)


# cues.PHRASE_CUE's revised estimate: its verbs built from cues.REVISE_VERBS
_OLD_REVISED = "raised|lowered|cut|revised|increased|reduced|updated|upgraded|downgraded|trimmed|doubled"


@pytest.mark.parametrize(
    "verb", [*_OLD_REVISED.split("|"), "halved", "slashed", "raise", "revises", "published", "estimated"]
)
def test_it_reads_an_estimate_revised_as_before(verb):
    old = re.compile(cues.PHRASE_CUE.pattern.replace(f"(?:{cues._ESTIMATE_REVISED})", f"(?:{_OLD_REVISED})"))
    assert old.pattern != cues.PHRASE_CUE.pattern
    for text in (f"The bank {verb} its growth forecast to 2 per cent.", f"Officials {verb} the toll to 40."):
        assert [m.span() for m in cues.PHRASE_CUE.finditer(text)] == [m.span() for m in old.finditer(text)]
