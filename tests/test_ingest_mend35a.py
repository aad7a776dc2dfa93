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
