"""
Review findings on session 28's pages in their writer's voice: a "Reviewed by" credit makes a page a review only
under a review's head; what a body has since told a readers' editor is that body's; a run of title-case headlines is
no paragraph of prose for its full stops; a fact-check's numbered claims are the one their own line names, else the
one the page checks, not merely the first person its introduction names; a letter's "Sir," is no speaker, and
"a hole on Ferrier Street" names no person.
"""

from ingest.extraction import clean_text
from tests.ingest_helpers import speakers_by_figure

NEWS_CHECKED = """THE HARBOUR GAZETTE
News | Health | Sport

Hospital waits rise for third month

Reviewed by Ola Berge
Monday 3 May 2027

Waiting lists at Kellby General rose to 11,870 in April, the hospital trust said on Monday.

About 1,200 people attended the hospital's open day on Saturday, when the new scanner was shown off.
"""


def test_it_reads_a_reviewed_by_credit_as_a_reviewers_voice_only_under_a_reviews_head():
    assert speakers_by_figure(NEWS_CHECKED)["About 1,200 people"] is None
    page = NEWS_CHECKED.replace("News | Health | Sport", "News | Health | Sport\n\nARTS | REVIEW")
    assert "By Ola Berge, reviewer" in clean_text(page)


CORRECTIONS = """THE HARBOUR GAZETTE
News | Opinion | Corrections

Corrections and clarifications

By Lise Haugen, Readers' Editor
Sunday 9 May 2027

Every week we publish hundreds of stories, and this month we put right 17 of them, up from 12 in April.

A story on 2 May said the council's budget would rise by 9 per cent. The council has since told us the figure is 14
per cent.
"""


def test_it_gives_what_a_body_has_since_told_a_readers_editor_to_that_body():
    found = speakers_by_figure(CORRECTIONS.replace("14\nper cent", "14 per cent"))
    assert found["17"] == "Lise Haugen"
    assert found["14 per cent"] == "council"


HEADLINES = """THE HARBOUR GAZETTE
News | Council | Sport

Bus fares to rise by 12 per cent

By Kari Dahl
Monday 3 May 2027

The transport authority said on Monday that fares would rise by 12 per cent from June.

Council Cuts Library Opening Hours Again. Harbour Board Sells Old Pier To Kellby Developer. Mayor Faces Confidence
Vote Over Parking Fees. Hospital Trust Hires 40 New Nurses For Winter. Ferry Strike Ends After Nine Days.

Fares rose 8 per cent last year.
"""


def test_it_drops_a_run_of_title_case_headlines_though_it_has_full_stops():
    page = HEADLINES.replace("Confidence\nVote", "Confidence Vote")
    assert "Council Cuts" not in clean_text(page)


INTRODUCTION = (
    "Opposition spokeswoman Kari Moen asked us to check the figures Fisheries Minister Halvor Sande gave the harbour "
    'board on Monday. Sande said the fleet was "in its best shape for years". We checked what he said.'
)
FACT_CHECK = f"""THE HARBOUR GAZETTE
News | Fact Check | Opinion

Fact check: the fisheries minister's three claims

By Tove Lian
Thursday 6 May 2027

{INTRODUCTION}

Claim 1: "We have 140 more boats at sea than in 2023."
The fleet register shows 1,310 boats, up from 1,250, the fisheries agency said.

Claim 2: "Nine in ten boats now pass their safety checks"
The agency's inspectors passed 71 per cent of the boats they checked last year.
"""


def test_it_gives_numbered_claims_to_the_one_the_fact_check_checks_not_the_first_its_introduction_names():
    found = speakers_by_figure(FACT_CHECK)
    assert found["140 more boats"] == "Halvor Sande"
    assert found["Nine in ten"] == "Halvor Sande"


def test_it_gives_a_numbered_claim_to_the_one_its_own_line_names():
    page = FACT_CHECK.replace('Claim 2: "Nine', 'Claim 2: Deputy Minister Ola Brekke said "Nine')
    assert speakers_by_figure(page)["Nine in ten"] == "Ola Brekke"


LETTERS = """THE FENMOOR FARMER
News | Opinion | Letters

OPINION > LETTERS
Letters: the fever and the hedge grant

Compiled by Marit Holm, Letters Editor
Friday 22 January 2027

Fever compensation
Sir, the ministry will pay 85 per cent of market value for culled cattle. My neighbour lost his herd of 140 cows.
Sofie Lund, Sallow Cross
"""


def test_it_reads_a_letters_salutation_as_no_subject_of_its_first_sentence():
    assert speakers_by_figure(LETTERS)["85 per cent"] == "ministry"


POTHOLES = """THE BRACKWATER GAZETTE
News | Council

Pothole backlog hits record

By Kari Dahl
Monday 3 May 2027

The council's pothole backlog rose again in March.

Petra Dunmore, a cyclist who broke her wrist when her wheel dropped into a hole on Ferrier Street in January, now counts
them on her way to work. "I have counted 14 potholes between my house and the station," she said.
"""


def test_it_reads_a_street_after_a_preposition_as_no_person_she_could_mean():
    page = POTHOLES.replace("counts\nthem", "counts them")
    assert speakers_by_figure(page)["14 potholes"] == "Petra Dunmore"
