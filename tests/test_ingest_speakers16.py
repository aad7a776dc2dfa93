"""Speakers of issue 16: vocatives, transcript labels with a role, adverbs before the verb, demands."""

from ingest.interviews import find_transcript
from tests.ingest_helpers import mentions, speakers


def test_a_vocative_opening_a_quotation_is_the_one_addressed_not_the_speaker():
    text = (
        "The housing minister, Ruth Achterhof, apologised in the Assembly on Tuesday.\n\n"
        '"Madam Speaker, I want to begin with an apology. There were 68,400 claims waiting in September.\n\n'
        '"We have now recruited 220 temporary assessors."\n'
    )
    assert speakers(text) == ["Ruth Achterhof", "Ruth Achterhof"]


LABELLED_WITH_ROLES = (
    "The housing minister, Ruth Achterhof, answered questions in the Assembly. Below is a transcript.\n\n"
    "RUTH ACHTERHOF, Minister for Housing:\n"
    "We lost 140 assessors in the year to August.\n\n"
    "IMKE VARGAS-HOLT, Independent member:\n"
    "The new system cost 212 million guilders.\n\n"
    "RUTH ACHTERHOF:\n"
    "The build cost was 158 million guilders.\n"
)


def test_a_transcript_label_may_give_the_speaker_s_role_after_a_comma():
    transcript = find_transcript(LABELLED_WITH_ROLES)
    assert transcript is not None
    assert speakers(LABELLED_WITH_ROLES) == ["Ruth Achterhof", "Imke Vargas-Holt", "Ruth Achterhof"]


def test_a_commas_role_is_read_only_on_a_label_standing_on_its_own_line():
    text = "WASHINGTON, Dec 3: The agency said 40 flights were cancelled.\n\nMORE: The airline said 12 were.\n"
    assert find_transcript(text) is None


def test_a_quotation_in_a_transcript_turn_is_in_the_voice_of_the_turn_not_of_a_person_it_names():
    text = (
        "The transport committee questioned the rail regulator, Professor Mirela Osgood, and the operator's "
        "chief executive, Tom Brackley.\n\n"
        "OSGOOD: Thank you, Chair.\n\n"
        'BRACKLEY: "Professor Osgood will know that 81 per cent of trains were on time."\n\n'
        "OSGOOD: We recorded 212 cancellations.\n"
    )
    assert speakers(text) == ["Tom Brackley", "Mirela Osgood"]


def test_an_adverb_between_the_subject_and_its_verb_is_no_part_of_the_source():
    text = (
        "Corvell University has agreed to refund students for the strike.\n\n"
        "The university first offered 600 lunes in June and raised the figure to 1,150 lunes after a legal "
        "challenge.\n"
    )
    assert speakers(text)[-1] == "Corvell University"


def test_a_body_that_wants_a_figure_demands_it():
    text = (
        "Court interpreters walked out on Monday in a row over pay.\n\n"
        "The Guild of Legal Interpreters said talks had failed.\n\n"
        "The guild wants 45 scudi an hour.\n"
    )
    assert speakers(text)[-1] == "The Guild of Legal Interpreters"


def test_we_outside_any_quotation_is_the_paper_not_the_last_one_quoted():
    text = (
        "The culture minister, Edmund Tarrow, told the Sentinel that 12 libraries had closed.\n\n"
        "We found 31 closures in the council minutes, and 3 new libraries, not 5.\n"
    )
    assert speakers(text) == ["Edmund Tarrow", "Sentinel", "Sentinel", "Sentinel"]


def test_we_inside_a_quotation_is_still_its_speaker():
    text = (
        "The culture minister, Edmund Tarrow, told the Sentinel that 12 libraries had closed.\n\n"
        '"We found 31 closures," said Ada Roe, who runs the library campaign.\n'
    )
    assert speakers(text)[-1] == "Ada Roe"


def test_a_lead_resting_on_our_analysis_speaks_for_the_unnamed_paper():
    text = (
        "More than a fifth of pupils missed one day in ten last year, according to our analysis of attendance "
        "records.\n\n"
        "Just 7 schools met the target.\n"
    )
    assert speakers(text)[-1] == "our analysis"


def test_a_document_its_owner_s_pronoun_names_speaks_for_that_body():
    text = (
        "Corvell University will refund students for the strike, it said on Monday.\n\n"
        "The university expects to pay out roughly 17 million lunes, according to its finance committee papers.\n"
    )
    assert speakers(text)[-1] == "Corvell University"


def test_the_definite_takes_up_the_indefinite_source_of_its_own_sentence():
    text = (
        "The race director, Ines Varga, said the start would move.\n\n"
        "A federation official, speaking on condition of anonymity, said the council had refused an earlier "
        "start because of road-closure costs, which the official put at 85,000 guilders for each extra hour.\n"
    )
    assert speakers(text)[-1] == "A federation official"


def test_a_quantifier_standing_for_a_group_takes_up_the_unnamed_group_that_spoke():
    text = (
        "Witnesses at the landing said the ferry tipped over within a minute. "
        "Several said they saw dozens of people in the water.\n"
    )
    found = mentions(text)[-1]
    assert (found.speaker, found.speaker_anonymous) == ("Witnesses at the landing", True)


def test_a_second_conjunct_set_off_after_a_group_is_part_of_its_description():
    text = (
        "Officers who spoke to the Chronicle, but asked not to be named, said about 40 detectives had left. "
        "Several said they were each carrying 40 or more open cases.\n"
    )
    assert speakers(text) == [
        "Officers who spoke to the Chronicle, but asked not to be named",
        "Officers who spoke to the Chronicle, but asked not to be named",
    ]


def test_two_descriptions_joined_in_apposition_to_a_name_leave_the_name_the_source():
    text = (
        "Jana Weller, the agency's chief economist and a former adviser to the finance ministry, said inflation "
        "would reach 4.2 per cent next year.\n"
    )
    assert speakers(text) == ["Jana Weller"]


def test_an_unnamed_role_is_not_the_last_person_named_with_another_role():
    text = (
        "The union's general secretary, Tomas Brink, said 3,400 members had voted to strike.\n\n"
        "The mayor said the city would lose 12 million pounds a week.\n"
    )
    assert speakers(text) == ["Tomas Brink", "mayor"]


def test_a_deadline_after_by_is_no_agent_of_a_passive_report():
    text = "Harbour master Ellen Vik said 18 ships were waiting. Another 6 were expected by Friday.\n"
    assert speakers(text) == ["Ellen Vik", None]


def test_the_addressee_of_a_question_does_not_act_in_it():
    text = (
        "The council's chief executive, Mara Holt, spoke to the Gazette.\n\n"
        "Your authority has cut 300 posts this year, hasn't it?\n"
    )
    assert speakers(text) == [None]


def test_a_trading_name_ending_in_what_the_business_is_is_no_interviewee():
    text = (
        "Ruth Penhallow runs Larkspur Books, a small publisher in Tregarth. She spoke to the Gazette.\n\n"
        "How did the shortlist change things?\n\n"
        "We sold 9,000 copies in a month. Before the shortlist we sold 1,200.\n\n"
        "Will it last?\n\n"
        "I doubt it. Our distributor counted 14,000 orders.\n"
    )
    assert set(speakers(text)) == {"Ruth Penhallow"}


def test_investigators_counting_give_their_count():
    text = (
        "The Regional Audit Office published its review of the hospital on Monday.\n\n"
        "The auditors counted 300 patients a week being treated on trolleys in corridors.\n"
    )
    assert speakers(text)[-1] == "auditors"


def test_a_pronoun_acting_in_an_object_relative_clause_gives_its_figure():
    text = (
        "It is too early for a full count.\n\n"
        "The finance ministry gave a first estimate of 2.3 billion dravs, which it raised on Monday to 3.8 billion "
        "dravs after reports from the regions came in.\n"
    )
    assert speakers(text)[-1] == "finance ministry"


def test_a_relative_clause_without_an_act_stays_background():
    text = "Floods hit the Kessa dam, which it built in 1970 for 40 million dravs.\n"
    assert speakers(text) == [None]


def test_a_second_verb_of_speaking_shares_the_subject_of_the_first():
    text = (
        "The pilots' union said the merger would cost up to 600 jobs.\n\n"
        'Kessel called that figure "wildly wrong" and said job losses would be fewer than 150.\n'
    )
    assert speakers(text)[-1] == "Kessel"


def test_a_progressive_report_is_no_passive():
    text = (
        "Officials at the finance ministry have been telling people that the overrun is really closer to "
        "90 million brins.\n"
    )
    found = mentions(text)[0]
    assert (found.speaker, found.speaker_anonymous) == ("Officials at the finance ministry", True)


def test_a_sentence_between_two_quotations_starts_another_quotation():
    text = (
        "Analysts were divided. Mira Sandoval at Pellham Securities cut her target and said the collapse "
        '"exposes how dependent the group is on one asset". Others thought the sell-off was overdone. '
        '"I would expect the shares back above 500 pence by the summer," said one Varrick-based broker.\n'
    )
    assert speakers(text)[-1] == "one Varrick-based broker"


def test_an_opening_participle_clause_is_no_part_of_the_subject():
    text = (
        "Director Elisabet Brandauer said the fall was painful.\n\n"
        "Speaking to Kulturbladet in her office above the Great Hall, she said: "
        '"We raised the adult ticket from 12 to 24 kronar."\n'
    )
    assert speakers(text)[-1] == "Elisabet Brandauer"


def test_a_participle_phrase_in_apposition_is_no_source_and_the_official_is_taken_up_later():
    text = (
        "The Treasury disputes the estimates. A Treasury official, briefing journalists on condition of anonymity, "
        'said the figure of 1.2 billion pesetas "assumes every owner sells". '
        'The official said the real cost would be "well under 600 million pesetas".\n'
    )
    assert speakers(text) == [
        "A Treasury official, briefing journalists on condition of anonymity",
        "A Treasury official, briefing journalists on condition of anonymity",
    ]


def test_a_noun_modified_by_an_ing_word_is_still_the_source():
    text = "Containers have been diverted to ports on the mainland, shipping agents said, adding 2,000 pounds a box.\n"
    assert speakers(text) == ["shipping agents"]


def test_a_relative_pronoun_subject_reports_for_its_antecedent_and_only_what_follows():
    text = (
        "Prices rose 4 per cent after a warning from the central bank, which said inflation would reach 6 per cent.\n"
    )
    assert speakers(text) == [None, "central bank"]


def test_a_relative_clause_report_names_no_one_from_the_words_before_its_antecedent():
    text = (
        "The cut, of about 27 percent, follows advice from the joint marine research council, which said the "
        "spawning stock had fallen to its lowest level since records began.\n"
    )
    assert speakers(text) == [None]


def test_the_first_word_of_a_body_named_in_full_is_that_body():
    text = (
        "The transit authority is suing Ferrovane Construction over the tram line.\n\n"
        "Ferrovane employs about two thousand people in Brisca, according to its accounts.\n"
    )
    assert speakers(text) == ["Ferrovane Construction"]


def test_a_price_an_exchange_sets_is_no_statistic_of_the_body_before():
    text = (
        "The mines ministry said lower output would cut royalty receipts by roughly 120 million dravs this year. "
        "In the wider market, copper for three-month delivery on the Vaskholm Metals Exchange rose 1.1 per cent "
        "to 8,940 dravs a tonne.\n"
    )
    assert speakers(text) == ["mines ministry", None, None]


def test_shares_described_by_a_relative_clause_are_still_a_market_price():
    text = (
        "Orders for new vessels fell 22 per cent last year, the Shipbuilders' Association said. "
        "Kessock's shares, which had already fallen since March, dropped a further 11 per cent on Monday.\n"
    )
    assert speakers(text)[-1] is None


def test_someone_the_article_places_but_does_not_name_is_an_unnamed_source_she_takes_up():
    text = (
        "Our reporter Sanna Holt counted 37 buses parked up in the yard.\n\n"
        "A dispatcher at the Skellbridge ambulance control room, who asked not to be named, has told us crews had "
        'answered 1,240 calls since midnight. "We have had 11 crews stuck in drifts at once," she said.\n'
    )
    found = mentions(text)[1:]
    assert [(m.speaker, m.speaker_anonymous) for m in found] == [
        ("A dispatcher at the Skellbridge ambulance control room, who asked not to be named", True)
    ] * 2


def test_a_document_from_someone_is_no_unnamed_person():
    text = (
        "A written statement from a former claims handler was read to the court. It said about a quarter of the "
        "valley claims had been refused.\n"
    )
    assert mentions(text)[0].speaker_anonymous is False


def test_a_reply_in_an_exchange_is_attributed_to_who_replies():
    text = (
        '"We have created 38,000 apprenticeships this year," the minister said.\n\n'
        '"Half of them last less than six months," Vandermolen shot back.\n\n'
        '"It was 40 per cent," the mayor retorted.\n\n'
        '"Only 12 homes were built," Ada Roe replied.\n'
    )
    assert speakers(text) == ["minister", "Vandermolen", "mayor", "Ada Roe"]


def test_a_columnist_s_own_arithmetic_is_the_paper_s():
    text = (
        "A ministry spokesman told the Chronicle that 100,000 jobs had been created.\n\n"
        "By my count the minister used the word record 23 times in 40 minutes.\n\n"
        "By my arithmetic, their savings fell by some 2 billion ecus overnight.\n"
    )
    assert speakers(text)[1:] == ["Chronicle", "Chronicle"]


QA_LABELLED = (
    "Livia Marchetti-Osei has chaired the Portalis Harbour Board since 2019. She spoke to the Gazette.\n\n"
    "Q: The board wants 12 ducats a passenger. Why so much?\n\n"
    "A: The repairs will cost 48 million ducats. We have to pay for them somehow.\n\n"
    "Q: Cruise lines say they will send 30 per cent fewer ships.\n\n"
    "A: They said that last time. In fact there were 212 calls, up from 190.\n"
)


def test_labelled_answers_of_a_q_and_a_are_the_interviewee_s_whatever_the_questions_end_in():
    assert speakers(QA_LABELLED)[1] == "Livia Marchetti-Osei"
    assert speakers(QA_LABELLED)[3] == "Livia Marchetti-Osei"


def test_a_q_and_a_label_is_no_part_of_the_sentence_after_it():
    assert speakers(QA_LABELLED)[0] == "Portalis Harbour Board"


def test_a_transcript_may_label_its_turns_with_names_in_title_case():
    text = (
        "The following is a transcript of the council meeting, at which the leader, Rosalind Akerman-Tate, was "
        "questioned by Councillor Piet Vander.\n\n"
        "Piet Vander: How many systems were hit by the attack?\n\n"
        "Rosalind Akerman-Tate: We lost 42 systems. Work had started on 19 of them before the attack.\n\n"
        "Piet Vander: The auditors say the recovery will cost 3 million pounds.\n\n"
        "Rosalind Akerman-Tate: Our estimate is 2.1 million pounds.\n"
    )
    assert speakers(text) == ["Rosalind Akerman-Tate", "Rosalind Akerman-Tate", "auditors", "Rosalind Akerman-Tate"]


def test_a_box_of_figures_labelled_in_title_case_is_no_transcript():
    text = (
        "Social Homes Completed: 6,150\n\nHouseholds Waiting: 148,300\n\nAverage Wait In Years: 7.4\n\n"
        "Target Homes: 15,000\n"
    )
    assert find_transcript(text) is None


def test_reported_speech_goes_on_backshifted_in_the_sentence_after_its_report():
    text = (
        "Talks on the minimum wage broke up on Wednesday after unions rejected an offer to raise the hourly rate "
        "by 40 lepta, people familiar with the talks said.\n\n"
        "The offer would lift the minimum wage to 11.60 korbs an hour.\n"
    )
    found = mentions(text)[-1]
    assert (found.speaker, found.speaker_anonymous) == ("people familiar with the talks", True)


def test_a_modal_only_in_a_relative_clause_carries_no_report_on():
    text = (
        "A fleet audit released in March found that one in five city vehicles was past its replacement date. "
        "The budget sets aside 19 million dollars to replace them, which officials said would cover half.\n"
    )
    assert mentions(text)[1].speaker != "fleet audit"


def test_what_the_paper_reveals_learns_or_understands_is_the_paper_s():
    text = (
        "Nearly one in five classes in Sennick is now taught by an unqualified teacher, the Evening Star can "
        "reveal.\n\n"
        "The council has spent 2.4 million pounds on agency staff, the Gazette has learned.\n\n"
        "The Gazette understands that about 60 posts will be cut.\n"
    )
    assert speakers(text) == ["Evening Star", "Gazette", "Gazette"]


def test_learning_a_skill_reports_nothing():
    text = "The apprentices learned 40 new techniques in the first month.\n"
    assert speakers(text) == [None]


def test_a_verb_joined_after_a_report_with_no_subject_of_its_own_goes_on_with_the_report():
    text = (
        "Testers from the anti-doping agency collected 42 samples in January, the agency said, and found the drug "
        "in 3 of them at concentrations up to 40 times the threshold.\n"
    )
    # "the agency" takes up the body the sentence names in lower case, "the anti-doping agency"
    assert speakers(text) == ["anti-doping agency", "anti-doping agency", "anti-doping agency"]


def test_a_clause_joined_after_a_report_with_a_subject_of_its_own_is_narrated():
    text = "Eleven miners were killed, officials said, and rescuers were racing to reach 17 men.\n"
    assert speakers(text)[-1] is None


def test_an_interview_labelled_by_the_paper_and_the_interviewee_s_surname_gives_the_answers_to_her():
    text = (
        "Livia Marchetti-Osei has chaired the Portalis Harbour Board since 2019. She spoke to the Gazette.\n\n"
        "Gazette: The board wants 12 ducats a passenger. Why so much?\n\n"
        "Marchetti-Osei: The repairs will cost 48 million ducats. We have to pay for them somehow.\n\n"
        "Gazette: Cruise lines say they will send 30 per cent fewer ships.\n\n"
        "Marchetti-Osei: They said that last time. In fact there were 212 calls, up from 190.\n"
    )
    found = speakers(text)
    assert (found[1], found[2], found[3]) == ("Livia Marchetti-Osei", "Cruise lines", "Livia Marchetti-Osei")


OPINION = "Jana Weller is chief economist at the Varn Institute.\n\n"


def test_a_statistic_owned_by_a_surname_the_article_gave_in_full_is_theirs():
    text = OPINION + "Weller's forecast is 3 per cent growth.\n"
    assert speakers(text) == ["Jana Weller"]


def test_an_opinion_held_in_someone_s_view_is_theirs():
    text = OPINION + "In Weller's view, the 6 per cent rise is too much. In her opinion, 2 per cent would do.\n"
    assert speakers(text) == ["Jana Weller", "Jana Weller"]


def test_kin_named_by_their_relation_speak_as_the_person_the_article_gave():
    text = (
        '"My mother never let a buyer set her price," said her son, Rawiri Lanihau, 51, who now runs the farm.\n\n'
        "A former assembly member said her opposition to a hatchery had cost the islands about 80 jobs. "
        '"There were never 80 jobs in that plan. It was 15, maybe," her son said.\n'
    )
    assert speakers(text)[1:] == ["Rawiri Lanihau", "Rawiri Lanihau"]


def test_a_person_opening_a_sentence_after_a_long_adverbial_is_whom_she_means():
    text = (
        "Hollis Frane, the association's secretary, said losses were the worst on record.\n\n"
        "A few miles away at Cobbet's Farm, Jenna Ashwell runs a small honey business with her partner. "
        '"We sold about 900 jars last year," she said.\n'
    )
    assert speakers(text) == ["Jenna Ashwell"]


def test_an_unnamed_role_speaks_as_the_person_who_spoke_not_one_the_content_named():
    text = (
        "Opening the case, Imogen Farr-Castell said 27 objects had been taken from the museum.\n\n"
        "The jury heard that phone records showed calls between Mr Voskuijlen and Mr Pettermann. "
        "Bank records showed cash deposits of 18,500 marks into Mr Voskuijlen's account, the prosecutor said.\n"
    )
    assert speakers(text)[-1] == "Imogen Farr-Castell"


def test_the_company_is_the_body_that_has_just_spoken_before_the_one_quoted_most():
    text = (
        "The guild says that in at least 70 cases hearings went ahead with unqualified interpreters. The guild "
        "said 412 hearings were postponed. The agency, Clearword Language Services, denied that. "
        '"All 70 cases the guild lists involved interpreters on the register," the company said in a statement.\n'
    )
    assert speakers(text)[-1] == "Clearword Language Services"


def test_the_writer_s_inference_from_a_figure_is_the_paper_s():
    text = (
        "Figures released to the Courier under freedom of information rules show the vacancy rate reached 14.8 per "
        "cent in March. That means roughly one in seven posts is empty.\n"
    )
    assert speakers(text)[-1] == "Courier"


def test_a_relative_of_place_set_off_after_a_group_is_no_part_of_it():
    text = (
        "Parents in the mountain town of Dremm, where the first cases were reported in September, said the nearest "
        "clinic offering the vaccine was 40 kilometres away.\n"
    )
    assert speakers(text) == ["Parents in the mountain town of Dremm"]


def test_a_relative_of_place_closing_a_sentence_keeps_its_own_source():
    text = (
        '"Tonight the country chose change," Mara Quintal told cheering supporters in Independence Square, '
        "where police estimated the crowd at 25,000.\n"
    )
    assert speakers(text) == ["police"]


def test_those_who_talk_about_a_figure_give_it():
    text = (
        "The maker has not said what it will charge. Health officials have talked about a price of 40 lumas a dose.\n"
    )
    assert speakers(text) == ["Health officials"]


def test_bodies_of_a_kind_named_together_act_as_one_body():
    text = "Talks broke up on Wednesday.\n\nUnions are demanding 12.50 korbs.\n\nThe unions had asked for 14 hests.\n"
    assert speakers(text) == ["Unions", "unions"]


def test_of_them_takes_up_the_group_a_sentence_opened_with_since_the_last_speaker():
    text = (
        'The labour minister, Rada Miskovic, said the rise was "fair".\n\n'
        "Several deputies from the Farmers' Party, a junior member of the coalition, voted against the bill. Two of "
        "them said privately that the party had been promised a rate of 9.80 lira for farm workers.\n"
    )
    found = mentions(text)[-1]
    assert (found.speaker, found.speaker_anonymous) == ("Several deputies from the Farmers' Party", True)


def test_an_agentless_passive_after_a_quotation_leaves_it_to_the_clause_before():
    text = (
        "Moravec said the cut was 22 per cent.\n\n"
        "A senior official at the finance ministry, who asked not to be named, said the council had been warned "
        'that the cut was "closer to 15 per cent than the 22 per cent being quoted", once a separate fund of '
        "50 million florins was counted.\n"
    )
    found = mentions(text)[1]
    assert (found.speaker, found.speaker_anonymous) == (
        "A senior official at the finance ministry, who asked not to be named",
        True,
    )


def test_prices_at_an_auction_are_no_statistic_of_the_body_before():
    text = (
        "Herring landings were worth 310 million harvs last year, the research council estimated. "
        "Prices at the Vestrova fish auction have risen by a tenth since the summer.\n"
    )
    assert speakers(text) == ["research council", None]


def test_where_a_place_lies_set_off_after_it_is_the_article_s_geography():
    text = (
        "Korvath said up to 700 workers could move to its battery plant in Seltzbach, about 180 km away.\n\n"
        "Port Hallis, 140 km up the coast, handles 1.1 million containers a year, its operator said.\n"
    )
    assert [(m.figure, m.speaker) for m in mentions(text)][1:3] == [("about 180 km", None), ("140 km", None)]


def test_a_distance_someone_reports_is_still_theirs():
    text = "The agency said the ash cloud had spread 180 km from the volcano.\n"
    assert speakers(text) == ["agency"]


def test_a_noun_that_looks_like_a_cue_does_not_make_a_speaker_s_relative_clause_speak():
    text = (
        '"Rent alone now takes 45 percent of a salary," said Ana Voll, a cleaner at Orsk central station who joined '
        "a protest of several hundred people outside the ministry.\n"
    )
    assert speakers(text) == ["Ana Voll", None]


def test_a_that_relative_describing_the_source_is_background():
    text = (
        "Hydropower normally supplies about 70 percent of the country's electricity, the grid operator said.\n\n"
        "Vanterra Energie, the state-controlled utility that runs 31 of the country's 44 large dams, cut its "
        "generation forecast for next year to 13.1 terawatt hours.\n"
    )
    found = [(m.figure, m.speaker) for m in mentions(text)]
    assert (found[1][1], found[2][1]) == (None, None)


def test_a_that_after_the_source_has_spoken_is_no_relative_of_the_source():
    text = (
        "Wendwatch, a residents' group that has mapped burst mains since 2019, said its own volunteers had logged "
        "1,260 leaks reported by the public this year.\n"
    )
    assert speakers(text)[-1] == "Wendwatch"
