"""Round 35: whose a letters page's and a Q&A's unverbed figures are (tests/ingest_labelling.md, session 23)."""

from __future__ import annotations

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import speakers_by_figure

# A letters page under its editor's byline: "Sir," opens each letter, the editor introduces and links them, and the
# letter writers say "I"
SALUTED_LETTERS = """THE WENBURY HERALD
Home | News | Opinion | Sport

Opinion > Your letters

Your letters: the closing of the Quarry Lane library
The Letters Editor on a week of post about the library

By Ottoline Farrant, Letters Editor
3 May 2027, 06:00

The library on Quarry Lane has 2,300 members on its roll. The postbag held 41 letters, and we print a few here.
Sir, I have borrowed from Quarry Lane since I was a girl. On Saturdays I count about 60 children in the room.
Winifred Asquith, Wenbury

Sir, The reading groups I run there meet twice a month with 18 regulars each time. Where are we to meet?
Lionel Crabtree, Upper Wenbury

A retired librarian, who asked us not to print her name, writes that its roof leaks whenever it rains.
Sir, I walk past the library every morning. I saw 12 people queueing at the door before it opened on Tuesday.
Pritha Moss, Wenbury

Write to us at letters@wenburyherald.example. Letters may be shortened.
"""


def test_a_letter_opened_by_sir_is_its_signers_not_the_editors():
    speakers = speakers_by_figure(SALUTED_LETTERS)
    assert speakers["about 60 children"] == "Winifred Asquith"
    assert speakers["18 regulars"] == "Lionel Crabtree"


def test_a_paragraph_between_letters_is_not_the_next_letter():
    # the editor's linking paragraph before a letter that opens "Sir," is not that letter: the letter is its signer's
    speakers = speakers_by_figure(SALUTED_LETTERS)
    assert speakers["12 people"] == "Pritha Moss"


def test_the_editors_introduction_is_the_editors_not_the_first_letters():
    speakers = speakers_by_figure(SALUTED_LETTERS)
    assert speakers["2,300 members"] == "Ottoline Farrant"
    assert speakers["41 letters"] == "Ottoline Farrant"


def test_a_salutation_starts_the_letter_in_the_snapshot():
    cleaned = clean_text(SALUTED_LETTERS)
    assert "we print a few here.\n\nSir, I have borrowed" in cleaned


# A Q&A whose question puts the interviewee's own plan to them
QA_OWN_FIGURE = """THE BRENSHAW POST
News | Business | Interviews

Business > Interview

"We grew too fast": the baker on closing shops
Idris Pennick on flour prices, rents and what went wrong

Interview by Carys Holloway
9 April 2027

Pennick's Bakery opened its first shop in Brenshaw in 2011. Idris Pennick founded it. We asked him what went wrong.

Post: You promised to open 25 shops by 2028. Is that still the plan?

Pennick: No. We have 11 now and we will close three of them this summer. I got the rents wrong.

Post: Why are the rents so high?

Pennick: Landlords want long leases. I signed for ten years on most of our shops and I regret it.
"""


def test_a_question_putting_the_interviewees_own_figure_is_theirs():
    speakers = speakers_by_figure(QA_OWN_FIGURE)
    assert speakers["25 shops"] == "Idris Pennick"
    assert speakers["three"] == "Idris Pennick"


# A Q&A whose turns are labelled by the paper and the one interviewed: each answer is theirs
QA_LABELLED_ANSWERS = """THE BRENSHAW POST
News | Business | Interviews

Business > Interview

The fire chief on a winter of chimney fires
Agnes Thorley on chimney fires and a council grant

Interview by Carys Holloway
9 April 2027

Agnes Thorley has run Brenshaw fire service since 2019. We asked her about the winter.

Post: How bad was the winter?

Thorley: Wet wood. Owners buy logs off the back of a van. I would guess a third of the fires were wet wood.

Post: Has the council helped?

Thorley: Not much. Our council grant went down to 40,000 dorvans this year from 55,000. I have asked twice for more.
"""


def test_a_first_person_answer_is_the_interviewees_not_a_report_before_carried_on():
    assert speakers_by_figure(QA_LABELLED_ANSWERS)["a third"] == "Agnes Thorley"


def test_an_our_in_a_labelled_answer_is_the_interviewees():
    assert speakers_by_figure(QA_LABELLED_ANSWERS)["40,000 dorvans this year from 55,000"] == "Agnes Thorley"


# A letters page whose letters say "I" only once between them: the editor's lines are still the editor's
FEW_I_LETTERS = """THE HARBOUR GAZETTE
Home | News | Opinion | Sport
Opinion > Your letters

Your letters: the ferry timetable
The Letters Editor on a week of post about the new winter ferry timetable

By Nell Orrin, Letters Editor
9 December 2026, 07:00

The island ferry will sail less often this winter. This week's postbag held 48 letters on the change.

Sir, I have crossed on the early boat for years to reach my shift. The timetable cuts my crossings to two.
Agnes Pell, Skarra Island

Sir, our school sends 35 pupils across each morning, and the first sailing now reaches us after the bell.
Ruari Voss, headteacher, Skarra Primary

Write to us at letters@harbourgazette.example
"""


def test_the_editors_lines_are_the_editors_though_few_letters_say_i():
    speakers = speakers_by_figure(FEW_I_LETTERS)
    assert speakers["48 letters"] == "Nell Orrin"
    assert speakers["35 pupils"] == "Ruari Voss"


def test_an_adverb_opening_the_sentence_is_not_part_of_the_body_that_acts():
    text = "The ferry board met on Monday. Now the board wants to cut 31 crossings to save 420,000 crowns a year."
    speakers = [m.speaker for m in extract(clean_text(text)) if m.value is not None]
    assert speakers and not any((speaker or "").startswith("Now") for speaker in speakers)
