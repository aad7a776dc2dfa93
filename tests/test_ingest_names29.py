"""Round 29: how the speakers found are named (the whole, clean name an editor accepts as an actor)."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure


def test_an_adverb_before_the_verb_is_no_word_of_the_body_it_follows():
    # "firm now" was the speaker of the sentences after "The firm now operates ..."
    text = (
        "Brellow Freight, the haulage firm based in Tarrin, bought 30 new lorries this year, the company said. "
        "The firm now runs 410 lorries. It raised its forecast for profit to 12 million marks from 9 million."
    )
    assert speakers_by_figure(text)["12 million marks from 9 million"] == "Brellow Freight"


def test_a_document_a_body_owns_speaks_for_the_body_whatever_kind_of_document_it_is():
    # "fisheries board's assessment", "club's accounts for last season" were the speakers
    text = "Catches fell by a third in two years, according to the Westmark Fisheries Board's assessment."
    assert speakers_by_figure(text)["a third"] == "Westmark Fisheries Board"
    text = "Dunmore Athletic's accounts for last season show a loss of 4.2 million marks."
    assert speakers_by_figure(text)["4.2 million marks"] == "Dunmore Athletic"


def test_a_place_owned_document_speaks_for_the_body_that_published_it():
    # "city" was the speaker: the place whose census it is, not the department that made it
    text = (
        "The number of people sleeping rough in Tarvik rose to 1,204 this year from 980 in 2024, according to the "
        "city's annual census, published by the Tarvik Housing Office on Monday."
    )
    assert speakers_by_figure(text)["1,204 this year from 980"] == "Tarvik Housing Office"


def test_a_predicate_after_an_apposition_is_no_part_of_the_source_closing_the_sentence():
    # "Grey Harbour" (the book) was the speaker of "..., its publisher said"
    text = (
        "The best-selling debut of the year, the crime novel Grey Harbour, sold about 240,000 copies, "
        "its publisher said."
    )
    assert speakers_by_figure(text)["about 240,000 copies"] == "its publisher"


def test_a_preposition_opening_the_sentence_is_no_word_of_the_name_after_it():
    # "For Kelby Construction" was the speaker: the body named with the adjunct's preposition
    text = (
        "Kelby Construction is on trial over the collapse. For Kelby Construction, Anna Voss told the court that "
        "the company did not accept the prosecution's figure of 40 tonnes."
    )
    assert speakers_by_figure(text)["40 tonnes"] == "Kelby Construction"


def test_a_letter_a_body_sent_speaks_for_the_body():
    # "letter" was the speaker of "..., the letter says"
    text = (
        "The health ministry has offered nurses a rise of 4 per cent, according to a letter sent to unions on "
        "Monday. The offer also includes a bonus of 300 marks for every nurse, the letter says."
    )
    assert speakers_by_figure(text)["300 marks"] == "health ministry"


def test_the_company_is_not_a_union_introduced_by_its_kind():
    # "the company" was the union that spoke last, whose one-word name said nothing of its kind
    text = (
        "Brellow Foods, the grocer based in Tarrin, said sales rose 8 per cent. The retail union Shopright said "
        "staff pay started at 11.20 marks an hour. The company said its starting rate was 11.60 marks."
    )
    assert speakers_by_figure(text)["11.60 marks"] == "Brellow Foods"


def test_a_possessive_inside_a_name_is_kept():
    # "Federation" and "Hospital" were the speakers: the possessive read as an owner before the name
    text = "The Tarrow Fishermen's Federation said the cut would cost its members 40 million marks."
    assert speakers_by_figure(text)["40 million marks"] == "Tarrow Fishermen's Federation"
    text = "St Brenna's Hospital said it had moved 26 patients to other wards."
    assert speakers_by_figure(text)["26 patients"] == "St Brenna's Hospital"
