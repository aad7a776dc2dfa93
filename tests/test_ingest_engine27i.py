"""
Documents named once or outside the body (tests/ingest_labelling.md, "Carrying on a report", "Statistics release"): a
story set up on a body's document, in its opening or its standfirst, tells that document's findings with no cue of
their own until another source is reported or quoted, and again where the page takes the document up by its noun ("The
report backs her up", "According to the survey", "it says"). The speaker an editor is offered is the document's owner.
"""

from ingest.speakers import find_reports
from tests.ingest_helpers import speakers_by_figure


def test_findings_after_a_body_publishes_its_figures_are_the_bodys():
    text = (
        "The Marlow Water Board published its annual leakage figures on Monday.\n\n"
        "Pipes lost 118 million litres a day in the year to March. Burst mains made up 37 per cent of the losses.\n\n"
        "Repairs were finished within a day in 64 per cent of cases."
    )
    found = speakers_by_figure(text)
    assert found["118 million litres"] == "Marlow Water Board"
    assert found["37 per cent"] == "Marlow Water Board"
    assert found["64 per cent"] == "Marlow Water Board"


def test_a_place_in_the_possessive_after_a_preposition_owns_no_finding():
    text = (
        "The Orrin Freight Office published its quarterly figures on Monday.\n\n"
        "Trains on Orrin's network carried 8.4 million tonnes of freight in the quarter."
    )
    assert speakers_by_figure(text)["8.4 million tonnes"] == "Orrin Freight Office"


def test_findings_stop_at_another_source_and_go_on_where_the_report_is_taken_up():
    text = (
        "The Tollard Schools Inspectorate's report on the Wenbury district, published on Friday, found that 41 per "
        "cent of classrooms were too cold in winter.\n\n"
        "Only 12 of the 30 schools had working boilers.\n\n"
        'Maria Castell, who chairs the parents\' forum, said: "We raised 8,000 crowns for heaters ourselves."\n\n'
        "The report agrees with her in part. Heating faults shut 19 classrooms last year, it says. Repairs "
        "cost the district 1.4 million crowns."
    )
    found = speakers_by_figure(text)
    assert found["12"] == "Tollard Schools Inspectorate"
    assert found["8,000 crowns"] == "Maria Castell"
    assert found["19 classrooms"] == "Tollard Schools Inspectorate"
    assert found["1.4 million crowns"] == "Tollard Schools Inspectorate"


def test_a_statistic_set_against_its_earlier_level_after_other_voices_is_the_releases():
    text = (
        "The Orrin Freight Office published its quarterly figures on Monday.\n\n"
        "Rail freight fell by 4 per cent in the quarter.\n\n"
        'Hana Ostrow, who runs a haulage firm, said: "We lost 30 contracts this year."\n\n'
        "Coal made up 22 per cent of the tonnage, against 31 per cent a year earlier."
    )
    assert speakers_by_figure(text)["22 per cent"] == "Orrin Freight Office"


def test_according_to_the_report_is_its_owner_named_in_the_opening():
    text = (
        "The State Audit Office on Wednesday published its review of the Lanmore ferry contract.\n\n"
        "A spokesman for the ferry operator said the review was unfair.\n\n"
        "According to the report, the operator was paid 9.6 million crowns more than the contract allowed."
    )
    assert speakers_by_figure(text)["9.6 million crowns"] == "State Audit Office"


def test_according_to_the_figures_after_a_body_disputes_them_is_still_the_documents_owner():
    text = (
        "The Fenmoor Bird Trust's annual report, published on Tuesday, found that curlews had fallen by 22 per cent "
        "in a decade.\n\n"
        'The Fenmoor Farmers\' Union rejected that. "We have left 900 hectares wet since 2020," said its president, '
        "Ole Brandt.\n\n"
        "According to the figures, lapwings held steady at 3,100 pairs."
    )
    assert speakers_by_figure(text)["3,100 pairs"] == "Fenmoor Bird Trust"


def test_it_reports_while_the_story_tells_its_document_is_the_document():
    text = (
        "The Fenmoor Bird Trust's annual report, published on Tuesday, found that curlews had fallen by 22 per cent "
        "in a decade.\n\n"
        "The Fenmoor Farmers' Union said its members had left more fields wet.\n\n"
        "The report backs them up in part. Lapwings held steady at 3,100 pairs, it says."
    )
    assert speakers_by_figure(text)["3,100 pairs"] == "Fenmoor Bird Trust"


def test_it_estimates_closing_a_sentence_after_its_figure_is_a_reporting_clause():
    [report] = find_reports("About 4,500 nests are lost to mowing each year, it estimates.")
    assert report.subject == "it"
    assert report.postposed


COLUMN = """THE ASHBY ECHO
News | Opinion | Sport

Opinion | Tom Redfern

Our buses are among the slowest in the land

Tom Redfern
Saturday 3 October 2026

The Transit Policy Unit, a think-tank, published its bus league table on Monday. Ashby came 51st out of 70 towns.

Buses here averaged 9.1 miles an hour last year.

I rode the number 4 on Tuesday and counted 14 stops where nobody got on or off. I have rarely been so bored.

Councillor Ann Pryce says 30 new shelters are on order.

Back to the table. Fares in Ashby rose by 11 per cent over the year.

Tom Redfern writes every Saturday.
"""


def test_a_column_gives_the_table_it_discusses_its_own_findings_and_keeps_its_own_count():
    found = speakers_by_figure(COLUMN)
    assert found["70 towns"] == "Transit Policy Unit"
    assert found["9.1 miles an hour"] == "Transit Policy Unit"
    assert found["14 stops"] == "Tom Redfern"
    assert found["30 new shelters"] == "Ann Pryce"
    assert found["11 per cent"] == "Transit Policy Unit"


SURVEY_IN_THE_STANDFIRST = """THE ORREL HERALD
News | Countryside | Sport

Countryside

Rural bus routes are vanishing. Can anything stop it?

The Orrel Rail Users Group's annual survey, out this week, paints a grim picture for villages

By Jo Marlin
Published Monday 5 October 2026

How bad is it?
Some 48 village routes were cut last year, up from 30 the year before.

Who is hit hardest?
Older people. According to the survey, 61 per cent of riders on the cut routes were over 65.
"""


def test_a_survey_named_only_in_the_standfirst_owns_the_bodys_findings():
    found = speakers_by_figure(SURVEY_IN_THE_STANDFIRST)
    assert found["Some 48 village routes"] == "Orrel Rail Users Group"
    assert found["61 per cent"] == "Orrel Rail Users Group"


PAPER_COUNTS_ON_A_DAY = """THE ELMSWORTH COURIER
Home | News | Business | Sport

Business

Town-centre car parks stand half empty

By Ruth Aldane
Published 09:10, Friday 2 October 2026

Parking charges in Elmsworth rose again this month, and drivers appear to be staying away.

On Tuesday the Courier counted 52 free spaces at the Mill Street car park by midday.

(c) 2026 Elmsworth Courier Ltd
"""


def test_the_paper_counting_on_a_day_it_names_is_the_paper():
    assert (speakers_by_figure(PAPER_COUNTS_ON_A_DAY)["52 free spaces"] or "").lower() == "the elmsworth courier"
