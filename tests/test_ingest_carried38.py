"""
Speakers carried on (issue 14, branch carried38): a sentence right after a report, in its paragraph, with no reporting
verb of its own, that carries the report's count on by its opening ("Another 1,200 are without power", "The remaining
640 were thefts", "Of the 96 vehicles on board, 31 were destroyed", "For graduates who ..., the rate will rise to")
or by taking up the period the report gave ("... over the same period") is the source's (tests/ingest_labelling.md,
"Carrying on a report"). The guards keep what must not change: another paragraph, the paper's own background, history
from a year, another actor, a first-person aside, and a report of its own in the sentence.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract

# (the report's sentence, the source the engine gives it)
REPORTS = [
    ("Floods damaged {a} {unit} in the Varro valley, the interior ministry said on Sunday.", "interior ministry"),
    ("The Tessel Water Board said {a} {unit} had been checked by the end of May.", "Tessel Water Board"),
    ("According to the Harnvik Red Cross, {a} {unit} were counted in the first week.", "Harnvik Red Cross"),
    ("Orvel Logistics said on Tuesday that {a} {unit} had been affected.", "Orvel Logistics"),
]
UNITS = ["homes", "wells", "households", "depots"]

# the carrying sentence, with {b} for its figure (written in digits) and {unit}
CARRIED = [
    "Another {b} {unit} are without power.",
    "A further {b} {unit} failed the test.",
    "An additional {b} {unit} are still waiting for an inspector.",
    "The remaining {b} {unit} were left as they were.",
    "The other {b} {unit} stood empty.",
    "Of the {unit} in the north, {b} were damaged beyond repair.",
    "Most of them, {b} in all, were in the lower town.",
    "For {unit} on the coast, the bill came to {b} crowns each.",
    "In the hill districts, {b} {unit} were hit over the same period.",
]


def _speaker_of(text: str, value: Decimal) -> str | None:
    found = [m.speaker for m in extract(clean_text(text)) if m.value == value]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("carried", CARRIED)
@pytest.mark.parametrize(("report", "source"), REPORTS)
def test_a_report_carried_on_by_its_opening_is_the_source_s(report: str, source: str, carried: str, unit: str) -> None:
    text = report.format(a="4,310", unit=unit) + " " + carried.format(b="1,270", unit=unit)
    assert _speaker_of(text, Decimal(4310)) == source
    assert _speaker_of(text, Decimal(1270)) == source


# near misses: each must keep the figure no one's (None), as the base does
GUARDS = [
    # a new paragraph: the report does not run past its paragraph on its opening alone
    "{report}\n\nAnother {b} {unit} were hit by a storm last winter.",
    # the paper's own background: a standing description, no opening that carries the count
    "{report} The valley has {b} {unit} in all.",
    # history told from a year
    "{report} In 2019 another {b} {unit} were hit.",
    # another actor, whose own figure it is ("Another operator")
    "{report} Another operator, Brisk Haulage, runs {b} {unit} in the south.",
    # a first-person aside of the writer
    "{report} The remaining {b} {unit}, I am told, are fine.",
]


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("guard", GUARDS)
@pytest.mark.parametrize(("report", "source"), REPORTS)
def test_a_near_miss_is_not_carried(report: str, source: str, guard: str, unit: str) -> None:
    text = guard.format(report=report.format(a="4,310", unit=unit), b="1,270", unit=unit)
    assert _speaker_of(text, Decimal(1270)) != source


@pytest.mark.parametrize(("report", "source"), REPORTS)
def test_a_report_of_its_own_gives_its_own_source(report: str, source: str) -> None:
    text = report.format(a="4,310", unit="homes") + " Another 1,270 homes were hit, the fire service said."
    assert _speaker_of(text, Decimal(1270)) == "fire service"


@pytest.mark.parametrize(("report", "source"), REPORTS)
def test_a_quotation_is_its_speaker_s(report: str, source: str) -> None:
    text = (
        report.format(a="4,310", unit="homes") + ' "Another 1,270 homes were flooded in our street alone," said '
        "Pirjo Haak, a resident."
    )
    assert _speaker_of(text, Decimal(1270)) == "Pirjo Haak"


# Indirect speech running on: the report's tense shifted back goes on sentence after sentence of its paragraph ("It
# would cost 3m. Work would start in May. The line would carry 42,000 a day.")
SHIFTED_REPORTS = [
    ("The transport ministry said the new bridge would open in 2029.", "transport ministry"),
    ("According to Halden Ferries, the new route would start in June.", "Halden Ferries"),
    ("Mayor Ilse Marrow said on Monday that the plan would go ahead.", "Ilse Marrow"),
]
SHIFTED_ON = [
    "Work would start in May. {n} would carry {b} {unit} a day.",
    "Crossings could begin within weeks. {n} would take {b} {unit} a day.",
    "The first stage might be ready by spring. At full use {n} would handle {b} {unit} a day.",
]
NOUNS = [("The bridge", "vehicles"), ("The route", "passengers"), ("The new link", "lorries")]


@pytest.mark.parametrize(("noun", "unit"), NOUNS)
@pytest.mark.parametrize("shifted", SHIFTED_ON)
@pytest.mark.parametrize(("report", "source"), SHIFTED_REPORTS)
def test_indirect_speech_runs_on_over_its_paragraph(
    report: str, source: str, shifted: str, noun: str, unit: str
) -> None:
    text = report + " " + shifted.format(n=noun, b="42,000", unit=unit)
    assert _speaker_of(text, Decimal(42000)) == source


SHIFTED_GUARDS = [
    # a sentence in the paper's own voice, no modal, breaks the run
    "{report} The old crossing closed last year. {n} would carry {b} {unit} a day.",
    # a new paragraph
    "{report} Work would start in May.\n\n{n} would carry {b} {unit} a day.",
    # the writer's own first person
    "{report} Work would start in May. I would guess {n} would carry {b} {unit} a day.",
]


@pytest.mark.parametrize(("noun", "unit"), NOUNS)
@pytest.mark.parametrize("guard", SHIFTED_GUARDS)
@pytest.mark.parametrize(("report", "source"), SHIFTED_REPORTS)
def test_indirect_speech_stops_where_the_run_breaks(report: str, source: str, guard: str, noun: str, unit: str) -> None:
    text = guard.format(report=report, n=noun, b="42,000", unit=unit)
    assert _speaker_of(text, Decimal(42000)) != source


# Review findings (notes/findings_carried38.md): each figure is no one's (None), as it was before the carrying on
NOT_CARRIED = [
    # another actor's own figure, by "Rival ..." or set off as the rival, taking up the period
    (
        "Heathmoor Airport said it handled 6.2 million passengers in the first half. Rival Calder airport handled 2.1 "
        "million passengers over the same period.",
        Decimal(2100000),
    ),
    (
        "Heathmoor Airport said it handled 6.2 million passengers in the first half. Calder airport, its nearest "
        "rival, handled 2.1 million over the same period.",
        Decimal(2100000),
    ),
    # a denial is not carried on as an assertion of the next figure
    ("The company denied it had cut 300 jobs. Another 200 jobs went at its Varno plant.", Decimal(200)),
    # a capitalised "X of the" that is a name or a subject, not a part of the count
    (
        "The Tessel Water Board said 4,310 wells had been checked by the end of May. Friends of the Earth has 2,000 "
        "volunteers in the region.",
        Decimal(2000),
    ),
    (
        "The housing association said rents would rise 4 per cent in April. Residents of the estate already pay 1,200 "
        "crowns a year in service charges.",
        Decimal(1200),
    ),
    (
        "The council said 310 trees had been felled. Friends of the Park, a volunteer group, planted 450 saplings last "
        "winter.",
        Decimal(450),
    ),
    # the body's own staff: background, no speaker
    (
        "The hospital said it treated 5,000 patients in May. Most of the staff, 1,400 nurses and doctors, work "
        "twelve-hour shifts.",
        Decimal(1400),
    ),
    # "For decades", "Across the industry", "Among its neighbours": the paper's background or others, not a group
    # the report's figure is given for
    (
        "The interior ministry said floods damaged 4,310 homes on Sunday. For decades the valley had just 3 flood "
        "wardens.",
        Decimal(3),
    ),
    ("The bank said it would cut 500 jobs. Across the industry, 12,000 jobs have gone since 2020.", Decimal(12000)),
    (
        "The interior ministry said floods damaged 4,310 homes on Sunday. Among its neighbours, Nordland was hit "
        "hardest with 900 homes damaged.",
        Decimal(900),
    ),
    # an actor named after the figure
    (
        "Harnvik council said it would build 400 homes by 2030. Another 1,200 homes are planned by a private "
        "developer, Brisk Homes.",
        Decimal(1200),
    ),
    # history from a year later in the sentence
    (
        "The ministry said 4,310 homes were damaged. Another 900 were hit by the 2021 storm, before the new dykes were "
        "built.",
        Decimal(900),
    ),
    # the paper's own comparison, with a "could" of its own, does not run the shifted speech on
    (
        "The ministry said the bridge would open in 2029. Work would start in May. A similar bridge in Varno could "
        "carry only 9,000 vehicles a day when it opened in 1990.",
        Decimal(9000),
    ),
]


@pytest.mark.parametrize(("text", "value"), NOT_CARRIED)
def test_what_the_report_did_not_count_is_not_carried(text: str, value: Decimal) -> None:
    assert _speaker_of(text, value) is None
