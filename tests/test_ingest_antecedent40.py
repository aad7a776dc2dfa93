"""
"The company said" as the body the page named (round 40): the name the reported clause opens with, which nothing says
is a person's; a name the page shortens to its first word, as it does a body's and never a person's; and never the
wire agency whose dateline files the story.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_it_takes_the_company_as_the_name_the_clause_opens_with():
    text = (
        "The HTA says 94 per cent of homes get a signal from Quellby or Dunmark, the HTA said.\n\n"
        "Quellby will switch on 85 new masts in the north by March, the company said."
    )
    assert _speakers(text)[-1] == (Decimal(85), "Quellby")


def test_it_takes_a_name_the_clause_gives_its_as_the_company():
    text = (
        "Ostvik Power said prices had risen 48 per cent.\n\n"
        "Dorvan Tilling will cut 340 jobs at its plant in Essmoor, the company said on Thursday."
    )
    assert _speakers(text)[-1] == (Decimal(340), "Dorvan Tilling")


def test_it_never_takes_the_wire_of_the_dateline_as_the_company():
    text = (
        "ESSMOOR, Varrelia, Sept 17 (VPA) - Dorvan Tilling will cut 340 jobs at its plant in Essmoor, the company "
        "said on Thursday.\n\nThe cuts would leave it with 810 staff, the company said."
    )
    assert _speakers(text) == [(Decimal(340), "Dorvan Tilling"), (Decimal(810), "Dorvan Tilling")]


def test_it_takes_the_operator_as_a_body_named_after_the_dateline_not_the_wire():
    text = (
        "PORT ELLIN, May 4 (OPA) - A ferry carrying 212 passengers ran aground off the island, the operator said. "
        "Carrow Ferries said the ship was refloated."
    )
    assert _speakers(text)[0][1] != "OPA"


def test_it_takes_the_company_as_the_speaker_before_whom_the_page_calls_by_first_word():
    text = (
        "The fall happened on the lowest level shortly after 23:00, Tolland Minerals said. About 60 tonnes of rock "
        "came down across a road, the company said.\n\n"
        "Tolland rejected the union's account."
    )
    assert _speakers(text)[0] == (Decimal(60), "Tolland Minerals")


def test_it_keeps_a_person_named_in_full_out_of_the_company():
    text = (
        "Edda Marrin, the chief executive, said the plan was sound. Marrin will step down after 12 years in "
        "the job, the company said."
    )
    assert all(speaker != "Marrin" and speaker != "Edda Marrin" for _, speaker in _speakers(text))


def test_it_keeps_a_person_shortened_to_a_surname_out_of_the_company():
    text = (
        "About 400 passengers were stranded, Ingrid Hallow said. About 60 trains were cancelled, the company said."
        "\n\nHallow has run the depot since 2019."
    )
    assert _speakers(text)[-1] == (Decimal(60), "company")


def test_it_takes_the_company_as_a_name_the_page_takes_up_with_which():
    text = (
        "Dunmere's last fish plant will close in January, its owners said.\n\n"
        "Tarrant Seafoods, which has processed prawns on the harbour since 1974, said orders had fallen. The company "
        "first told staff last month that up to 40 jobs were at risk.\n\n"
        "The plant handled about 2,300 tonnes of fish last year, the company said.\n\n"
        '"We cannot keep it open," said the managing director, Oskar Tarrant.'
    )
    assert [s for _, s in _speakers(text)] == ["Tarrant Seafoods", "Tarrant Seafoods"]


def test_it_keeps_a_pronoun_or_a_common_noun_opening_the_clause_out_of_the_company():
    text = (
        "The operator on most routes, Brenn Coaches, said its contract runs until 2029. It has raised its fares to "
        "3.40 crowns, the company said.\n\n"
        "Passengers made 612 million journeys on its trains last year, the operator says."
    )
    assert all(s not in ("It", "Passengers") for _, s in _speakers(text))


def test_it_takes_the_company_as_a_source_that_said_its_after_what_it_is():
    text = (
        "The operator on most routes, Brenn Coaches, said its contract runs until 2029. It has raised its fares to "
        "3.40 crowns from 2.90 crowns, the company said."
    )
    assert _speakers(text)[-1][1] == "Brenn Coaches"


def test_it_keeps_a_person_after_their_role_who_said_its_out_of_the_company():
    # "its" after a role ("Its chief executive, Edda Marrin, said its fleet") is the employer's, not hers
    text = (
        "Harlow Freight said profit rose 8 per cent. Its chief executive, Edda Marrin, said its fleet was full. "
        "Harlow will hire 25 drivers next year, the company said."
    )
    assert _speakers(text)[-1] == (Decimal(25), "company")


def test_it_keeps_a_person_after_a_role_of_a_named_body_who_says_its_out_of_the_company():
    text = (
        "The chief executive of Harlow Freight, Edda Marrin, says its lorries run full. "
        "Profit rose 8 per cent, the company said."
    )
    assert _speakers(text)[-1][1] != "Edda Marrin"


def test_it_keeps_a_person_the_page_calls_by_first_name_out_of_the_company():
    text = (
        "About 400 passengers were stranded, Ingrid Hallow said. About 60 trains were cancelled, the company said."
        "\n\nIngrid has driven trains since 2019."
    )
    assert _speakers(text)[-1] == (Decimal(60), "company")


def test_it_takes_the_company_as_a_speaker_whose_first_word_the_page_gives_its():
    text = (
        "The fall happened on the lowest level shortly after 23:00, Tolland Arden said. About 60 tonnes of rock came "
        "down across a road, the company said.\n\n"
        "Tolland has kept its crews off the lowest level."
    )
    assert _speakers(text)[0] == (Decimal(60), "Tolland Arden")
