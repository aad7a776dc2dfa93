"""
Speakers the engine named wrongly (round 35): an unnamed source whose description runs long or holds an aside of
its own, a definite description that says its source is not named, and a pronoun after an unnamed source that the
source's own description shows it cannot mean.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> list[tuple[Decimal | None, str | None, bool]]:
    return [(m.value, m.speaker, m.speaker_anonymous) for m in extract(clean_text(text)) if m.value is not None]


def test_a_whose_clause_sets_off_an_unnamed_source_before_its_verb():
    text = (
        "A former porter at the hotel, whose evidence was heard in private but whose name the tribunal kept "
        "back, said the hotel let at least 14 rooms after the inspection."
    )
    porter = "A former porter at the hotel, whose evidence was heard in private but whose name the tribunal kept back"
    assert _speakers(text) == [(Decimal(14), porter, True)]


def test_an_aside_inside_the_description_does_not_speak_for_the_source():
    text = (
        "Margit Holloway-Venn, a cartographer, died on Monday. She mapped the northern fells for 30 years.\n\n"
        "An old neighbour, who asked not to be named because, he said, Margit hated fuss, said she walked "
        "about 2,000 kilometres a year."
    )
    neighbour = "An old neighbour, who asked not to be named because, he said, Margit hated fuss"
    assert _speakers(text)[-1] == (Decimal(2000), neighbour, True)


def test_a_definite_description_that_withholds_the_name_is_an_unnamed_source():
    text = (
        "Petra Olvenson, who chairs the growers' association, said yields were poor.\n\n"
        "The manager of a packing shed near the river, who did not want to be named, said orders had fallen. "
        '"We lost about 30 per cent of our trade," he said.'
    )
    manager = "The manager of a packing shed near the river, who did not want to be named"
    assert _speakers(text)[-1] == (Decimal(30), manager, True)


def test_a_pronoun_of_the_other_sex_does_not_take_up_the_unnamed_source():
    text = (
        "Signe Haraldsrud runs a kelp farm at Voll. Ivar Tennfjord, an ecologist, has studied the farms. "
        '"They take up nitrogen," he says.\n\n'
        "One diver in Voll, who did not want his name used, said he had lost 6 nets.\n\n"
        'For Haraldsrud, the bigger worry is the weather. "One storm took away a quarter of my lines," she says.'
    )
    assert _speakers(text)[-1] == (Decimal(25), "Signe Haraldsrud", False)


def test_a_backshifted_sentence_in_an_answer_is_the_answerer_s_not_the_last_report_s():
    text = (
        "The harbour master, Dagny Ulvestad, has run the port since 2021. We asked her about the winter.\n\n"
        "Herald: Why are so many boats laid up?\n\n"
        "Ulvestad: Fuel. Skippers buy it by the can, the engines foul, and the boats stay in. Owners say diesel "
        "costs 40 per cent more than a year ago. I would guess one in four of the boats we inspected had dirty "
        "fuel.\n\n"
        "Herald: What does a repair cost?\n\n"
        "Ulvestad: Often more than the boat is worth."
    )
    assert (Decimal(25), "Dagny Ulvestad", False) in _speakers(text)


def test_the_figures_a_statistics_story_reports_are_its_publisher_s():
    text = (
        "Reported crime in Oxmere fell to 12,400 offences last year from 13,100, Oxmere Constabulary said.\n\n"
        'The chief constable, Ruth Pelling, spoke at a press conference. "We want to do better," she said.\n\n'
        "Thefts of vehicles rose by 6 per cent, to 1,240, the figures show."
    )
    assert [s for _, s, _ in _speakers(text)][-2:] == ["Oxmere Constabulary"] * 2


def test_its_own_document_speaks_for_the_body_it_means():
    text = (
        "The Kelby Harbour Board pays the ferry company 2.4 million crowns a year in subsidy, according to its budget."
    )
    assert _speakers(text) == [(Decimal("2400000"), "Kelby Harbour Board", False)]
