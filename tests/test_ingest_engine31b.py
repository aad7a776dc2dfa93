"""
A readers'-questions page in a letter's layout (tests/ingest_labelling.md, "Settled in session 30"): each reader's
question, then the reader's name and town on a line of its own, then the answer with no label. The question's own
figures are the signing reader's, the answers the answerer's (the byline). And a Q&A interview that prints each answer
as one quotation is a Q&A all the same: the answers are the interviewee's, the one the introduction put the questions
to, not the body it opened on nor the source the question before cites.
"""

from ingest.extraction import clean_text
from tests.ingest_helpers import speakers_by_figure

ASK_PAGE = """THE MORNING BUGLE | News | Money | Sport
Money > Ask Olwen

ASK OLWEN: your boiler and broadband questions
Answered by Olwen Farrity, Consumer Editor
Saturday 3 April 2027

Our boiler broke in January and the engineer charged us 380 tallers to replace a valve. The part costs 40 online. Was \
that fair?

Dora Pembleton, Ashcombe

Not really. Labour for a valve swap should take an hour, and I found four firms near you charging 95 tallers an hour \
at most. I would ask the firm for an itemised bill.

My broadband bill went up to 42 tallers a month in March. Can I get money back?

Cyril Mott, Brackwater

Yes. Under the provider rules you are owed 8 tallers for each day after the second. I made that 56 tallers when I \
checked your provider's terms.

Have a question for Olwen? Write to the Money desk.
"""


def test_it_keeps_a_readers_question_with_the_line_that_signs_it():
    text = clean_text(ASK_PAGE)
    assert "Was that fair?\nDora Pembleton, Ashcombe" in text
    assert "By Olwen Farrity" in text


def test_it_gives_a_readers_own_figure_to_the_reader_who_signs_the_question():
    found = speakers_by_figure(ASK_PAGE)
    assert found["380 tallers"] == "Dora Pembleton"
    assert found["42 tallers"] == "Cyril Mott"


def test_it_gives_the_unlabelled_answers_to_the_answerer():
    found = speakers_by_figure(ASK_PAGE)
    assert found["four firms"] == "Olwen Farrity"


QUOTED_ANSWERS = """THE VALLEY PACKET
News > Interviews

Interview by Hal Denby
Tuesday 6 July 2027

Brennan Aquarium opened its new shark tunnel on Saturday. Divers' Club members say the queues were too long. We put \
that to the curator, Dr Sela Marrow, 48, beside the penguin pool.

How many came on the first day?

"We had 6,200 visitors on Saturday, which is more than we ever had before."

The Divers' Club says you turned 900 people away.

"I don't know where that comes from. We let 350 more in after lunch, and nobody waited longer than we said."

How many sharks do you keep?

"Eleven. We are adding three more in the autumn."
"""


def test_it_reads_a_qa_whose_answers_are_each_one_quotation_as_the_interviewees():
    found = speakers_by_figure(QUOTED_ANSWERS)
    assert found["6,200 visitors"] == "Sela Marrow"
    assert found["three"] == "Sela Marrow"


def test_it_does_not_carry_the_questions_source_into_the_quoted_answer_after_it():
    assert speakers_by_figure(QUOTED_ANSWERS)["350"] == "Sela Marrow"


def test_it_reads_no_report_in_a_condition_on_what_someone_could_show():
    # what a body would have to show for a rule not to apply is no word of theirs on the figure before it
    found = speakers_by_figure("Fees of more than 30 tallers are refunded, unless the bank can show you agreed.")
    assert found["more than 30 tallers"] is None


def test_it_reads_no_report_in_what_someone_must_do():
    # "must" before the verb is an obligation the sentence lays on them, not their word on the figure
    assert speakers_by_figure("Tenants must claim within 45 days of moving out.")["45 days"] is None
