"""
Mending review33b of anon33 (issue 14, session 33): an unnamed source read by grammar must not take in the reported
clause after "said", a survey's sampled subgroup, a spokesperson placed at a body the page has named, or a set-off
clause that reports a figure of its own.
"""

import pytest

from ingest.extraction import clean_text, extract

PRELUDE = "Orvel Foods runs the depot in Kessby. "


def _speakers(text: str, unit: str) -> list[tuple[str | None, bool]]:
    return [(m.speaker, m.speaker_anonymous) for m in extract(clean_text(text)) if m.unit == unit]


@pytest.mark.parametrize(
    ("sentence", "unit", "speaker"),
    [
        ("The company, however, said two engineers from the firm had inspected 300 homes.", "homes", "Orvel Foods"),
        ("The company, however, said one nurse with the service had treated 40 patients that day.", "patients", None),
        ("The company, however, said a chapter of the report was wrong about the 3,000 payments.", "payments", None),
        ("The company, however, said a computer at the depot had delayed 3,000 payments.", "payments", None),
        ("The company, in a letter to MPs, said a member of staff had lost 2,000 files.", "files", None),
    ],
)
def test_it_reads_a_clause_after_said_as_the_content_not_an_inverted_source(sentence, unit, speaker):
    [(found, anonymous)] = _speakers(PRELUDE + sentence, unit)
    assert not anonymous
    assert found is None or (" had " not in found and " was " not in found)
    if speaker is not None:
        assert found == speaker


@pytest.mark.parametrize("group", ["shoppers", "economists", "parents", "workers", "voters"])
def test_it_keeps_many_of_a_survey_sample_as_a_share_of_those_counted(group):
    text = f"In a survey by Tallis Research of 1,204 adults, many {group} said they spent 30 per cent more on food."
    assert _speakers(text, "percent") == [("Tallis Research", False)]


def test_it_does_not_name_a_sampled_group_after_a_survey_as_an_anonymous_source():
    text = (
        "A survey of 2,000 adults by Orla Research, published on Tuesday, found that 61 per cent were worried about"
        " prices.\n\nMany respondents said they had cut their weekly shop by 20 per cent."
    )
    assert all(not anonymous for _, anonymous in _speakers(text, "percent"))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (PRELUDE + "“The plan will cut 40 jobs,” said a spokesman at the company.", "Orvel Foods"),
        (PRELUDE + "“The plan will cut 40 jobs,” said a spokesman at the firm.", "Orvel Foods"),
        ("Kessby council runs the depot. “The plan will cut 40 jobs,” said a spokeswoman at the council.", "council"),
        (
            "The health ministry runs the clinic. “The plan will cut 40 jobs,” said a spokeswoman at the ministry.",
            "ministry",
        ),
    ],
)
def test_it_gives_a_spokesperson_at_a_named_body_to_the_body(sentence, body):
    [(speaker, anonymous)] = _speakers(sentence, "jobs")
    assert not anonymous and speaker is not None and body in speaker


def test_it_stops_a_set_off_description_at_a_clause_that_reports():
    text = "The plan will cut 40 jobs, according to two officials, who said 300 more could go by 2027."
    assert {speaker for speaker, _ in _speakers(text, "jobs")} == {"two officials"}


def test_it_reads_many_things_with_an_agent_ending_as_no_source():
    assert _speakers("Many computers estimated the cost at 40 million pounds.", "pounds") == [(None, False)]


@pytest.mark.parametrize("when", ["late on Tuesday", "early on Monday", "after the meeting", "before the vote"])
def test_it_drops_when_an_inverted_source_spoke_from_its_name(when):
    text = (
        f"Viktor Hallam opened the depot. “The plan will cut 40 jobs,” said a senior official at the ministry {when}."
    )
    assert _speakers(text, "jobs") == [("a senior official at the ministry", True)]
