"""
Transcripts printed as turns: a label gives a speaker's surname alone ("HOLMBERG:"), and the page names them in full
once at the top, in its standfirst ("The board's chief executive, Dr Ines Holmberg, on ...") or after a preposition
("She was joined by Tomas Reuter, ..."). Each turn's figures are its speaker's, by that full name.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

BRIEFING = """THE ARNLEY EXAMINER
Home | News | Health | Sport

Health | Transcripts

Transcript: Health board monthly briefing
The board's chief executive, Dr Ines Holmberg, on waiting lists, staffing and the winter

Board offices, Arnley, 4 February 2027, 10:00
Published 4 February 2027, 14:10
This transcript has been edited for length.

HOLMBERG: Good morning. The waiting list fell to 8,300 patients in January, and we opened 45 new beds.

JOE MARRIN (Arnley Examiner): The nurses' union says 300 posts are empty. Is that right?

HOLMBERG: We have 210 vacancies on our books, and we are recruiting.

JOE MARRIN: And the winter?

HOLMBERG: We cancelled 62 operations in December, fewer than last year.
"""

JOINED = """THE ARNLEY EXAMINER
Home | News | Health | Sport

Health minister sets out the hospital plan

Published 4 February 2027, 14:10

Health Minister Ruth Calloway set out the hospital plan on Wednesday.

She was joined by Tomas Reuter, the ministry's head of estates. This is an edited transcript.

CALLOWAY: The plan will cost 1.2 billion crowns over ten years.

Q: How many hospitals will be rebuilt?

REUTER: Fourteen hospitals will be rebuilt, and 22 more will be refurbished.

Q: When will the first open?

CALLOWAY: The first will open in 2029, with 400 beds.
"""


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_a_role_first_standfirst_names_the_speaker_a_surname_label_stands_for():
    speakers = _speakers(BRIEFING)
    assert speakers[Decimal(8300)] == "Ines Holmberg"
    assert speakers[Decimal(210)] == "Ines Holmberg"
    assert speakers[Decimal(62)] == "Ines Holmberg"


def test_a_name_given_after_a_preposition_names_the_speaker_a_surname_label_stands_for():
    speakers = _speakers(JOINED)
    assert speakers[Decimal(22)] == "Tomas Reuter"
    assert speakers[Decimal(400)] == "Ruth Calloway"


BULLETIN = """THE ARNLEY EXAMINER
Home | News | Transport | Sport

Harbour dredging: the evening bulletin

PRESENTER (JONAS FELL): Good evening. The harbour authority has been told to dredge the main channel again.

FELL: The harbour master, Maren Osk-Dahl, told us the work is overdue.

MAREN OSK-DAHL (HARBOUR MASTER): We will need to remove about 90,000 tonnes of silt before the autumn.

FELL: And the cost?

MAREN OSK-DAHL (HARBOUR MASTER): We think it will cost 3 million crowns, and we have set aside 2 million.

FELL: Maren Osk-Dahl, thank you.
"""


def test_a_label_the_page_names_as_a_person_keeps_the_turn_whatever_its_aside_in_capitals():
    speakers = _speakers(BULLETIN)
    assert speakers[Decimal(90000)] == "Maren Osk-Dahl"
    assert speakers[Decimal(3000000)] == "Maren Osk-Dahl"


FERRY_QA = """THE ARNLEY EXAMINER
Home | News | Transport | Sport

"We cannot sail without crews": the ferry regulator on cancelled sailings

Interview by Petra Lund

Kestrel Line, the operator, cancelled more sailings than any other. We asked Odd Brekke, the regulator, why.

Why were so many sailings cancelled?

Mostly crews. We have looked at every cancellation since October, and most were for want of a deckhand or an engineer.

The seafarers' union says Kestrel Line is short of 90 crew. Is that right?

Kestrel Line's own figure is 55. I suspect the truth is in between.
"""


def test_a_bodys_own_figure_named_in_an_answer_is_the_bodys():
    assert _speakers(FERRY_QA)[Decimal(55)] == "Kestrel Line"


def test_a_bodys_own_count_with_its_source_set_off_by_commas_is_the_bodys():
    text = "The harbour board's own count, from ticket sales, was 6,400 passengers on the first weekend."
    assert _speakers(text)[Decimal(6400)] == "harbour board"


PANEL = """THE ARNLEY EXAMINER
Home | News | Farming | Sport

Farmers count the cost of the floods

PRESENTER (ANNA LOW): Good morning. With me are the farming minister, Jon Hale, and a farmer, Berit Strand.

ANNA LOW: Minister, how much land is under water?

JON HALE: We think about 9,000 hectares, and we are pumping it out.

ANNA LOW: The growers' union says compensation of 300 crowns a hectare is too little.

BERIT STRAND: It is. It costs me 800 crowns a hectare to sow.

JON HALE: We will look at it again.
"""


def test_an_it_in_a_turn_in_its_speakers_first_person_is_no_body_taken_up_from_the_turn_before():
    speakers = _speakers(PANEL)
    assert speakers[Decimal(300)] == "growers' union"
    assert speakers[Decimal(800)] == "Berit Strand"


def test_a_sentence_adverb_with_no_comma_is_no_part_of_the_subject_that_reports():
    text = "The river peaked on Sunday.\n\nMeanwhile the water company reported 40 homes without a supply overnight."
    assert _speakers(text)[Decimal(40)] == "water company"


PRESS_CONFERENCE = """THE ARNLEY EXAMINER
Home | News | Politics | Sport

Edited transcript of the transport minister's press conference on the rail timetable

Transport Minister Eva Lind set out the new rail timetable on Monday, with the head of timetabling, Ole Brandt.

LIND: Thank you for coming. From May there will be 140 more trains a week on the coast line.

BRANDT: And 30 of them will run late in the evening.

Q: Last month you said 200 more trains. Which is it?

LIND: We said up to 200, and 140 is what the track allows this year.
"""


def test_a_question_from_the_floor_is_no_turn_of_the_speaker_before_and_its_you_is_whoever_answers():
    mentions = [m for m in extract(clean_text(PRESS_CONFERENCE)) if m.value == Decimal(200)]
    assert mentions[0].quote == "Last month you said 200 more trains."
    assert mentions[0].speaker == "Eva Lind"


def test_a_part_of_a_whole_in_words_named_by_a_brand_counts_the_noun_after_the_name():
    text = "The port reopened.\n\nThree of the six Harbin cranes were working by noon, the operator said."
    units = {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}
    assert units[Decimal(3)] == "cranes"
    assert units[Decimal(6)] == "cranes"


def test_reports_of_a_figure_called_untrue_are_denied():
    text = "The ferry ran aground on Friday.\n\nClaims of 40 passengers hurt were simply wrong, the operator said."
    stances = {m.value: (m.speaker, m.stance) for m in extract(clean_text(text)) if m.value is not None}
    assert stances[Decimal(40)] == ("operator", "denies")
