"""
Round 44, wrong named speakers. A document a page names by its kind alone ("the return says", "the records show",
"the tracker", "the notice") stands for the body whose document it is, as "the report says" already did
(tests/ingest_labelling.md, "Carrying on a report"); a chain whose trading name ends with its trade in the plural
("Brightwell Opticians", "Calloway Chemists") is a body, so "the company said" after it takes it up; and "a
spokeswoman" speaks for the body the sentence before opened on when it is named in lower case by its kind and what it
is of ("The ministry of health and care disputed that"), and mid-paragraph for the body its paragraph last quoted by
name. A page that names no body for its document, a plural trade in lower case ("staff at two chemists"), a body known
only by a description ("The borough council") and a paragraph that quoted no one stay as they were.
"""

from tests.ingest_helpers import speaker_of_value

# -- a document named by its kind alone -------------------------------------------------------------------------------


def test_it_gives_the_return_to_the_body_that_filed_it() -> None:
    page = (
        "Anglers' club files its figures\n\n"
        "The Harlow Vale Angling Association said its waters were fished harder than ever this season. "
        "Its members caught 4,200 trout in the season, the return says.\n"
    )
    assert speaker_of_value(page, 4200) == "Harlow Vale Angling Association"


def test_it_gives_the_records_to_the_body_that_kept_them() -> None:
    page = (
        "Ferries held in port\n\n"
        "Ships run by Corran Ferries were detained 9 times last year, according to Coastal Safety Agency records. "
        "The oldest vessel accounted for 61 of the faults on its own, the records show.\n"
    )
    assert speaker_of_value(page, 61) == "Coastal Safety Agency"


def test_it_gives_the_tracker_to_the_office_that_runs_it() -> None:
    page = (
        "Flood appeal short of its goal\n\n"
        "The Relief Coordination Office said the appeal had raised less than half of what it needs. "
        "Donors have paid 23 million dollars so far, according to the tracker.\n"
    )
    assert speaker_of_value(page, 23_000_000) == "Relief Coordination Office"


def test_it_leaves_a_document_no_body_owns_as_it_reads() -> None:
    page = "Walkers warned\n\nRepairs to the path will cost 40,000 crowns, the notice says.\n"
    assert speaker_of_value(page, 40000) == "notice"


def test_it_keeps_the_report_with_the_body_that_published_it() -> None:
    page = (
        "Waiting times up\n\n"
        "The Marrow Health Board published its annual report on Monday. "
        "Patients waited 14 weeks on average, the report says.\n"
    )
    assert speaker_of_value(page, 14) == "Marrow Health Board"


# -- a chain named by its trade in the plural -------------------------------------------------------------------------


def test_it_reads_a_name_ending_in_opticians_as_the_company() -> None:
    page = (
        "Optician repays claims\n\n"
        "Brightwell Opticians said the manager had been dismissed in May and that it had repaid the board in full. "
        "It had since checked 18,000 claims across its branches, the company said.\n"
    )
    assert speaker_of_value(page, 18000) == "Brightwell Opticians"


def test_it_reads_a_name_ending_in_chemists_as_the_company() -> None:
    page = (
        "Pharmacy chain to shut branches\n\n"
        "Calloway Chemists said trading had been hard all year and that it would sell its warehouse. "
        "It will close 14 pharmacies in the region, the company said.\n"
    )
    assert speaker_of_value(page, 14) == "Calloway Chemists"


def test_it_leaves_a_plural_trade_in_lower_case_no_company() -> None:
    page = "Prices checked\n\nStaff at two chemists said 70 labels were wrong.\n"
    assert speaker_of_value(page, 70) == "Staff at two chemists"


def test_it_keeps_a_person_named_like_a_trade_out_of_a_body() -> None:
    page = 'Shop sold\n\nEllen Baker said she had sold the shop. "We took 300 orders in the last week," she said.\n'
    assert speaker_of_value(page, 300) == "Ellen Baker"


# -- a bare spokesperson after a body named in lower case by its kind and what it is of ------------------------------


def test_it_gives_a_spokeswoman_the_ministry_of_what_the_sentence_before_opened_with() -> None:
    page = (
        "Pharmacies close\n\n"
        "The ministry of health and care disputed the figure of 412 closures. Over the same period, 176 new"
        " pharmacies had opened, a spokeswoman said.\n"
    )
    assert speaker_of_value(page, 176) == "ministry of health and care"


def test_it_gives_a_spokesman_the_department_of_what_the_sentence_before_opened_with() -> None:
    page = (
        "Roads to be mended\n\n"
        "The department of transport rejected the claim. A spokesman said 40 roads would be resurfaced this year.\n"
    )
    assert speaker_of_value(page, 40) == "department of transport"


def test_it_leaves_a_spokesman_after_a_body_known_only_by_its_description() -> None:
    page = "Roads to be mended\n\nThe borough council rejected that. A spokesman said 30 roads would be resurfaced.\n"
    assert speaker_of_value(page, 30) == "A spokesman"


def test_it_gives_a_spokesman_the_body_its_paragraph_last_quoted() -> None:
    page = (
        "Briefs\n\n"
        "VELISSE TO RESTART LINE\n"
        "CASKIRK, 3 June - Velisse Cosmetics will restart production on 21 June. Every batch will now be tested at"
        " three points, the company said. The first boxes should reach shops in about six weeks. Refunds so far total"
        " 17,200 customers, a spokesman said.\n"
    )
    assert speaker_of_value(page, 17200) == "Velisse Cosmetics"


def test_it_leaves_a_spokesman_whose_paragraph_quoted_no_one() -> None:
    page = (
        "Briefs\n\n"
        "Velisse Cosmetics will restart production on 21 June. Every batch will now be tested at three points, the"
        " company said.\n\n"
        "The bus route will be cut next month. Drivers were angry. About 300 people use it each day, a spokesman"
        " said.\n"
    )
    assert speaker_of_value(page, 300) == "a spokesman"
