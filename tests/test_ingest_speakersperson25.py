"""Session 25: figures of persons and anonymous sources the engine gave no speaker or the wrong one."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

# A letters page whose letters open with no greeting: the editor's introduction and links stand right above them
LETTERS = """THE OSTMARRA LEDGER
Home | News | Opinion | Letters

Opinion | Letters

Letters: the dog licence fee
Readers respond to the plan

Edited by Edwina Larch, Letters Editor
Saturday 1 May 2027, 06:00

We received 212 letters and emails in a week, and nearly two thirds of them opposed the rise. A selection follows.

I have walked dogs on the common for 30 years. My spaniels will cost me 120 quellets a year under the new scheme.
Harriet Vosse, Abbotsmere

As a vet, I see what loose dogs do. Our practice treated 310 bite wounds last year.
Ossian Drey, Marrisham

One letter came from a reader in Skerrin who works at the office and asked us not to print her name. She writes\
 that the office issued 9,400 licences last year.

A fee of 60 quellets on top will be the last straw for pensioners. The council should think again.
Ruth Dallimore (Mrs), Tullenby

Letters are edited for length.
"""


def test_a_source_whose_name_is_withheld_runs_up_to_its_verb_however_long():
    text = (
        "A hunter who has stalked deer in the forest for 40 years and asked not to be named because lynx are a sore "
        "subject in his village said roe deer numbers had doubled in a decade."
    )
    assert speakers_by_figure(text)["doubled"] == (
        "A hunter who has stalked deer in the forest for 40 years and asked not to be named because lynx are a sore "
        "subject in his village"
    )


def test_a_withheld_source_after_the_clause_it_reports():
    text = (
        "The first shipment of 80,000 doses has been held up at the crossing while customs officers checked the "
        "paperwork, two agency officials who asked not to be named because the matter is politically sensitive said."
    )
    assert speakers_by_figure(text)["80,000 doses"] == (
        "two agency officials who asked not to be named because the matter is politically sensitive"
    )


def test_a_withheld_source_closed_by_a_comma_keeps_the_commas_inside_its_aside():
    text = (
        "A river keeper on the Tarr, who asked not to be named because his employer, a private estate, had not "
        "approved his comments, said he had found three dead otters in fish traps this spring."
    )
    assert speakers_by_figure(text)["three dead otters"] == (
        "A river keeper on the Tarr, who asked not to be named because his employer, a private estate, had not "
        "approved his comments"
    )


def test_a_withheld_source_in_apposition_is_named_from_its_first_noun_phrase():
    text = (
        "One resident, a retired lorry driver who asked not to be named because he still sells firewood to the "
        "distillery, said the lane was barely 4 metres wide at the bridge."
    )
    assert speakers_by_figure(text)["barely 4 metres"] == (
        "One resident, a retired lorry driver who asked not to be named because he still sells firewood to the "
        "distillery"
    )


def test_the_editors_introduction_above_the_first_letter_is_the_editors():
    speakers = speakers_by_figure(LETTERS)
    assert speakers["nearly two thirds"] == "Edwina Larch"
    assert speakers["120 quellets"] == "Harriet Vosse"


def test_the_postbag_the_editor_counts_is_a_claim():
    assert speakers_by_figure(LETTERS)["212 letters and emails"] == "Edwina Larch"


def test_a_letter_told_of_by_the_editor_is_the_unnamed_writers_not_the_next_signers():
    speakers = speakers_by_figure(LETTERS)
    assert speakers["9,400 licences"] == (
        "a reader in Skerrin who works at the office and asked us not to print her name"
    )
    assert speakers["60 quellets"] == "Ruth Dallimore"


def test_a_body_named_after_the_word_post_is_not_the_paper():
    text = (
        "By Maja Orrhed\n\n"
        "Only 46 per cent of homes have a fast connection, according to the Post and Broadband Authority. Our "
        "analysis found 31 masts on the ridge had no power."
    )
    speakers = speakers_by_figure(text)
    assert speakers["46 per cent"] == "Post and Broadband Authority"
    assert speakers["31 masts"] != "Post"


def test_only_n_of_them_opening_a_sentence_takes_up_the_count_before():
    text = (
        "Fayle blamed the nurseries that grow the young trees. The agency now works with 31 contract nurseries, down "
        "from more than 40 before the disease, Lorcan Fayle said. Only 14 of them delivered in full last year."
    )
    assert speakers_by_figure(text)["14"] == "Lorcan Fayle"


def test_a_person_who_speaks_for_the_company_is_no_name_of_it():
    text = (
        "Counsel for the company, Viktor Brandes, said all overtime had been paid.\n\n"
        "Brandes said the cafe had struggled after the timetable changed. Its takings fell 40 per cent in the first "
        "winter, he said."
    )
    assert speakers_by_figure(text)["40 per cent"] == "Viktor Brandes"


def test_a_part_set_off_after_a_count_is_counted_by_whoever_counted_it():
    text = (
        "Our reporter Tobias Fenn has driven the coast road. He counted at least 40 fallen trees on the 12-kilometre "
        "stretch, three of them blocking both lanes."
    )
    speakers = speakers_by_figure(text)
    assert speakers["at least 40 fallen trees"] == "Tobias Fenn"
    assert speakers["three"] == "Tobias Fenn"


def test_a_turn_labelled_with_a_role_in_capitals_after_the_name_is_that_persons():
    text = (
        "Morning Report: rural bus cuts - transcript\n\n"
        "SIAN MOLLER (REPORTER): Harlan's rural routes carried fewer passengers last year. With me is Harlan's "
        "operations manager, Della Kroon.\n\n"
        "DELLA KROON: The real problem is people. We're short of 26 drivers across the depot.\n\n"
        "SIAN MOLLER: At the stop outside the post office, passengers were not impressed.\n\n"
        "MARGIT HALE, PASSENGER: In town they've got a bus every 10 minutes. Out here we are lucky to get two.\n"
    )
    speakers = speakers_by_figure(text)
    assert speakers["26 drivers"] == "Della Kroon"
    assert speakers["10 minutes"] == "Margit Hale"


# A Q&A whose questions stand as paragraphs above the answers, under the interviewer's byline
QA = """Interview by Sofi Halland

Greta Morlund runs Ostmere Home Care. We asked her about the agency's waiting list.

How long is your waiting list?
A: On Monday's list, 1,400. We take on maybe 40 a week.

Q: Some of your clients are visited 26 times a week. Why so often?
A: Someone with dementia who lives alone needs help to get up, to eat and to go to bed.

Q: Your own figures show that only 81 per cent of visits start on time. Is that good enough?
A: No. We want it to be better.
"""


def test_a_question_on_the_interviewees_own_is_put_to_them_as_theirs():
    speakers = speakers_by_figure(QA)
    assert speakers["26 times"] == "Greta Morlund"
    assert speakers["81 per cent"] == "Greta Morlund"


def test_a_withheld_source_whose_description_has_a_verb_of_its_own_and_the_definite_that_takes_it_up():
    text = (
        "A consultant in the emergency department who spoke on condition of anonymity because the trust has told "
        'doctors not to discuss staffing said the delays were keeping "dozens of patients a week" in cubicles. The '
        "consultant put the average wait for a porter after a bed was found at 52 minutes."
    )
    source = (
        "A consultant in the emergency department who spoke on condition of anonymity because the trust has told "
        "doctors not to discuss staffing"
    )
    speakers = speakers_by_figure(text)
    assert speakers["dozens of patients"] == source
    assert speakers["52 minutes"] == source
