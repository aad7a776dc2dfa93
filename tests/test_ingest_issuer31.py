"""Round 31: the page's issuer speaking its own figures: a release by its structure, a results story's company."""

from __future__ import annotations

from ingest.extraction import clean_text, release_issuer
from tests.ingest_helpers import speakers_by_figure

# A paper's page carrying a release as supplied, whose lead sets what the issuer is off by commas
CARRIED_WITH_APPOSITION = """THE HOLMBY HERALD  |  Business  |  Press releases
PRESS RELEASE - published as supplied. The Herald does not edit releases.

Holmby Grain Traders posts record harvest intake

LOWMOOR, 2 May 2027 - Holmby Grain Traders, the growers' marketing company, today announced its results for the year.

The company bought 212,000 tonnes of grain from its growers during the year.
"""

# A government page whose release line names its issuer before the marker
NAMED_MARKER = """GOV.KEL
Government of Kelmark | Departments | Press office

Department for Rural Roads - Press release

Pothole fund doubled for village roads
Published 3 June 2027

The pothole fund for village roads will rise to 44 million crowns next year, the department announced today.

The fund has repaired 18,300 potholes since it opened.

Notes to editors
1. The fund opened in 2024.
"""

# A release that gives one figure to another body, then goes on in its own voice
RELEASE_AFTER_ANOTHERS_FIGURE = """Brenmoor Water Company
PRESS RELEASE

Brenmoor Water Company today announced its annual figures for the year to March.

Rainfall was 30 per cent below normal, according to the regional weather office. Leakage fell 9 per cent.
"""

# A reporting clause on a line of its own, too short to read as prose, introducing the quotation below it
SAID_ON_ITS_OWN_LINE = """The council approved the new bus routes on Tuesday after a long debate in the chamber.

Transport chief Ilsa Brandt said:

"We will run 140 extra buses a day from September, and every village will have a service."
"""


def test_it_finds_a_carried_releases_issuer_in_a_lead_that_says_what_the_issuer_is():
    assert release_issuer(clean_text(CARRIED_WITH_APPOSITION)) == "Holmby Grain Traders"
    assert speakers_by_figure(CARRIED_WITH_APPOSITION)["212,000 tonnes"] == "Holmby Grain Traders"


def test_it_finds_the_issuer_a_release_line_names_before_its_marker():
    assert release_issuer(clean_text(NAMED_MARKER)) == "Department for Rural Roads"
    assert speakers_by_figure(NAMED_MARKER)["18,300 potholes"] == "Department for Rural Roads"


def test_it_gives_a_releases_figures_back_to_its_issuer_after_one_it_gives_another():
    speakers = speakers_by_figure(RELEASE_AFTER_ANOTHERS_FIGURE)
    assert speakers["30 per cent"] == "regional weather office"
    assert speakers["9 per cent"] == "Brenmoor Water Company"


def test_it_keeps_a_said_line_that_introduces_a_quotation():
    assert "Transport chief Ilsa Brandt said:" in clean_text(SAID_ON_ITS_OWN_LINE)
    assert speakers_by_figure(SAID_ON_ITS_OWN_LINE)["140 extra buses"] == "Ilsa Brandt"


# A results story whose lead names an annual period, and whose company is then called by what it is
ANNUAL_RESULTS = """Pellmoor Building Society, the county's oldest lender, reported a rise in annual profit on Monday.

Pre-tax profit rose 14 per cent to 22.5 million crowns. The lender has about 96,000 members.

The society collected 1.4 billion crowns in new savings. It will pay a bonus of 2 million crowns to members.
"""


def test_it_takes_an_annual_profit_lead_for_a_results_story():
    assert speakers_by_figure(ANNUAL_RESULTS)["22.5 million crowns"] == "Pellmoor Building Society"


# The same, with a half-year lead, which needs no annual period
HALF_YEAR_RESULTS = ANNUAL_RESULTS.replace("annual profit", "half-year profit")


def test_it_gives_a_results_storys_company_called_by_its_kind_its_own_results():
    speakers = speakers_by_figure(HALF_YEAR_RESULTS)
    assert speakers["about 96,000 members"] == "Pellmoor Building Society"
    assert speakers["1.4 billion crowns"] == "Pellmoor Building Society"
    assert speakers["2 million crowns"] == "Pellmoor Building Society"


# A results lead whose company's name says nothing of what it is, but its apposition does
SET_OFF_AS_MAKER = """Tarvik Lunde, the Holmby-based maker of bicycles, reported a fall in half-year profit on Friday.

Revenue fell 6 per cent to 91 million crowns.
"""


def test_it_takes_a_company_set_off_as_a_maker_in_a_results_lead_for_the_stories_company():
    assert speakers_by_figure(SET_OFF_AS_MAKER)["91 million crowns"] == "Tarvik Lunde"
