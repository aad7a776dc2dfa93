"""Round 30: a body's own account: its press release carried as supplied, and its voice over the sentences after."""

from __future__ import annotations

from ingest.extraction import clean_text, release_issuer
from tests.ingest_helpers import speakers_by_figure

# A local paper's notices page carrying a release with no "Issued by:" line: its lead says who announces
CARRIED_NO_ISSUER_LINE = """THE WESTBY ECHO
News | Notices | Sport
Notices > Press releases
The Echo publishes press releases from local bodies as supplied. They are not edited.
Westby Water launches leak campaign
PRESS RELEASE
Westby Water today announced that it will replace 40 kilometres of old mains in the town over the next two years.

The work is paid for by a loan of 12 million crowns. The company employs 640 staff.
"""


def test_a_release_carried_as_supplied_is_its_announcers_by_its_lead():
    assert release_issuer(clean_text(CARRIED_NO_ISSUER_LINE)) == "Westby Water"
    speakers = speakers_by_figure(CARRIED_NO_ISSUER_LINE)
    assert speakers["640 staff"] == "Westby Water"


# A note that the page is a release as supplied, and a "Supplied by:" line naming the body then its office
SUPPLIED_BY_WITH_OFFICE = """THE WESTBY ECHO
News | Notices | Sport
This press release is published as supplied.
Record year for the county's parks
Supplied by: Westby County Parks Trust, Press Office
WESTBY, 3 May 2026 - The Westby County Parks Trust today announced that visits rose to a record.

There were 212 volunteers in 2025.
"""


def test_a_supplied_by_line_names_the_issuer_before_its_office():
    assert release_issuer(clean_text(SUPPLIED_BY_WITH_OFFICE)) == "Westby County Parks Trust"
    assert speakers_by_figure(SUPPLIED_BY_WITH_OFFICE)["212 volunteers"] == "Westby County Parks Trust"


# A dateline then the issuer, with its initials, as the subject of "today announced", and no other line naming it
DATELINE_LEAD = """Notices
The Westby Echo prints press releases as supplied by the bodies that send them.
PRESS RELEASE
WESTBY, 3 May 2026 - The Westby County Parks Trust (WCPT) today announced that visits rose to a record this spring.

There were 212 volunteers in 2025.
"""


def test_a_release_lead_after_a_dateline_names_its_issuer():
    assert release_issuer(clean_text(DATELINE_LEAD)) == "The Westby County Parks Trust"


# A news story that only mentions a release names no issuer
NEWS_ABOUT_A_RELEASE = """The Westby Echo
Council defends parks budget
The council said in a press release that visits rose. There were 212 volunteers in 2025, it said.
"""


def test_a_story_mentioning_a_release_is_no_release():
    assert release_issuer(clean_text(NEWS_ABOUT_A_RELEASE)) is None


# A participle after a noun, then a prepositional phrase and the clause's verb of change, is a reduced relative
# ("the claims lodged under the scheme rose"), not a report whose source is the noun; the closing source gives it
REDUCED_RELATIVE_WITH_PHRASE = (
    "The number of thefts reported under the new scheme rose to 412 last year, according to the police authority."
)


def test_a_participle_with_a_phrase_before_a_verb_of_change_is_no_report():
    assert speakers_by_figure(REDUCED_RELATIVE_WITH_PHRASE)["412"] == "police authority"


# A dateline with a date before the subject of a reporting verb is no part of the source
DATELINE_THEN_SUBJECT = (
    "HALVIK, 2 March 2026 - The Halvik Water Board (HWB) today announced that 4,200 homes were connected last year."
)


def test_a_dateline_opening_the_sentence_is_not_the_source():
    assert speakers_by_figure(DATELINE_THEN_SUBJECT)["4,200 homes"] == "Halvik Water Board"


# An "according to" that closes a set-off relative clause gives the figure the clause tells
ACCORDING_TO_CLOSING_A_RELATIVE = (
    "Councillors approved the bypass, which drew 640 written objections, according to the planning department."
)


def test_an_according_to_closing_a_relative_clause_gives_its_figure():
    assert speakers_by_figure(ACCORDING_TO_CLOSING_A_RELATIVE)["640 written objections"] == "planning department"
