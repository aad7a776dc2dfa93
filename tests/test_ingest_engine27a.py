"""
A body's own page speaks for that body wherever it gives its figures with no one named (tests/ingest_labelling.md,
"A press release's own figures are its issuer's", "Statistics release"): a release whose masthead names the company in
capitals with its legal form ("ORLEY MUTUAL plc"), and a statistics page whose masthead carries the site's menu and
whose dating line gives its next update. The speaker an editor is offered is the body, not no one.
"""

from tests.ingest_helpers import speakers_by_figure

RELEASE_IN_CAPITALS = """ORLEY MUTUAL plc
Home | Insurance | Claims | Newsroom

FOR IMMEDIATE RELEASE
2 March 2027

Orley Mutual update on winter flood claims

Orley Mutual today gives an update on claims after the January floods along the river Brann.

By Friday, the society had received 6,300 claims from members, up from 4,100 a fortnight ago.
It has paid out 3.2 million crowns so far.

(c) Orley Mutual 2027
"""

STATISTICS_PAGE = """Kettering Board of Health | Statistics | Hospitals | Contact us

Home > Statistics > Hospitals

Ambulance handover times: quarter to March 2027
Official statistics
Published 4 May 2027  |  Next update 3 August 2027

Main points
Ambulance crews waited an average of 41 minutes to hand patients over, up from 33 minutes a year earlier.
Handovers took longer than an hour in 18 per cent of cases.
"""


def test_a_release_under_a_company_masthead_in_capitals_speaks_for_the_company():
    found = speakers_by_figure(RELEASE_IN_CAPITALS)
    assert found["6,300 claims"].lower() == "orley mutual"
    assert found["3.2 million crowns"].lower() == "orley mutual"


def test_a_statistics_page_dated_with_its_next_update_speaks_for_its_publisher():
    found = speakers_by_figure(STATISTICS_PAGE)
    assert found["41 minutes"] == "Kettering Board of Health"
    assert found["18 per cent"] == "Kettering Board of Health"


def test_a_bodys_findings_in_its_periodic_publication_by_title_run_on_as_its_own():
    text = (
        "Ferry traffic across the sound rose 12 per cent last year, the Sound Users Council said in its annual "
        "Crossing Review on Tuesday.\n\n"
        "That took the number of crossings to 8,400, up from 7,500 a year earlier."
    )
    assert speakers_by_figure(text)["8,400"] == "Sound Users Council"


def test_a_reports_authors_speak_for_the_body_whose_report_it_is():
    text = (
        "Ferry traffic across the sound rose 12 per cent last year, the Sound Users Council said in its annual "
        "report on Tuesday.\n\n"
        "But the report's authors say most of the rise came from lorries. Freight crossings cost hauliers 14 million "
        "crowns, and cars a further 3 million."
    )
    assert speakers_by_figure(text)["14 million crowns"] == "Sound Users Council"


def test_a_thing_seen_in_the_figures_is_no_source_that_breaks_their_run():
    text = (
        "The trade deficit widened to 3.1 billion crowns in May, the statistics office said on Friday. Exports fell "
        "5.2 percent from a year earlier.\n\n"
        "The port strike shows clearly in the data. Exports of timber fell by nearly a half on the year."
    )
    assert speakers_by_figure(text)["nearly a half"] == "statistics office"


def test_a_change_to_be_made_told_bare_after_an_interruption_is_the_quoted_bodys():
    text = (
        "Parking at Lornby Harbour will cost more from June, the Lornby Harbour Board said on Monday. The first hour "
        "will cost 2 crowns, the board said.\n\n"
        'Fishermen who use the quay every day say they cannot afford it. "We are already paying too much," said '
        "Ansgar Holm, who skippers a trawler.\n\n"
        "Season tickets will rise to 60 crowns from 45 crowns."
    )
    assert speakers_by_figure(text)["60 crowns from 45"] == "Lornby Harbour Board"


def test_a_bodys_own_output_to_be_made_told_bare_with_its_earlier_level_is_the_bodys():
    text = (
        "Radio Lornby will be merged with its sister station in the spring, the Lornby Broadcasting Trust said. "
        "Its studios will close, the trust said.\n\n"
        "Listeners have protested outside the building.\n\n"
        "The merged station will make 40 hours of local programmes a week, down from 70."
    )
    assert speakers_by_figure(text)["40 hours"] == "Lornby Broadcasting Trust"


def test_a_document_whose_owner_has_a_possessive_in_its_name_speaks_for_the_owner():
    text = "The Harl Growers' Federation's annual survey found that 38 per cent of farms had cut their herds."
    assert speakers_by_figure(text)["38 per cent"] == "Harl Growers' Federation"


def test_a_survey_with_its_sample_set_off_by_commas_still_reports():
    text = (
        "Orders fell again last quarter. The Harl Growers' Federation's annual survey, of 640 farms, found that "
        "38 per cent of farms had cut their herds."
    )
    assert speakers_by_figure(text)["38 per cent"] == "Harl Growers' Federation"


def test_a_bare_document_after_a_description_of_the_figure_is_the_reports_subject():
    text = (
        "Ferry traffic across the sound rose 12 per cent last year, the Sound Users Council said in its annual "
        "report. Brannock carried 41 per cent of all crossings, the largest share in the Harl Ferry Group, the "
        "report says."
    )
    assert speakers_by_figure(text)["41 per cent"] == "Sound Users Council"
