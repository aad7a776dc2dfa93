"""Speakers of issue 15: transcripts, interviews without Q and A, and the bodies that own a document."""

from ingest.extraction import extract
from tests.ingest_helpers import mentions, speakers


def test_an_interviewee_introduced_after_a_sentence_ending_in_a_month_answers():
    text = (
        "The regatta closed with a loss the harbour board put at 2 million florins in August. "
        "Ruth Calloway, 61, the regatta's secretary, spoke to the Gazette about the accounts.\n\n"
        "Where did the money go?\n\n"
        "We spent 900,000 florins on moorings and our insurers charged far more than we planned.\n\n"
        "Would you run it again?\n\n"
        "I would, but we would sell 20,000 more tickets first."
    )
    assert speakers(text)[-2:] == ["Ruth Calloway", "Ruth Calloway"]


TRANSCRIPT = (
    "The following is a transcript of the transport committee's hearing with the head of the rail regulator, "
    "Professor Mirela Osgood.\n\n"
    "CHAIR (TOBIAS WRENFIELD): Professor Osgood, how late were the trains this winter?\n\n"
    "OSGOOD: Later than we wanted. Our figures show 81 per cent arrived on time.\n\n"
    "That compares with 88 per cent the winter before.\n\n"
    "NADIA FERRO (Liberal): Passengers in my town say 300 trains were cancelled in January alone.\n\n"
    "OSGOOD: I cannot confirm that. We recorded 212 cancellations.\n\n"
    "CHAIR: Thank you. We will write to you about the 40 stations without staff.\n"
)


def test_a_transcript_label_speaks_for_its_paragraph_and_the_prose_after_it():
    found = mentions(TRANSCRIPT)[0]  # "Our figures show 81 per cent", up from the 88 of the next paragraph
    assert (found.speaker, found.previous_value) == ("Mirela Osgood", 88)


def test_a_surname_label_and_a_role_label_resolve_to_the_people_they_name():
    found = speakers(TRANSCRIPT)
    assert found[-2:] == ["Mirela Osgood", "Tobias Wrenfield"]


def test_a_few_capitalised_openings_are_no_transcript():
    text = (
        "UPDATE: The ferry company said 40 sailings were cancelled on Friday.\n\n"
        "Passengers waited for hours at the port, where about 600 cars were queued.\n"
    )
    assert speakers(text)[0] == "ferry company"


def test_figures_named_by_the_kind_of_body_are_that_body_s():
    text = (
        "The University of Penmarrow has promised more rooms for first-year students.\n\n"
        "This autumn 3,200 applied for a room, up from 2,900, according to university figures."
    )
    assert "University of Penmarrow" in (speakers(text)[-1] or "")


def test_a_noun_phrase_after_said_with_a_verb_of_its_own_is_the_content():
    text = "The mayor, Hedda Lorne, said the rent cap, a limit of 1,400 crowns a month, had not moved since 2019."
    assert speakers(text) == ["Hedda Lorne"]


def test_a_participle_before_its_noun_reports_nothing():
    text = (
        "Counsel for the tenants, Bruno Ashdale, said the landlord had refused 60 per cent of repair requests. "
        "The typical refused request was worth 900 crowns, he said."
    )
    assert speakers(text) == ["Bruno Ashdale", "Bruno Ashdale"]


def test_its_report_belongs_to_the_body_named_in_apposition_with_the_subject():
    text = (
        "The city's bicycle hire scheme, Pedalo, lent out about 2.1 million bikes last year, "
        "according to its annual report."
    )
    assert speakers(text) == ["Pedalo"]


def test_a_document_seen_by_the_paper_is_not_the_paper_s():
    text = (
        "The transport ministry has not published its safety review.\n\n"
        "An internal ministry review seen by the Tribune found that 14 of the 90 level crossings had faulty barriers."
    )
    assert speakers(text)[-1] != "Tribune"
    assert "ministry" in (speakers(text)[-1] or "")


def test_a_figure_reported_by_a_body_in_a_reduced_passive_is_the_body_s():
    text = "The union says 5,000 jobs went, more than the 3,100 reported by the statistics office."
    assert speakers(text) == ["union", "statistics office"]


def test_a_group_and_its_counted_members_is_one_subject():
    text = (
        "A coalition of 240 fishing families on the north coast is suing the port authority for 9 million crowns, "
        "claiming the dredging drove away the herring."
    )
    assert all("fishing families" in (name or "") for name in speakers(text))


def test_a_relative_clause_inside_what_a_source_said_is_theirs():
    text = "The old library, which held 60,000 books, will reopen in May, the council's culture officer said."
    assert "culture officer" in (speakers(text)[0] or "")


def test_a_box_of_key_figures_is_the_first_body_s_that_gave_them():
    text = (
        "Road deaths in Kessary fell to 212 last year, according to figures published on Monday by the transport "
        "safety board.\n\n"
        "Cyclists killed: 31, up from 24\n\n"
        "Drivers over 80 involved in fatal crashes: 19\n"
    )
    assert speakers(text) == ["transport safety board"] * 3


def test_figures_it_filed_are_the_named_body_s_its_description_follows():
    text = (
        "Harlow Energy, the supplier to most of the valley, lost 4 per cent of its gas through leaks last year, "
        "according to figures it filed with the energy regulator."
    )
    assert speakers(text)[-1] == "Harlow Energy"


def test_shares_of_respondents_answered_the_pollster_named_in_the_opening_phrase():
    text = "In a poll by Brightwell Research of 900 nurses, two-thirds said they had worked unpaid overtime."
    assert speakers(text)[-1] == "Brightwell Research"


def test_a_speaker_label_is_no_part_of_the_sentence_it_opens():
    from ingest.sentences import split_sentences

    text = "DR. ROY (Labour): Parents in my ward tell me that 30 buses a week are cancelled. They are angry."
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == ["Parents in my ward tell me that 30 buses a week are cancelled.", "They are angry."]
    assert speakers(TRANSCRIPT.replace("Passengers in my town say", "Passengers in my town tell me"))[1] == (
        "Passengers in my town"
    )


def test_a_body_s_forecasts_put_a_figure_without_a_determiner_at_a_value():
    text = (
        "The Bank of Sarreth held its main rate on Thursday. The bank's new forecasts put growth at 1.1 per cent "
        "this year."
    )
    assert "Bank of Sarreth" in (speakers(text)[-1] or "")


def test_a_surname_after_a_title_of_address_is_the_she_that_follows():
    text = (
        "For the tenants, Marcus Delane said the landlord owed them 2 million crowns.\n\n"
        "Mrs Justice Okoro said the hearing would last five days. She noted that 40 witness statements had been filed."
    )
    assert "Okoro" in (speakers(text)[-1] or "")


def test_a_possessed_analysis_of_a_counted_sample_is_its_owner_s():
    text = (
        "The Harbour Courier's analysis of 52 rental contracts signed since 2023 shows the council pays about "
        "40 per cent above market rates."
    )
    assert "Harbour Courier" in (speakers(text)[-1] or "")


def test_an_introduction_that_asks_whether_is_the_first_question():
    text = (
        "Ticket sales at Harrow Lanes rose this autumn. "
        "We asked its manager, Pia Lindgren, whether bowling is back.\n\n"
        "Almost. We sold 41,000 games in October, which is close to our old record.\n\n"
        "What changed?\n\n"
        "We cut prices. A game now costs 6 crowns, and our leagues have 30 teams again.\n\n"
        "Will it last?\n\n"
        "I think so."
    )
    assert speakers(text)[0] == "Pia Lindgren"


def test_a_dispute_that_only_points_at_a_figure_is_quoted_from_that_figure():
    text = "Campaigners said 60 animals had died at the zoo this year. The zoo rejected that figure."
    dispute = [m for m in extract(text) if m.stance == "disputes"]
    assert [m.quote for m in dispute] == [text]


def test_a_dispute_far_from_the_figure_it_disputes_keeps_its_own_sentence():
    keepers = "The keepers, who work in shifts through the night and the weekend" + ", and all year round" * 10
    filler = f"{keepers}, fed the otters at noon. {keepers}, fed the lions at dusk."  # 600 characters between
    text = f"Campaigners said 60 animals had died at the zoo this year. {filler} The zoo rejected that figure."
    dispute = [m for m in extract(text) if m.stance == "disputes"]
    assert [m.quote for m in dispute] == ["The zoo rejected that figure."]
