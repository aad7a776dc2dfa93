"""
The word lists refactor41 wrote once of lists the read-back found written more than once: each rule reads as it did,
its own exceptions named beside the shared list. Each test gives a word in one list only (the shared list or the rule's
own) and checks the rule keeps it or leaves it as before.
"""

from decimal import Decimal

import pytest

from ingest import cleaning, cues, not_counts, numbers, speakers
from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(m.value, m.previous_value) for m in extract(clean_text(text + "\n")) if m.value is not None]


# cues.FIGURE_REVISE_VERBS: REVISE_VERBS and "update", less "trim", "halve", "slash"; CHANGED_FROM_VERBS less "update"
def test_it_reads_a_figure_raised_from_an_earlier_one_after_its_comma():
    assert _figures("The fare is now 34 scudi, raised from 32 scudi, the operator said.") == [
        (Decimal(34), Decimal(32))
    ]


def test_it_reads_no_earlier_figure_after_trimmed_which_only_revise_verbs_hold():
    assert _figures("The fare is now 34 scudi, trimmed from 36 scudi, the operator said.") == [
        (Decimal(34), None),
        (Decimal(36), None),
    ]


@pytest.mark.parametrize(
    ("gap", "previous"),
    [
        (", raised from", True),
        (" (revised from", True),
        (", cut from", True),
        (", updated from", False),
        (", trimmed from", False),
    ],
)
def test_it_reads_only_its_own_participles_as_up_from_after_a_figure(gap: str, previous: bool):
    assert (numbers.PREVIOUS_AFTER.match(gap + " ") is not None) is previous


@pytest.mark.parametrize(
    ("words", "revised"),
    [
        ("has since raised its count to ", True),
        ("has since updated its count to ", True),
        ("has since cuts its count to ", True),
        ("has since trimmed its count to ", False),
        ("has since halved its count to ", False),
    ],
)
def test_it_reads_a_count_revised_by_the_figure_revise_verbs_only(words: str, revised: bool):
    assert (numbers.REVISED_ITS_COUNT_TO.search("KVR " + words) is not None) is revised


def test_it_keeps_update_out_of_the_verbs_of_change_and_trim_out_of_those_of_a_figure_revised():
    assert "update" in cues.FIGURE_REVISE_VERBS and "update" not in cues.REVISE_VERBS.split()
    assert "trim" in cues.REVISE_VERBS.split() and "trim" not in cues.FIGURE_REVISE_VERBS
    assert "update" not in cues.CHANGED_FROM_VERBS


# cues.DETERMINERS less each rule's own: NEW_SUBJECT_, OF_WHOLE_, FROM_LABEL_ and SPEAKER_DETERMINERS
@pytest.mark.parametrize(
    ("clause", "deadline"),
    [
        ("and the roof was rebuilt within ", False),  # a new subject: the deadline is not the order's
        ("and our roof was rebuilt within ", False),
        ("and these roofs were rebuilt within ", True),  # "these" opens no new subject for this rule
        ("and your roof was rebuilt within ", True),
    ],
)
def test_it_reads_a_new_subject_after_and_by_its_own_determiners(clause: str, deadline: bool):
    text = "She ordered Vail to pay the costs " + clause
    assert (not_counts.DEADLINE_SET_BEFORE.search(text) is not None) is deadline


@pytest.mark.parametrize(
    ("before", "singular"),
    [("one of our ", True), ("one of those ", True), ("one of my ", False), ("one of that ", False)],
)
def test_it_reads_the_whole_one_thing_is_of_by_its_own_determiners(before: str, singular: bool):
    assert (numbers.SINGULAR_OF_BEFORE.search(before + "40") is not None) is singular


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("FROM TESSA GORRINGE, CRANE HILL", True),
        ("From These Hills, Crane Town", False),
        ("From My Window, Crane Town", False),
        ("From That Hill, Crane Town", True),  # "that" turns no "From" line into a headline's
        ("From A Reader, Crane Town", True),
    ],
)
def test_it_reads_a_letter_header_past_its_own_determiners(line: str, header: bool):
    assert (cleaning.LETTER_HEADER.match(line) is not None) is header


def test_it_keeps_my_and_your_out_of_the_speaker_readers_determiners():
    assert {"these", "those", "that"} <= speakers._DETERMINERS
    assert not {"my", "your"} & speakers._DETERMINERS


# cues.PLAIN_HEDGE_WORDS less and more each rule's own: COLON_FIGURE_HEDGES and DATA_LINE_HEDGES
@pytest.mark.parametrize(
    ("after", "figure"),
    [(": about 140", True), (": up to 140", True), (": roughly 140", False), (": more than 140", False)],
)
def test_it_reads_a_figure_after_a_field_labels_colon_by_its_own_hedges(after: str, figure: bool):
    assert (speakers.FIGURE_AFTER_COLON.match(after) is not None) is figure


@pytest.mark.parametrize(
    ("line", "data"),
    [
        ("Households on the list: roughly 148,300", True),
        ("Households on the list: at least 148,300", True),
        ("Households on the list: more than 148,300", True),
        ("Households on the list: more  than 148,300", False),  # its words parted by one space, as DATA_LINE wrote them
        ("Households on the list: less than 148,300", False),
    ],
)
def test_it_reads_a_labelled_figures_line_by_its_own_hedges(line: str, data: bool):
    assert (cleaning.DATA_LINE.match(line) is not None) is data


def test_it_keeps_the_plain_hedges_parted_by_any_space():
    assert cues.PLAIN_HEDGES == r"about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than"


# speakers._OFFICER_HEADS, which both lists of a person's role add to their own
@pytest.mark.parametrize("head", ["executive", "manager", "founder", "chair"])
def test_it_reads_an_officers_head_as_a_persons_role_in_both_lists(head: str):
    assert head in speakers._PERSON_ROLE_HEADS and head in speakers._CAPITAL_ROLE_HEADS


def test_it_keeps_each_person_role_lists_own_words():
    assert "editor" in speakers._CAPITAL_ROLE_HEADS and "editor" not in speakers._PERSON_ROLE_HEADS
    assert "boss" in speakers._PERSON_ROLE_HEADS and "boss" not in speakers._CAPITAL_ROLE_HEADS
    assert "leader" in speakers._CAPITAL_ROLE_HEADS and "leader" not in speakers._PERSON_ROLE_HEADS


# cues.PLAIN_SAYING, with each speaker rule's own verbs beside it
def test_it_keeps_each_saying_rules_own_verbs():
    assert {"said", "adds", "wrote", "stated"} <= speakers.SPEECH_BEFORE_COLON
    assert "warned" not in speakers.SPEECH_BEFORE_COLON
    assert speakers._RAN_ON_SUBJECT.match("The trust warned doctors of delays") is not None
    assert speakers._RAN_ON_SUBJECT.match("The trust stated its case") is None


# numbers._counted_noun: a plural or "people", not a duration, a fraction nor a rule's own skips
@pytest.mark.parametrize(
    ("before", "counted"),
    [
        ("The council wants to close four schools and four weeks later", "schools"),
        ("The council wants to close four schools in four thirds", "schools"),
        ("Four people and four days", "people"),
        ("It took four weeks", ""),
    ],
)
def test_it_reads_the_whole_a_number_word_counted_before(before: str, counted: str):
    assert numbers._whole_counted_before("four", before) == counted


@pytest.mark.parametrize(
    ("lemma", "ending", "form"),
    [("trim", "ed", "trimmed"), ("deny", "ed", "denied"), ("cut", "ed", "cut"), ("raise", "ed", "raised"),
     ("trim", "s", "trims"), ("focus", "s", "focuses"), ("say", "ing", "saying"), ("cut", "", "cut")],
)  # fmt: skip
def test_form_alternation_gives_each_lemmas_own_form(lemma: str, ending: str, form: str) -> None:
    # an irregular verb lists its past first: "trim" with "ed" is "trimmed", not the lemma itself
    assert cues.form_alternation([lemma], ending) == form
