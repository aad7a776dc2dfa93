"""Unnamed sources described at length, and events a source narrates inside its own report (round 32)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[tuple[Decimal | None, str | None, str | None, bool, str]]:
    return [
        (m.value, m.unit, m.speaker, m.speaker_anonymous, m.stance)
        for m in extract(clean_text(text))
        if m.value is not None
    ]


def test_an_unnamed_source_with_a_long_description_and_an_aside_is_the_speaker():
    text = (
        "The vote is on Friday. A tenant of the Brackley estate for 30 years, who asked not to be named, said "
        "residents would get only 3 of the 12 places on the new committee."
    )
    claims = _claims(text)
    assert (
        Decimal(3),
        "places",
        "A tenant of the Brackley estate for 30 years, who asked not to be named",
        True,
        "asserts",
    ) in claims
    assert (
        Decimal(12),
        "places",
        "A tenant of the Brackley estate for 30 years, who asked not to be named",
        True,
        "asserts",
    ) in claims


def test_an_unnamed_group_with_a_restrictive_relative_is_the_speaker_and_not_a_count():
    text = (
        "The station faces closure. Four engineers from firms that service the line said repairs would cost "
        "about 9 million crowns."
    )
    claims = _claims(text)
    assert claims == [(Decimal(9000000), "crowns", "Four engineers from firms that service the line", True, "asserts")]


def test_a_source_narrating_a_past_event_in_its_report_stays_the_speaker():
    text = (
        "The storm closed the port. A port official, speaking anonymously, told the Herald that managers had "
        "originally proposed a fee of 7 per cent for the smaller boats."
    )
    claims = _claims(text)
    assert claims == [(Decimal(7), "percent", "A port official, speaking anonymously", True, "asserts")]


def test_a_named_source_narrating_a_past_event_stays_the_speaker():
    text = (
        "Fog closed the motorway. Mira Tolland told the Herald that the county council had declared an emergency "
        "and opened 6 rest centres overnight."
    )
    claims = _claims(text)
    assert [c[2] for c in claims] == ["Mira Tolland"]


def test_recalled_reports_what_its_subject_remembers():
    text = "The zoo closes in May. A retired keeper, who asked not to be named, recalled that it once held 40 bears."
    claims = _claims(text)
    assert claims == [(Decimal(40), "bears", "A retired keeper, who asked not to be named", True, "asserts")]


def test_what_a_source_says_its_own_things_showed_is_the_sources():
    text = "Growers gave evidence. Ruth Olsen said she stopped selling after her own scales showed 2 tonnes missing."
    claims = _claims(text)
    assert [(c[0], c[2]) for c in claims if c[1] == "tonnes"] == [(Decimal(2), "Ruth Olsen")]


def test_an_unnamed_agent_of_told_is_the_speaker():
    text = "The plan is secret. I am told by someone who sits on the trust's board that the list had 61 sites on it."
    claims = _claims(text)
    assert claims == [(Decimal(61), "sites", "someone who sits on the trust's board", True, "asserts")]


def test_according_to_people_the_writer_spoke_to_is_them():
    text = "Rents are rising. Some owners charge as much as 90 crowns a week, according to three tenants I spoke to."
    claims = _claims(text)
    assert [(c[0], c[2], c[3]) for c in claims if c[1] == "crowns"] == [(Decimal(90), "three tenants", True)]


TURNS = """Transcript of the 07:40 segment of Morning Orsk

PIA LANDGREN (PRESENTER): Good morning. The harbour lifts are failing. Our reporter Oskar Venn has been there.

OSKAR VENN (REPORTER): "They promised repairs in 2019," said Ivo Brask, 61, who has worked the lifts since 1990. \
One mechanic, who asked not to be \
named, said the lifts had been neglected for years. "Last winter it was 7 out of 9," he said. And I spoke to a \
docker on the night shift who did not want to be named. She told me her crew had treated 12 people since Friday.

LANDGREN: With me is Marta Hole, who runs the harbour company.

MARTA HOLE: We have ordered new lifts.

LANDGREN: Thank you both.
"""


def _turn_speakers(text: str) -> dict[str, tuple[str | None, bool]]:
    return {m.figure: (m.speaker, m.speaker_anonymous) for m in extract(text) if m.value is not None}


def test_he_in_a_reporters_turn_is_the_unnamed_source_the_turn_quoted():
    assert _turn_speakers(TURNS)["7 out of 9"] == ("One mechanic, who asked not to be named", True)


def test_she_after_the_reporter_spoke_to_someone_unnamed_is_them():
    assert _turn_speakers(TURNS)["12 people"] == ("a docker on the night shift", True)
