"""Round 24: documents that speak for the body that made them, and sources a sentence opens with after "But"."""

from __future__ import annotations

from ingest.engine import find_mentions


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in find_mentions(text)}


def test_the_report_closing_a_sentence_about_a_body_is_that_body():
    text = (
        "Orlen District Council has approved a new bin contract. "
        "Its waste budget for next year is 4.6 million crowns, the report shows."
    )
    assert _speakers(text)["4.6 million crowns"] == "Orlen District Council"


def test_a_kind_of_body_naming_the_data_closing_a_sentence_speaks():
    text = "Tin makes up about 14 percent of Varossa's exports, central bank data shows."
    assert _speakers(text)["about 14 percent"] == "central bank"


def test_its_accounts_after_an_opening_conjunction_are_the_subject_body():
    text = (
        "Tollby Rovers Football Club has been put up for sale. The Merrow League said its clubs were in good health. "
        "But the club lost 2.1 million crowns last year, its accounts show."
    )
    assert _speakers(text)["2.1 million crowns"] == "Tollby Rovers Football Club"


def test_a_treasury_is_a_body_whose_documents_speak_for_it():
    text = "The Treasury has put aside 800 million crowns for the rail plan, according to the autumn budget papers."
    assert _speakers(text)["800 million crowns"] == "Treasury"


def test_an_unnamed_source_opening_after_but_is_taken_up_later():
    text = (
        "Anna Voss, who runs the tenants' association, said the repairs were late. "
        "But a planning official, who asked not to be named because staff have been told not to talk to reporters, "
        'said the backlog was "much worse". "We have 1,400 homes waiting for a visit," the official said.'
    )
    assert _speakers(text)["1,400 homes"] == (
        "a planning official, who asked not to be named because staff have been told not to talk to reporters"
    )


RADIO_HOUR = """Transcript of The Valley Hour

LINNEA HOLT: Good evening. The ring road cost 210 million krons. Our reporter Piet Ambler has been out on it.

PIET AMBLER: Thanks, Linnea. A van pays 6 krons each way. A courier I spoke to told me his firm goes round.

HOLT: So who pays the difference?

AMBLER: The council does. The road carries 8,000 cars a day.

GRETA SUND: Our members made 3,000 trips on it last month.

OLE BRANDT: The council stands by the road.

HOLT: Greta Sund and Ole Brandt, thank you.
"""


def test_a_turn_that_hands_over_to_our_reporter_is_the_presenters():
    assert _speakers(RADIO_HOUR)["210 million krons"] is None


def test_a_reporter_who_says_only_whom_they_asked_speaks_in_the_reporters_voice():
    assert _speakers(RADIO_HOUR)["6 krons"] is None


def test_a_journalists_surname_label_is_the_programmes_voice():
    speakers = _speakers(RADIO_HOUR)
    assert speakers["8,000 cars"] is None
    assert speakers["3,000 trips"] == "Greta Sund"


def test_a_reporter_who_saw_it_still_speaks_in_their_own_name():
    text = RADIO_HOUR.replace("A courier I spoke to", "I counted 40 vans on the slip road. A courier I spoke to")
    assert _speakers(text)["40 vans"] == "Piet Ambler"


def test_a_person_a_quotation_opens_with_is_not_whom_he_said_means():
    text = (
        "Piet Dorn, 50, denies fraud. Defending, Ilse Marrow KC said her client had repaid the money. "
        '"Mr Dorn paid back every kron. We will show you receipts for 90,000 krons," she said.'
    )
    assert _speakers(text)["90,000 krons"] == "Ilse Marrow"


def test_a_person_opening_the_sentence_with_where_they_work_is_he():
    text = (
        'Dr Hanne Lovis led the count. "We found 400 nests," said Dr Hanne Lovis. '
        "Professor Arvid Tellen of the University of Osk, who was not involved, praised it. "
        '"In my day we found fewer than 200 nests," he said.'
    )
    assert _speakers(text)["fewer than 200 nests"] == "Arvid Tellen"


def test_a_report_to_a_bodys_committee_with_an_aside_speaks_for_the_body():
    text = (
        "Vessmark Harbour Board has delayed the new quay. The board spent 2.3 million crowns on dredging last year, "
        "according to a report to the finance committee (item 4 on the agenda, paper FC/12)."
    )
    assert _speakers(text)["2.3 million crowns"] == "Vessmark Harbour Board"


def test_people_who_saw_a_document_are_an_unnamed_source():
    text = "Ostrel Steel bought 2,000 tonnes of scrap, according to three people who saw the contract."
    assert _speakers(text)["2,000 tonnes"] == "three people who saw the contract"


def test_a_source_described_by_two_joined_clauses_is_not_inverted():
    text = (
        "But a housing adviser who works for a large city council, and who asked not to be named because she may "
        "not speak to the press, said a few thousand tenants on older benefits could be left worse off."
    )
    assert _speakers(text)["a few thousand tenants"] == (
        "a housing adviser who works for a large city council, and who asked not to be named because she may not "
        "speak to the press"
    )


def test_a_name_described_by_a_that_relative_is_the_source_and_its_verb_no_cue():
    text = (
        "Ravenmark, a small firm that monitors objects in the strait with a fleet of 12 drones, estimates there "
        "are now about 900 ships waiting to pass."
    )
    assert _speakers(text)["about 900 ships"] == "Ravenmark"


def test_a_plural_noun_after_a_relative_clauses_verb_is_no_cue():
    # "objects" is the object of "monitors", not the verb "to object"
    assert _speakers("The agency, which monitors objects in orbit, runs 22 radar sites.")["22 radar sites"] is None


def test_an_acronym_after_its_article_acts_as_a_body():
    text = (
        "The Norrvik Ports Authority (NPA) has been given 12 million crowns. The NPA had asked for 30 million crowns."
    )
    assert _speakers(text)["30 million crowns"] == "The Norrvik Ports Authority"


def test_a_figures_comma_does_not_end_an_according_to_source():
    text = (
        "About a third of riders now leave the car at home, according to a survey of 3,100 riders carried out "
        "for the city by Tarnwell Polling."
    )
    assert _speakers(text)["About a third"] == "Tarnwell Polling"


def test_who_after_a_place_in_an_apposition_is_the_person_described():
    text = (
        '"We had an hour to get out," said Marta Lenz, a baker from the town of Orvik, who said she had lost '
        "hundreds of loaves."
    )
    assert _speakers(text)["hundreds of loaves"] == "Marta Lenz"


def test_a_figure_a_pronoun_gave_names_its_maker_not_the_figure():
    text = (
        "The exit poll for the Herald projects the Greens to win 40 seats, short of the 51 it had predicted an hour "
        "ago in an earlier run of the model, with the Liberals on 22."
    )
    speakers = _speakers(text)
    assert speakers["22"] == speakers["40 seats"]
