"""Round 29p: a speaker named, but the wrong one."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_a_place_before_a_closing_the_company_said_is_no_company_in_apposition():
    text = (
        "Corvane Foods said on Monday it would hire 400 staff at a new plant. Corvane Foods said the plant would "
        "cost 60 million crowns.\n\nAbout half of the new jobs will go to Tessling, the company said.\n"
    )
    assert speakers_by_figure(text)["About half"] == "Corvane Foods"


COLUMN_WITH_BODYS_RECORD = """THE FENWICK HERALD
News | Opinion | Columnists

Opinion

The pool deserves better

By Marit Ellingsen

Harnby District Council wants to shut the Lowgate pool. It says the building is too old and too costly to run. I \
think it is wrong.

The council has done its homework. Its survey drew 2,300 replies, and 74 per cent of them opposed closure.

By my count the town would save about 4 million crowns a year, and I doubt that is worth losing the only pool for \
miles.

Marit Ellingsen is the Herald's economics columnist.
"""


def test_a_column_sentence_opening_on_its_body_own_record_is_the_bodys():
    speakers = speakers_by_figure(COLUMN_WITH_BODYS_RECORD)
    assert "2,300 replies" not in speakers  # the survey's size, no claim (ingest_labelling.md, session 21)
    assert speakers["74 per cent"] == "Harnby District Council"
    assert speakers["about 4 million crowns"] == "Marit Ellingsen"


def test_a_ministry_narrowed_by_its_field_is_not_the_other_ministry_named_before():
    text = (
        "The Ministry of Transport said 140 bridges had been damaged by the floods.\n\n"
        "Nearly a third of the schools in the valley were closed, according to the education ministry.\n"
    )
    speakers = speakers_by_figure(text)
    assert speakers["140 bridges"] == "Ministry of Transport"
    assert speakers["Nearly a third"] == "education ministry"


def test_a_kind_noun_after_a_noun_it_reports_on_still_takes_up_the_body():
    text = (
        "The Guild of Court Clerks said on Monday its members would strike.\n\n"
        "Clerks are paid 31 scudi an hour, a rate the guild says has not changed since 2015.\n"
    )
    assert (speakers_by_figure(text)["31 scudi"] or "").endswith("Guild of Court Clerks")


def test_the_company_takes_up_a_one_word_name_opening_the_clause_it_reports():
    text = (
        "Tellvik is recalling about 90,000 of its kettles, the company said on Monday. Owners can return them to "
        "Tellvik shops.\n"
    )
    assert speakers_by_figure(text)["about 90,000"] == "Tellvik"


def test_the_company_takes_up_the_first_word_of_a_body_named_in_full_before():
    text = (
        "The council approved the Bravik Energy wind farm on Tuesday. The Moor Action Group said it had sent "
        "900 objections.\n\n"
        "Bravik has agreed to pay 100,000 crowns a year into a village fund, the company said.\n"
    )
    assert speakers_by_figure(text)["100,000 crowns"] == "Bravik Energy"


def test_a_word_capitalised_only_as_it_opens_a_sentence_is_no_body_the_company_means():
    text = (
        "The reservoir has fallen to 30 per cent of capacity, Harnby Water said on Monday.\n\n"
        "Walkers say the old village can be seen again. Walkers say the paths are busy.\n\n"
        "Daily use peaked at 600 million litres in August, the company said.\n\n"
        "The company says it loses 90 million litres a day through leaks.\n"
    )
    speakers = speakers_by_figure(text)
    assert speakers["600 million litres"] == speakers["90 million litres"] == "Harnby Water"


def test_one_who_emailed_a_quotation_speaks_it():
    text = (
        "Nurses across the county say pay has not kept up.\n\n"
        'Kristin, a nurse in Dunmere, emailed us: "I take home 2,100 crowns a month."\n\n'
        'A reader, Hanne, has emailed from the ward: "There are maybe fifty of us on nights."\n'
    )
    speakers = speakers_by_figure(text)
    assert speakers["2,100 crowns"] == "Kristin"
    assert speakers["fifty of us"] == "Hanne"


def test_it_is_not_the_wire_agency_of_the_dateline():
    text = (
        "PORT ELM, Tessary, May 3 (TNW) - A ferry ran aground off Port Elm on Monday night, the coastguard "
        "said.\n\nThe ferry grounded on a sandbank shortly after midnight, the coastguard said. All 40 passengers were "
        "safe, it said.\n"
    )
    assert speakers_by_figure(text)["40 passengers"] == "coastguard"


def test_a_documents_title_in_apposition_is_no_speaker():
    text = (
        "Ines Marlow, who led the housing survey office for 20 years, has died aged 81.\n\n"
        "Her 1998 report, Open Doors, predicted that one in five homes in the county would stand empty by 2020.\n"
    )
    assert speakers_by_figure(text)["one in five"] == "Ines Marlow"


def test_a_noun_before_the_head_of_the_subject_is_no_body_it_means():
    text = (
        "Harnby Mobile said hackers had reached its billing systems on Friday.\n\n"
        "The bank details of about 90,000 customers were also exposed, it said.\n"
    )
    assert speakers_by_figure(text)["about 90,000 customers"] == "Harnby Mobile"


QA_ASKING_WHAT_YOU_SAID = """THE FENWICK HERALD

INTERVIEW

Ebba Strandqvist runs the Lowfield library service. We asked her about the rise in e-book loans.

Q: How many e-books do you lend?
A: We lent 600,000 last year. Our members love them.

Q: Last spring you told this paper you expected 900,000 loans this year. What changed?
A: We added a new app. I think it doubled our younger readers.
"""


def test_a_questions_you_is_the_one_interviewed():
    speakers = speakers_by_figure(QA_ASKING_WHAT_YOU_SAID)
    assert speakers["900,000 loans"] == "Ebba Strandqvist"


def test_a_report_to_a_bodys_committee_is_the_bodys_and_the_report_after_it_too():
    text = (
        "Harnby District Council said on Monday it would review its pools.\n\n"
        "A report to the council's leisure committee, published on Friday, says 4 of the town's pools need new roofs."
        "\n\nThe report says the repairs would cost 2 million crowns over two years.\n"
    )
    speakers = speakers_by_figure(text)
    assert speakers["2 million crowns"] == "Harnby District Council"
