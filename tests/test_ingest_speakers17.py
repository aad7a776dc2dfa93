"""Speakers of issue 17: definite descriptions that take up a named body by its head noun."""

from tests.ingest_helpers import speakers


def test_it_after_a_definite_description_takes_up_the_body_named_by_its_head_noun():
    text = (
        "Keepers at Varnley Aquarium spent Monday counting every fish in the tanks.\n\n"
        "The aquarium now holds 8,140 fish of 312 species, it said on Tuesday.\n"
    )
    assert speakers(text) == ["Varnley Aquarium", "Varnley Aquarium"]


def test_a_name_the_article_calls_by_its_head_noun_is_a_body_not_she():
    text = (
        "Ilse Marrow, a keeper, counted the fish at Varnley Aquarium on Monday. About 40 divers took part, the "
        "aquarium said. The divers found 212 sharks, she said.\n"
    )
    assert speakers(text) == ["Varnley Aquarium", "Ilse Marrow"]


def test_a_place_named_by_its_head_noun_is_no_body_its_operator_speaks_for():
    text = (
        "Drivers on the Aubrin Strait Bridge will pay more from May, StraitLink said.\n\n"
        "The bridge carried 13.9 million vehicles in 2026, its annual report says.\n"
    )
    assert speakers(text)[-1] != "Aubrin Strait Bridge"


def test_the_airline_takes_up_the_business_whose_name_says_it_is_one():
    text = (
        "Pilots at Corvane Airways walked out on Thursday. Rival carrier BlueKite said it had added 12 flights.\n\n"
        "The last strike cost 41 million veys, the airline said.\n"
    )
    assert speakers(text)[-1] == "Corvane Airways"


def test_the_company_reporting_a_clause_the_airline_opens_is_that_airline():
    text = (
        "Pilots at Corvane Airways walked out on Thursday.\n\n"
        "The Corvane Pilots' Association said 96 percent of its members had voted to strike.\n\n"
        "The airline raised its pay offer to 6 percent from 4.5 percent, the company said.\n"
    )
    assert speakers(text)[-1] == "Corvane Airways"


def test_the_company_is_the_business_that_spoke_last_not_one_described_paragraphs_before():
    text = (
        "Crestling has about 35 per cent of the market, according to market research firm Kalvo Insights.\n\n"
        "Rival maker Bellamy Dairies said it would raise production. Sales on its website rose 30 per cent on "
        "Wednesday, the company said.\n"
    )
    assert speakers(text)[-1] == "Bellamy Dairies"


def test_the_wire_a_dateline_names_is_no_company_of_the_story():
    text = (
        "CASTELVAR, Montavia, Feb. 9 (Calder Press) - Montavian Air, the flag carrier, said it carried 18.6 million "
        "passengers last year.\n\n"
        "A poll of 11 analysts by Calder Press had forecast about 17.9 million.\n\n"
        "Nearly a third of the passengers were tourists, the company said.\n"
    )
    assert speakers(text)[-1] == "Montavian Air"


def test_it_after_a_definite_description_takes_up_the_one_body_whose_name_ends_with_its_noun():
    text = (
        "Fans set up the Kestle Rovers Supporters' Trust last year. Kestle Police said 40 officers were on duty.\n\n"
        "The trust is asking fans for pledges of 50 rivels each, it said.\n"
    )
    assert speakers(text)[-1] == "Kestle Rovers Supporters' Trust"


def test_data_named_by_the_kind_of_body_that_keeps_it_are_the_named_body_s():
    text = (
        "The Grellin Port Authority will raise its tariffs in January.\n\n"
        "Container volumes fell 4 percent in the first ten months of the year, according to port data.\n"
    )
    assert speakers(text)[-1] == "Grellin Port Authority"


def test_a_body_s_release_speaks_for_the_body():
    text = (
        "Brenmark's Energy Markets Agency awarded four sites on Monday.\n\n"
        "The largest, Skarvholm Bank, will have 900 MW, according to the agency's release.\n"
    )
    assert speakers(text)[-1] == "Energy Markets Agency"


def test_a_document_set_off_with_the_participle_naming_its_author_is_the_author_s_word():
    text = "The first official count, issued that afternoon by the coastguard, put the number of dead at 14.\n"
    assert speakers(text) == ["coastguard"]


def test_a_document_seen_by_a_paper_is_not_the_paper_s_word():
    text = (
        "The association of municipalities wrote to the government. But its own survey, seen by CPA, found that 41 "
        "of 96 councils said they could take more families.\n"
    )
    assert "CPA" not in speakers(text)


def test_a_possessed_document_before_a_verb_in_the_present_is_its_subject():
    text = (
        "The National Audit Office reached a similar conclusion. Its report estimates the true list at 790,000 "
        "people.\n"
    )
    assert speakers(text) == ["The National Audit Office"]


def test_a_body_named_after_its_article_closes_an_apposition_and_is_the_source():
    text = (
        "Diversions add 190 kilometres to the trip between Belvara and the capital, Ostvar, the Kaldoran Road "
        "Hauliers' Association said.\n"
    )
    assert speakers(text) == ["Kaldoran Road Hauliers' Association"]
