"""Mend 35a: the forms34 rules (a standfirst "X answers questions", a letters editor's credit) kept to their forms."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

# H1: a hearing transcript whose lede after the byline and date opens "Name, ..., answers questions": a body paragraph
# in the reporter's voice, not a standfirst naming a guest
HEARING_LEDE = """The Brannock Mercury | mercury.example
News

Police chief grilled over strike and overspend

By Teodor Marsh
Tuesday 8 March 2027, 19:00

Dana Holt, whose force is 14 million krell over budget, answers questions from the board since 420 officers struck.

CHAIR: Chief Constable, thank you for coming. How long will the strike go on, in your view?

HOLT: I cannot say. We have offered the officers a rise and I hope they will take it this week.

CHAIR: And the overspend? The board was told in January that it would be closed by the summer.

HOLT: We have cut the overtime bill, and I expect the gap to close by the end of the year.
"""


def test_a_transcripts_lede_after_the_byline_keeps_its_figures():
    speakers = speakers_by_figure(HEARING_LEDE)
    assert "14 million krell" in speakers
    assert "420 officers" in speakers
    assert speakers["14 million krell"] is None


HEARING_FACES = """The Brannock Mercury | mercury.example
Politics

Finance minister before the budget committee

By Teodor Marsh
Tuesday 8 March 2027, 09:00

Finance Minister Ada Roe faces questions from the budget committee today over a 4 billion krell shortfall.

CHAIR: Minister, welcome back. Where will the money come from, in the ministry's own view?

ROE: From savings across every department. We have asked each of them for a plan by April.

CHAIR: And if the plans do not come in time, what then for the schools and the hospitals?

ROE: Then we will make the choices ourselves, and we will explain them to the committee here.
"""


def test_a_transcripts_lede_that_faces_questions_keeps_its_figure():
    speakers = speakers_by_figure(HEARING_FACES)
    assert "4 billion krell" in speakers


# H1 in a Q&A: the paragraph under "Interview by" is the body's first
QA_INTRO_TAKES = """The Brannock Mercury | mercury.example
Home  News  Harbour  Opinion

'The cruise ships are coming whether we like it or not'

Interview by Teodor Marsh
Monday 7 March 2027, 07:00

Harbourmaster Per Lund takes questions from readers every month, and this month 212 of you wrote in.

When will the cruise terminal open?

In the spring of next year, if the dredging goes to plan. I am confident it will.

How many ships will call?

We have bookings for 31 ships in the first season, and I expect more once the terminal is open.
"""


def test_a_qas_first_paragraph_after_the_byline_keeps_its_figure():
    speakers = speakers_by_figure(QA_INTRO_TAKES)
    assert "212" in " ".join(speakers)


def test_a_standfirst_above_the_byline_still_names_the_guest():
    page = QA_INTRO_TAKES.replace(
        "Interview by Teodor Marsh", "Per Lund answers questions on ships and dredging\n\nInterview by Teodor Marsh"
    ).replace("Harbourmaster Per Lund takes questions from readers every month, and this", "Every month, and this")
    speakers = speakers_by_figure(page)
    assert speakers["31 ships"] == "Per Lund"


# L1: an answer near the top of a Q&A that opens "Name takes questions"
QA_ANSWER_TAKES = """The Brannock Mercury | mercury.example
Home  News  Harbour  Opinion

Ferry complaints: your questions

Who handles complaints at the ferry company?

Mara Ellis takes questions from passengers at every board meeting, and she logged 96 complaints last year.

How long does a refund take?

The company says it pays within 14 days, and most passengers I spoke to had their money within a week.
"""


def test_an_answer_that_opens_name_takes_questions_keeps_its_figure():
    speakers = speakers_by_figure(QA_ANSWER_TAKES)
    assert "96 complaints" in speakers
    assert "Mara Ellis" not in {v for k, v in speakers.items() if k != "96 complaints"}


# L2: an explainer with question crossheads, its lede opening "Name faces questions"
EXPLAINER_FACES = """The Brannock Mercury | mercury.example
Politics

The budget hole explained

By Teodor Marsh
Tuesday 8 March 2027, 09:00

Finance Minister Ada Roe faces questions in parliament on Tuesday over a 4 billion krell hole in the budget.

How did the hole open up?

Tax receipts came in below forecast for the third year running, and spending on energy support ran over.

What happens next?

The ministry has asked every department for savings plans by April, the minister told reporters last week.
"""


def test_an_explainers_lede_that_faces_questions_keeps_its_figure():
    speakers = speakers_by_figure(EXPLAINER_FACES)
    assert "4 billion krell" in speakers


# A standfirst "X takes your questions to <guest>": the guest answers, not the one who puts the questions
QA_QUESTIONS_TO = """The Brannock Mercury | mercury.example
Home  News  Health  Opinion

'We will not close the maternity ward': the hospital chief on your worries
Mia Berg takes your questions to Ingrid Solvang, chief executive of Kelby General

Will the maternity ward close?

No. We have 22 midwives on the ward and I am hiring four more this spring, whatever you may have heard.

Why are the waits so long in the emergency department?

Because we see 300 patients on a busy day there, and I have too few doctors for that many.
"""


def test_your_questions_put_to_a_guest_are_answered_by_the_guest():
    speakers = speakers_by_figure(QA_QUESTIONS_TO)
    assert "Mia Berg" not in speakers.values()
    assert speakers["22 midwives"] == "Ingrid Solvang"


# M1: a readers'-questions page compiled by the letters editor: each answer is the answerer's, never the next reader's
QUESTIONS_BY_LETTERS_EDITOR = """The Brannock Mercury | mercury.example
Home  News  Money  Opinion

Your questions answered: refunds, ferries and the energy bill
Compiled by Halla Fenwick, Letters Editor
Saturday 5 March 2027, 08:00

My ferry was cancelled twice last month and I paid 45 krell for a taxi instead. Can I claim it back?
Oskar Brenner, Tolley Heath
Yes. Under the operator's own terms you can claim up to 60 krell for a taxi when a sailing is cancelled.
My energy bill went up by 30 per cent in January. Is that allowed?
Lena Achterberg, Kelby
Only if the supplier told you a month before. Ask for the letter it sent, and complain if there was none.
The library fined my son 12 krell for a book he returned on time. What can we do?
Ruth Dallimore, Brannock
Ask for a receipt from the desk next time. The library waives fines in about nine cases out of ten on appeal.
"""


def test_a_questions_page_compiled_by_the_letters_editor_gives_no_answer_to_the_next_reader():
    speakers = speakers_by_figure(QUESTIONS_BY_LETTERS_EDITOR)
    assert speakers["up to 60 krell"] == "Halla Fenwick"
    assert speakers["45 krell"] == "Oskar Brenner"


# M2: a letters editor's own column: the editor's lines are the editor's, not the reader's signed under them
LETTERS_EDITORS_COLUMN = """The Brannock Mercury | mercury.example
Home  News  Opinion

Inbox: the tram, the library and a very old wall

By Halla Fenwick, Letters Editor
Saturday 5 March 2027, 08:00

The tram brought the most post this week. Most of you want it to run to the estates, not stop short.
I have some sympathy. The council told me the full route would cost 180 million krell, which it does not have.
The library brought 40 letters, almost all asking for longer opening hours.
"Open it on Sundays. My children have nowhere quiet to work at the weekend."
Lena Achterberg, Kelby
The harbour wall is older than anyone thought. The museum dates its oldest stones to the 1790s.
"My grandfather helped to repair it in 1953, and he said then it would outlast us all."
Oskar Brenner, Tolley Heath
"""


def test_a_letters_editors_own_column_keeps_the_editors_count():
    speakers = speakers_by_figure(LETTERS_EDITORS_COLUMN)
    assert speakers["40 letters"] == "Halla Fenwick"


LETTERS_EDITORS_FEATURE = """The Brannock Mercury | mercury.example
Home  News  Opinion

What you told us about the ferry cuts

By Halla Fenwick, Letters Editor
Saturday 5 March 2027, 08:00

We asked readers how the planned ferry cuts would affect them. More than 300 of you replied. Here are some answers.
I cross twice a day to work. Losing two sailings would add 40 minutes to my journey each way.
Oskar Brenner, Tolley Heath
Skerry Lines says the cuts would save 2.4 million krell a year. Its timetable shows winter boats run 30 per cent full.
My mother is 91 and goes to the mainland hospital every week. She cannot sit on a quay for three hours.
Lena Achterberg, Skerry
"""


def test_a_letters_editors_feature_keeps_the_editors_introduction():
    speakers = speakers_by_figure(LETTERS_EDITORS_FEATURE)
    assert speakers["More than 300 of you"] == "Halla Fenwick"
    assert speakers["30 per cent"] == "Skerry Lines"
