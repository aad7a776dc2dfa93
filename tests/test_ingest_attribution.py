"""Attribution: whose voice each figure is in, beyond the reporting clause of its own sentence."""

from datetime import date

from ingest.cleaning import clean
from ingest.extraction import clean_text, extract
from ingest.interviews import find_interview

QA_PAGE = """Garden Monthly
INTERVIEW
By Pia Host
Dr Ivo Tarrant has kept bees on the Brell moor for thirty years. He talked to us about the hives.

How many hives are left?

We keep about 140 hives now. Our losses last winter were 35 per cent.

Why so many?

The cold spring. I counted 12 queens lost in one week.

Some farmers blame the new spray.

That is part of it. We have asked the council for a ban.
"""


def _speakers(page: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(page), published=date(2026, 5, 1))}


def test_it_keeps_an_interviewers_short_question():
    assert "Why so many?" in clean(QA_PAGE)


def test_it_gives_the_answers_of_a_q_and_a_to_the_interviewee():
    speakers = _speakers(QA_PAGE)
    assert speakers["about 140 hives"] == "Ivo Tarrant"
    assert speakers["35 per cent"] == "Ivo Tarrant"
    assert speakers["12 queens"] == "Ivo Tarrant"


def test_it_reads_a_prompt_put_as_a_statement_as_the_interviewers():
    interview = find_interview(clean_text(QA_PAGE))
    assert interview is not None
    text = clean_text(QA_PAGE)
    prompt = text.index("Some farmers blame")
    assert not interview.answers_at(prompt)
    assert interview.answers_at(text.index("That is part of it"))


def test_it_does_not_take_an_explainers_questions_for_an_interview():
    explainer = """How many hives are left?

The survey counted about 140 hives on the moor, the park office said.

Why so many losses?

The spring was cold and the losses reached 35 per cent, according to the office.
"""
    assert find_interview(clean_text(explainer)) is None


def test_it_takes_a_finding_verb_closing_the_sentence_as_its_source():
    text = "Nearly one in four buses ran late last month, the Harbour Tribune found from the timetable logs."
    [mention] = extract(text)
    assert mention.speaker == "Harbour Tribune"


def test_it_reads_a_closing_source_and_verb_in_s_as_a_report_not_a_plural_noun():
    text = "The town will need about 2,400 new flats by 2030, the Kellby Housing Board estimates."
    [mention] = extract(text)
    assert mention.speaker == "Kellby Housing Board"


def test_it_still_reads_records_closing_a_sentence_as_a_noun():
    [mention] = extract("The archive keeps about 4,000 tax and school records.")
    assert mention.speaker is None


ROLE_THEN_PRONOUN = (
    "The port inspector, Ines Vold, closed the quay on Monday.\n\n"
    '"We need a dredger," said the port engineer, Tomas Brek.\n\n'
    "A notice from the port inspector: 14 berths are shut, she said."
)


def test_it_reads_a_pronoun_as_the_role_named_before_it_in_its_sentence():
    figures = {m.figure: m.speaker for m in extract(ROLE_THEN_PRONOUN)}
    assert figures["14 berths"] == "Ines Vold"


def test_it_does_not_take_a_role_in_the_possessive_as_the_pronouns_antecedent():
    text = ROLE_THEN_PRONOUN.replace(
        "A notice from the port inspector: 14 berths are shut, she said.",
        "Brek said 14 berths were shut, on the port inspector's orders, and he said more would follow.",
    )
    figures = {m.figure: m.speaker for m in extract(text)}
    assert figures["14 berths"] == "Tomas Brek"


def test_it_reads_the_company_as_the_firm_an_apposition_introduced():
    text = (
        "Harbour officials met on Friday, and the port authority said the quay would reopen.\n\n"
        'The authority said repairs were under way. The contractor, Dorn Kessel, blamed the weather. "We had to '
        'replace about 900 steel beams," the company said.'
    )
    figures = {m.figure: m.speaker for m in extract(text)}
    assert figures["about 900 steel beams"] == "Dorn Kessel"


def test_it_reads_the_company_as_the_operator_named_in_its_sentence():
    text = "Bus operator Velloway will cut 12 routes in May, the company said on Monday."
    [mention] = extract(text)
    assert mention.speaker == "Velloway"


def test_it_takes_the_subject_of_a_relative_clause_without_that_not_the_noun_before_it():
    from ingest.speakers import find_reports

    [report] = find_reports("Rents rose by 9 per cent, a rise the city's tenant board says is too steep.")
    assert report.subject == "the city's tenant board"


def test_it_drops_a_sentence_opening_but_from_the_source():
    text = (
        "Inspectors at the food agency say the outbreak is contained.\n\n"
        "But they privately concede that about 30 new cases were found last week."
    )
    [mention] = extract(text)
    assert mention.speaker == "Inspectors at the food agency"


def test_it_gives_a_figure_our_analysis_found_to_the_publication():
    [mention] = extract("Roughly 4,300 bridges are overdue for repair, our analysis found.")
    assert mention.speaker == "our analysis"


def test_it_reads_a_possessed_document_before_found_as_its_verb():
    [mention] = extract("Our survey found 612 schools without a nurse.")
    assert mention.speaker == "our survey"


def test_it_gives_a_figure_a_body_decides_on_to_the_body():
    [mention] = extract("The roads agency has widened the speed limit zone to 12 kilometres.")
    assert mention.speaker == "roads agency"


def test_it_gives_a_sum_a_body_contributes_to_the_body():
    [mention] = extract("The Harlow Trust contributes 2 million crowns a year to the library.")
    assert mention.speaker == "Harlow Trust"


def test_it_does_not_read_relating_to_as_a_report():
    text = "The bank was hacked in May.\n\nAccording to the bank: records relating to 9,000 clients were copied."
    [mention] = extract(text)
    assert mention.speaker == "bank"


def test_it_gives_the_answers_to_an_interviewee_with_a_double_barrelled_surname():
    film = 'The film "The Honey Year" made Lise Varga-Holm famous. She has kept'
    page = QA_PAGE.replace("Dr Ivo Tarrant has kept", film)
    interview = find_interview(clean_text(page))
    assert interview is not None
    assert interview.interviewee == "Lise Varga-Holm"


def test_it_keeps_an_indefinite_unnamed_source_for_the_pronoun_after_it():
    page = (
        "The mayor, Tilda Brann, opened the new depot on Monday.\n\n"
        "A driver at one of the bus companies, who asked not to be named, said 40 buses were off the road. "
        "About a quarter of them would not run again, he said.\n"
    )
    speakers = _speakers(page)
    assert (
        speakers["About a quarter"]
        == speakers["40 buses"]
        == "A driver at one of the bus companies, who asked not to be named"
    )


def test_it_gives_a_quotation_to_whom_the_paragraph_before_introduces_with_a_colon():
    page = (
        "A spokesman for the depot said the doors were shut.\n\n"
        "The harbour master, Nils Orvane, who has run the port for a decade, gave an update to reporters:\n\n"
        '"We have 60 ships waiting outside the breakwater."\n'
    )
    assert _speakers(page)["60 ships"] == "Nils Orvane"


def test_it_keeps_a_joined_relative_clause_in_an_anonymous_sources_description():
    page = (
        "Two dock workers who load the night ferries, and who asked not to be named because they feared "
        "losing shifts, said dozens of crates had been lost overboard.\n"
    )
    assert _speakers(page)["dozens of crates"] == (
        "Two dock workers who load the night ferries, and who asked not to be named because they feared losing shifts"
    )


def test_it_drops_a_partitive_relative_clause_from_a_collective_source():
    page = "Ferry passengers, several of whom asked not to be named, said 40 sailings had been cancelled.\n"
    assert _speakers(page)["40 sailings"] == "Ferry passengers"


def test_it_keeps_a_group_named_by_where_it_is_as_the_speaker():
    page = "Parents in the hill village of Orm said the nearest school was 30 kilometres away.\n"
    assert _speakers(page)["30 kilometres"] == "Parents in the hill village of Orm"


def test_it_keeps_a_group_named_by_what_it_is_doing_as_the_speaker():
    page = "Workers leaving the night shift said dozens of their colleagues had walked out.\n"
    assert _speakers(page)["dozens of their colleagues"] == "Workers leaving the night shift"


def test_it_gives_the_role_back_to_an_earlier_unnamed_source_after_a_named_one():
    page = (
        "A senior official at the ministry, who asked not to be named, said the toll was closer to 900. "
        "Minister Hella Brandt said 400 had died.\n\n"
        '"We have 120 cases still open," the official said.\n'
    )
    assert _speakers(page)["120 cases"] == "A senior official at the ministry, who asked not to be named"


def test_it_keeps_a_worker_at_a_named_company_unnamed():
    page = (
        "A technician at one of Velloway's depots, who asked not to be named, has told us that the brakes "
        'were never tested.\n\n"About a third of our buses are old," he said.\n'
    )
    assert _speakers(page)["About a third"] == "A technician at one of Velloway's depots, who asked not to be named"


def test_the_company_is_not_a_campaign_group_introduced_as_a_group():
    page = (
        "Dorrel Energy said its bills would rise by 8 per cent in May. "
        "Pim Vass, who chairs the campaign group Fair Heat, "
        "said the rise was too steep.\n\n"
        "The new plant would supply 40,000 homes, the company said.\n"
    )
    assert _speakers(page)["40,000 homes"] == "Dorrel Energy"


def test_the_company_after_a_long_sentence_is_the_organisation_it_opens_with():
    page = (
        "Tellmark Energy has closed 12 of the 30 plants at its Harrow Bank site after a fire at one of them "
        "last month, the company said on Friday.\n"
    )
    assert _speakers(page)["30 plants"] == "Tellmark Energy"


def test_the_company_is_the_speaking_firm_that_opens_the_sentence():
    page = (
        "Brakmoor said the leak was small. The Rivers Inspectorate said it had found 300 dead fish.\n\n"
        "Brakmoor employs 230 people at the plant, the company said.\n"
    )
    assert _speakers(page)["230 people"] == "Brakmoor"
