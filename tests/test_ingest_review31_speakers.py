"""Review of round 31: the speakers and results-story fixes (a company's kind, adverbs, history, bodies' names)."""

from __future__ import annotations

import re
from pathlib import Path

from ingest import speakers
from ingest.speakers import SpeakerMemory
from tests.ingest_helpers import speakers_by_figure

CORPUS = sorted((Path(__file__).parent / "ingest_corpus").glob("*.txt"))


RESULTS_LEAD = (
    "Halvorn Milk Cooperative, the region's biggest dairy processor, reported a 12 per cent fall in half-year "
    "profit on Tuesday.\n\n"
)


def test_it_gives_a_results_company_a_sentence_opened_by_its_own_kind():
    text = RESULTS_LEAD + "The cooperative collected 310 million litres of milk."
    assert speakers_by_figure(text)["310 million litres"] == "Halvorn Milk Cooperative"


def test_it_does_not_give_a_results_company_a_sentence_opened_by_another_kind():
    text = RESULTS_LEAD + "The bank has lent its members 40 million crowns."
    assert speakers_by_figure(text)["40 million crowns"] != "Halvorn Milk Cooperative"


def test_it_gives_a_results_company_it_after_a_sentence_about_the_company():
    text = RESULTS_LEAD + "The cooperative collected 310 million litres of milk. It paid 96 million crowns to members."
    assert speakers_by_figure(text)["96 million crowns"] == "Halvorn Milk Cooperative"


def test_it_does_not_give_a_results_company_it_after_a_sentence_about_something_else():
    text = RESULTS_LEAD + "Milk prices fell in the spring. It paid 96 million crowns to members."
    assert speakers_by_figure(text)["96 million crowns"] is None


def test_it_keeps_a_noun_in_ly_as_the_subject_of_said():
    text = "The district assembly said 212 members voted for the new budget."
    assert speakers_by_figure(text)["212 members"] == "district assembly"


def test_it_strips_trailing_filler_by_the_shortcut_as_the_pattern_does():
    # the checksum that turns the shortcut on is the pattern's: every word-ending prefix of the corpus's labelled
    # sentences, and the filler runs the pattern is built for, strip alike by the shortcut and by the whole pattern
    assert speakers._FILLER_SHORTCUT
    lines = [line for path in CORPUS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    probes = [
        "The ministry also later said",
        "The council has repeatedly",
        "The board earlier this week in a statement",
        "The agency on Monday quietly",
        "The local assembly has",
        "Its family would not",
    ]
    texts = probes + [line[: m.start()] for line in lines for m in re.finditer(r"\s", line)]
    for text in texts:
        assert speakers._strip_trailing_filler(text) == speakers.TRAILING_VERB_FILLER.sub("", text), text


def test_it_keeps_a_year_opening_it_sentence_as_background_after_a_bodys_statistic():
    text = (
        "The Vessby River Board said the river peaked at 3.2 metres on Friday, up from 2.9 metres in March. "
        "In 2019 it was 3.61 metres."
    )
    assert speakers_by_figure(text)["3.61 metres"] is None


def test_it_remembers_a_name_written_with_the_as_a_body_not_a_person():
    memory = SpeakerMemory()
    memory.learn("The Kessel String Quartet played for 90 minutes.")
    assert memory.full_names == {}
    assert memory.organisations == {"quartet": "Kessel String Quartet"}


def test_it_does_not_take_a_title_written_with_the_for_a_body():
    memory = SpeakerMemory()
    memory.learn("The Home Secretary visited the harbour.")
    assert memory.introduced_heads == {}


def test_it_resolves_a_body_named_with_the_by_its_last_word():
    text = "The Kessel String Quartet toured in May. About 2,300 people came to hear it, the Quartet said."
    assert speakers_by_figure(text)["About 2,300 people"] == "Kessel String Quartet"
