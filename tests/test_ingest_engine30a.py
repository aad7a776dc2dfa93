"""
A corrections page speaks in its signer's voice (tests/ingest_labelling.md, "Settled in session 30"): whoever its
byline says compiled it ("Compiled by ..."), whoever signs it off ("Ann Roe, Readers' Editor" with no "By"), or the
one a "By" names under a corrections head whatever their role; the right figure it states with no source, the wrong
one it corrects and its own counts are theirs, and its "we" and passives report for no one else.
"""

from ingest.extraction import clean_text
from ingest.interviews import find_writer
from tests.ingest_helpers import speakers_by_figure

COMPILED = """THE FENWICK TIMES
News | Sport | Corrections | About us

Corrections and clarifications
Compiled by Maren Tosk, Readers' Editor
Saturday 6 March 2027

Each week we correct what we got wrong. This week we published nine corrections, up from seven last week.

Ferry fares (2 March). The standard return fare on the island ferry is 14.50 sollins, not 15.40 as we said.

To report an error, write to the readers' editor. We aim to reply within three working days, and we will tell you what
we have decided.
"""


def _one_line(page: str) -> str:
    return page.replace("what\nwe have", "what we have")


def test_it_reads_a_compiled_by_readers_editor_as_the_pages_voice():
    found = speakers_by_figure(_one_line(COMPILED))
    assert found["nine corrections"] == "Maren Tosk"
    assert found["14.50 sollins"] == "Maren Tosk"
    assert found["15.40"] == "Maren Tosk"


def test_it_reads_a_corrections_heads_byline_as_its_signer_whatever_their_role():
    page = _one_line(COMPILED).replace("Compiled by Maren Tosk, Readers' Editor", "Compiled by Maren Tosk")
    assert "By Maren Tosk, readers' editor" in clean_text(page)
    assert speakers_by_figure(page)["14.50 sollins"] == "Maren Tosk"


SIGNED_OFF = """HARBOUR EVENING NEWS
About us | Contact | Corrections

CORRECTIONS
Where we got it wrong this week

This week we received 41 complaints about accuracy and published five corrections.

Dock cranes (Monday). The harbour has 6 cranes working, not 8 as a caption said. Both errors were ours.

Kirsti Lund, Readers' Editor
"""


def test_it_reads_a_readers_editors_sign_off_after_the_last_paragraph_as_the_pages_voice():
    assert find_writer(clean_text(SIGNED_OFF)) == "Kirsti Lund"
    found = speakers_by_figure(SIGNED_OFF)
    assert found["41 complaints"] == "Kirsti Lund"
    assert found["6 cranes"] == "Kirsti Lund"


# the same page under a byline, as a readers' editor's page was read before a sign-off or "Compiled by" was
BYLINED = SIGNED_OFF.replace("CORRECTIONS\n", "CORRECTIONS\nBy Kirsti Lund, Readers' Editor\n").replace(
    "\nKirsti Lund, Readers' Editor\n", "\n"
)


def test_it_gives_a_right_figure_stated_after_a_sources_to_the_readers_editor_not_the_source():
    page = BYLINED.replace(
        "Dock cranes (Monday). ",
        "Dock cranes (Monday). The harbour board says the new quay will open in May. ",
    )
    assert speakers_by_figure(page)["6 cranes"] == "Kirsti Lund"


def test_it_gives_a_readers_editors_dated_count_to_them_not_to_background():
    page = BYLINED.replace(
        "This week we received 41 complaints about accuracy and published five corrections.",
        "We corrected 31 errors in print and online in 2026, down from 38 the year before.",
    )
    assert speakers_by_figure(page)["31 errors"] == "Kirsti Lund"


def test_it_keeps_a_readers_editors_policy_line_theirs_though_it_says_we_will_tell_you():
    page = BYLINED.replace(
        "This week we received",
        "We aim to reply within three working days, and we will tell you what we decide. This week we received",
    )
    assert speakers_by_figure(page)["three working days"] == "Kirsti Lund"


def test_it_keeps_a_readers_editors_policy_line_theirs_through_a_passive_with_no_one_telling():
    page = BYLINED.replace(
        "This week we received",
        "We aim to correct errors within 48 hours of being told about them. This week we received",
    )
    assert speakers_by_figure(page)["48 hours"] == "Kirsti Lund"


def test_it_gives_what_a_body_asked_the_paper_to_point_out_closing_the_sentence_to_that_body():
    page = BYLINED.replace(
        "Dock cranes (Monday). ",
        "Dock cranes (Monday). The tally leaves out 12 tugs, the Pellow Harbour Board has asked us to point out. ",
    )
    assert speakers_by_figure(page)["12 tugs"] == "Pellow Harbour Board"
