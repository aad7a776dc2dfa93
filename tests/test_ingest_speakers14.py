"""Speakers of issue 14: who a "she" or a "he" means after a sentence opened by a phrase, a place or an honour."""

from datetime import date

from ingest.extraction import extract
from tests.ingest_helpers import mentions, speakers


def test_a_phrase_of_time_opening_a_quotation_is_no_person():
    text = (
        "Councillor Petra Lindqvist, who chairs the audit panel, pressed the leader on the backlog.\n\n"
        '"In April, the inspectors warned this council that 42 of its bridges needed urgent work. '
        'Nothing was done," she said.'
    )
    assert speakers(text) == ["Petra Lindqvist"]


def test_a_place_before_the_subject_leaves_the_subject_the_one_who_speaks():
    text = (
        "The energy minister, Oskar Brandel, told parliament that 300 engineers had been sent north.\n\n"
        "In Varholm, Edith Sorne, 79, has had no heating since Sunday. "
        '"There are 30 houses on our lane and not one has heat," she said.'
    )
    assert speakers(text)[-1] == "Edith Sorne"


def test_a_barrister_named_with_the_letters_after_the_name_is_she():
    text = (
        "Harbour Lines' transport board told the court the builder had overspent by 90 million crowns.\n\n"
        "For the builder, Agathe Renner KC said the figure was exaggerated.\n\n"
        '"The board changed the plans 14 times," she said.'
    )
    assert speakers(text)[-1] == "Agathe Renner"


def test_the_owner_opening_a_sentence_is_whom_she_means():
    text = (
        "The minister, Harald Quist, said truancy fines worked.\n\n"
        "Mirjam Oste's daughter has missed most of this year. "
        '"I have paid 3 fines and nobody has asked me why," she said.'
    )
    assert speakers(text)[-1] == "Mirjam Oste"


def test_a_reporting_verb_inside_a_compound_is_no_cue():
    text = "Storm-related losses cost farmers about 90 million crowns a year, according to the farm ministry."
    assert speakers(text) == ["farm ministry"]


def test_a_scare_quote_ending_in_a_cue_word_is_no_report():
    text = (
        "For the insurer, Joakim Ferreira-Lund said the claim was overstated.\n\n"
        'Ferreira-Lund called the forecast "hopeful thinking"; the real loss was nearer 40,000 crowns, he said.'
    )
    assert speakers(text) == ["Joakim Ferreira-Lund"]


def test_the_subject_of_an_object_relative_is_no_source_of_what_follows():
    text = (
        "A planner at the council, who asked not to be named, said three routes had been drawn up, and that "
        "the longest, which the cabinet rejected, would have cost 80 million crowns."
    )
    found = [(m.value, m.speaker, m.stance) for m in mentions(text)]
    assert found[-1] == (80_000_000, "A planner at the council, who asked not to be named", "asserts")
    assert all(stance == "asserts" for _, _, stance in found)


def test_a_view_reported_by_a_clause_closing_the_sentence_is_the_closing_source_s():
    text = (
        "Independent engineers were sceptical. The operator had put the risk of a leak at 3 per cent before the "
        "test, Marit Solheim said."
    )
    assert speakers(text) == ["Marit Solheim"]


def test_a_report_s_findings_run_on_into_the_next_statistic():
    text = (
        "The review, based on visits to 40 care homes, found that 22 per cent had too few night staff. "
        "Falls rose to 1,310 in the year to June, from 1,020 the year before."
    )
    assert speakers(text)[1:] == ["review", "review"]  # the sample of the review is its background


def test_a_statistic_that_peaked_or_was_cut_runs_on_from_the_body_that_gave_the_one_before():
    text = (
        "The planning office said approvals fell 9 per cent to 31,400 last year. Approvals had peaked at 44,000 "
        "in 2021. The target for next year was cut to 29,000 from 33,000."
    )
    assert set(speakers(text)) == {"planning office"}


def test_an_office_named_by_its_title_keeps_its_whole_name():
    text = "Wards were short of 41 nurses, the Chief Inspector of Hospitals said."
    assert speakers(text) == ["Chief Inspector of Hospitals"]


def test_an_office_in_lower_case_closing_the_sentence_reports_what_it_found():
    text = (
        "Harrowgate hospital is treating 610 patients in wards built for 450, the chief inspector of hospitals "
        "has found, with beds now lining two corridors."
    )
    assert set(speakers(text)) == {"chief inspector of hospitals"}


def test_inspectors_found_a_clause_without_that():
    text = "The ward was clean, and inspectors found one in five patients had waited over a day for a bed."
    assert speakers(text) == ["inspectors"]


def test_a_time_phrase_before_the_actor_is_not_part_of_its_name():
    assert speakers("Last year the city council cut its library budget to 4 million crowns from 6 million.") == [
        "city council"
    ]
    assert speakers("In 2024, Brannock Water raised its charges by 9 per cent.") == ["Brannock Water"]


def test_a_quotation_no_clause_attributes_is_the_person_the_article_turned_to():
    text = (
        "Norrvik Mills will close its Asby plant, the company said on Tuesday.\n\n"
        "Managing director Henrik Salo addressed staff in the canteen. Part of his statement follows.\n\n"
        '"We have lost our biggest customer, and that customer bought 40,000 tonnes of paper a year. '
        "There is no easy way to say this."
    )
    assert speakers(text)[-1] == "Henrik Salo"


def test_an_organisation_named_inside_a_quotation_is_not_the_company_that_says_it():
    text = (
        "Pellby Shipping rejected that account.\n\n"
        '"Our records show the Grey Heron was carrying 3,100 tonnes when it left port," the company said.'
    )
    assert speakers(text) == ["Pellby Shipping"]


def test_a_clause_closing_a_sentence_the_splitter_joined_reports_the_clause_after_the_full_stop():
    text = (
        "Two people close to the tender said Norrland's bid came in 12 per cent below Asby's. Norrland will "
        "build the hulls at a yard employing about 4,000 people, the transport ministry said."
    )
    assert speakers(text)[-1] == "transport ministry"


def test_a_course_record_is_no_reporting_verb_and_that_opens_a_clause_before_organisers():
    text = (
        "Ines Maro broke the Vellby Marathon course record on Sunday, on a day so hot that organisers said "
        "hundreds of runners needed help."
    )
    assert speakers(text) == ["organisers"]


def test_the_content_after_an_inverted_cue_is_no_source():
    text = "Skoot, the largest hire operator, said its riders made 12 million trips last year."
    assert speakers(text) == ["Skoot"]


def test_a_participle_before_a_pronoun_is_not_part_of_the_source():
    text = "Arvel Wind issued a statement on Monday, saying it expected repairs to cost under 60 million crowns."
    assert speakers(text) == ["Arvel Wind"]


def test_the_subject_inside_a_relative_clause_is_the_source():
    text = (
        "Corlan Rail blamed flooding along the route and a rise in copper prices, which it said had added "
        "14 million crowns to the bill."
    )
    assert speakers(text) == ["Corlan Rail"]


def test_its_own_survey_is_the_survey_of_the_body_reporting_it():
    text = (
        "The Veska fisheries ministry said in a statement that its own survey showed 30 per cent more fish "
        "than the council had counted."
    )
    assert speakers(text) == ["Veska fisheries ministry"]


def test_a_reporter_who_counted_is_the_source_of_the_count():
    text = (
        "Our correspondent Ilse Varn visited the depot on Friday. Varn counted 52 buses parked in the yard.\n\n"
        "Our reporter Piet Oddsen counted 140 lorries on the bypass."
    )
    assert speakers(text) == ["Ilse Varn", "Piet Oddsen"]


def test_a_surname_acting_before_a_clause_of_its_own_gives_no_figure_there():
    text = (
        "The candidate, Ruth Kallas, lost by 40 votes. Kallas asked for a recount after 900 ballots were "
        "found in a store room."
    )
    assert speakers(text)[-1] is None


def test_its_spokesman_speaks_for_the_body_it_means():
    text = "The Green Union disputed the figure. Its spokesman said 12 of its 60 members had claimed the allowance."
    assert set(speakers(text)) == {"Green Union"}


def test_a_dateline_date_is_not_a_dated_statement():
    text = "ORRIN, Vastland, Nov 3 (WNS) - Bus drivers in Orrin have voted to strike, their union said on Monday."
    assert [m for m in extract(text, published=date(2026, 11, 3)) if m.value is None] == []


def test_a_retail_chain_is_an_organisation_that_reports():
    text = (
        "Hollin Foods reported a fall in profit. The chain cut prices on about 900 products in May, and said on "
        "Tuesday that the cuts had cost it around 60 million crowns."
    )
    assert speakers(text)[-1] == "Hollin Foods"


def test_a_currency_code_before_a_figure_is_no_organisation():
    text = (
        "Varro Motors will close its Elsby plant. The carmaker reported a net loss of EUR 310 million for the "
        "quarter, it said."
    )
    assert speakers(text) == ["Varro Motors"]


def test_a_source_after_an_opening_adverbial_reports_the_whole_sentence_after_it():
    text = (
        "In a statement, Orla Rail said its sleepers carried 210,000 passengers last year, but lost an average "
        "of 95 crowns on every ticket sold."
    )
    assert speakers(text) == ["Orla Rail", "Orla Rail"]


def test_a_source_with_more_than_a_decade_of_service_is_a_noun_phrase():
    text = "A nurse with more than a decade on the ward said staff had treated dozens of patients in corridors."
    assert speakers(text) == ["A nurse with more than a decade on the ward"]


def test_a_report_named_by_its_body_is_that_body_s():
    text = (
        "Harrow City Council met on Monday. The insurer will pay no more than 4 million crowns, according to "
        "a council report published this week."
    )
    assert speakers(text) == ["Harrow City Council"]


def test_one_of_a_counted_group_that_spoke_is_still_that_group():
    text = (
        "Four heads in the east of the county, who asked not to be named, said bus cuts were to blame. "
        "One said a quarter of her pupils now travel more than 20 kilometres to school."
    )
    found = mentions(text)
    assert (found[-1].speaker, found[-1].speaker_anonymous) == (
        "Four heads in the east of the county, who asked not to be named",
        True,
    )


def test_a_person_given_an_age_is_whom_she_means():
    text = (
        'The foundation\'s director, Hanne Lovik, said: "We will fund 300 places."\n\n'
        "Among the first students is Siri Aasen, 19, who studies forestry. "
        '"My family keeps 60 sheep and there was never money for college," she said.'
    )
    assert speakers(text)[-1] == "Siri Aasen"


def test_an_unnamed_person_introduced_as_subject_is_whom_he_means():
    text = (
        'The hospital\'s director, Ada Lenz, said: "We have 200 beds open."\n\n'
        "A nurse who has worked the night ward for a decade described the shift. "
        '"We had 14 patients on trolleys at once," she said.'
    )
    found = mentions(text)
    assert (found[-1].speaker, found[-1].speaker_anonymous) == ("A nurse", True)


def test_an_act_set_off_by_according_to_a_named_body_is_that_body_s():
    text = (
        "Members of the Harbour Assembly claimed 4.1 million crowns in travel last year, according to figures "
        "released by the Assembly's Audit Office on Friday."
    )
    assert speakers(text)[0] == "Audit Office"


def test_an_act_set_off_by_according_to_an_unnamed_filing_keeps_its_actor():
    text = "Norvik Mutual has raised its estimate of claims to 86 million crowns, according to a filing."
    assert speakers(text)[0] == "Norvik Mutual"


def test_a_body_s_written_reasons_are_the_body_s_and_it_goes_on_with_it():
    text = (
        "The tribunal's written reasons said the club's wage bill had risen to 21 million crowns. "
        "It found that the club had paid 4 players through a company abroad."
    )
    assert set(speakers(text)) == {"tribunal"}


def test_a_participle_set_off_after_the_source_is_no_part_of_it():
    text = "The ferry company's own cargo records, prepared for the inquiry in May, showed 88 lorries on board."
    assert speakers(text) == ["ferry company"]


def test_an_accusation_reports_the_charge():
    text = "The Farmers' League accused the ministry of cutting drought aid by 25 per cent."
    assert speakers(text) == ["Farmers' League"]


def test_a_name_before_a_verb_that_begins_like_a_particle_ends_at_the_name():
    text = (
        "Chief executive Mara Lindholm-Berg defended the utility's record. "
        '"We are relining 30 kilometres of sewer a year," she said.'
    )
    assert speakers(text) == ["Mara Lindholm-Berg"]


def test_a_longer_source_inside_a_relative_clause_is_the_source():
    text = (
        "The drivers' union wants a rise above inflation, which the national statistics bureau put at 4.2 percent "
        "last month."
    )
    assert speakers(text) == ["national statistics bureau"]


def test_the_paper_that_saw_a_document_is_not_its_source():
    text = (
        "The union of tenants wrote to the minister on Monday. But its own survey, seen by the Post, found that "
        "31 of 80 estates had no working lift."
    )
    assert set(speakers(text)) == {"union of tenants"}


def test_according_to_after_a_clause_is_not_the_source_of_the_next_clause():
    text = (
        "Bus use has fallen by a quarter since May, according to the transport authority, and Vell Coaches has "
        "cut its daily services to 12 from 20."
    )
    assert speakers(text) == ["transport authority", None]


def test_unowned_figures_closing_a_body_s_act_are_that_body_s():
    text = (
        "Harlow Fire Service recruited 96 firefighters in the year to June, short of the 140 it needed, figures "
        "released on Tuesday show."
    )
    assert set(speakers(text)) == {"Harlow Fire Service"}


def test_unowned_data_on_a_statistic_of_a_body_stay_the_data_s():
    text = (
        "The central bank's reserves fell to 12.5 billion crowns in June, data published alongside the decision showed."
    )
    assert speakers(text) != ["central bank"]


def test_the_reporter_s_contact_with_a_source_is_no_part_of_its_name():
    text = "Several traders we spoke to, who asked not to be named, say as much as 30 per cent of the honey is cut."
    found = mentions(text)
    assert (found[0].speaker, found[0].speaker_anonymous) == ("Several traders", True)


def test_words_after_an_apposition_and_its_verb_are_the_content_when_a_quotation_follows():
    text = (
        "The Clean Air Parents' Group, a campaign that opposes the new road, said the council's figures "
        '"hide the harm" and that only 4 of the sites had been measured.'
    )
    assert speakers(text) == ["Clean Air Parents' Group"]


def test_a_body_that_has_just_published_a_figure_before_a_colon_gives_it():
    text = (
        "The elections board has just published its latest turnout figure: 52.3 per cent of voters had cast a "
        "ballot by 6pm."
    )
    assert speakers(text) == ["elections board"]


def test_a_body_in_a_relative_clause_without_that_after_a_figure_gives_the_figure():
    text = "Output was 5 per cent above the 140 gigawatt-hours the operator had forecast when the farm opened."
    assert speakers(text)[-1] == "operator"


def test_an_unnamed_engineer_is_an_unnamed_source_whom_she_said_goes_on_with():
    text = (
        'Roads Minister Karin Aalto said: "Every bridge is safe."\n\n'
        "A senior engineer at the roads agency, who asked not to be named, said the agency had only 90 "
        "inspectors. She said it needed about 250."
    )
    found = mentions(text)
    assert (found[-1].speaker, found[-1].speaker_anonymous) == (
        "A senior engineer at the roads agency, who asked not to be named",
        True,
    )
