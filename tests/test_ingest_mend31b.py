"""
Mends to review31b's findings on session 31's merges: a news story with crossheads is no readers'-questions page, a
reader's question runs over its paragraphs, a story's lone quotations are no Q&A's answers, a release's figures do
not go on into another actor's sentence or the writer's comparison, a condition opening a sentence is no report's
subject, and whom the introduction's third party went to is not the one interviewed.
"""

from ingest.extraction import clean_text
from tests.ingest_helpers import speakers_by_figure

# (1) a news story whose quoted question stands above a two-word crosshead
CROSSHEAD_STORY = """Bus fares to go up in the valley

By Nell Farrow

Fares on the Dunmore valley buses will rise by 9 per cent in May, the operator Glenline said on Tuesday.

Glenline said its diesel costs had risen to 1.8 million pounds last year.

Councillor Roy Penn asked: "Who is going to pay 700 pounds a year just to get to work?"

Depot Plans

The operator said it would build a new depot. It estimates 4,500 people ride its buses each day.

Student Mia Orr said: "Where am I supposed to find the extra money?"

Passenger Numbers

The buses travel 2.2 million miles a year on the valley's roads.
"""


def test_it_reads_a_news_storys_crossheads_as_no_readers_signatures():
    text = clean_text(CROSSHEAD_STORY)
    assert '?"\nDepot Plans' not in text  # kept under the question as its signature


def test_it_keeps_a_news_storys_figures_with_their_speakers_past_a_crosshead():
    found = speakers_by_figure(CROSSHEAD_STORY)
    assert found["700 pounds"] == "Roy Penn"
    assert found["2.2 million miles"] is None  # the reporter's, not the byline's as a letters editor's


# (7) a reader's question over two paragraphs, the "?" only in the second
LONG_QUESTION = """Your money questions answered

Answered by Lotte Brandt

My father paid 3,500 pounds up front for a stairlift last summer. The firm has since closed and nobody answers the \
phone.

Can he get the money back?
Owen Carr, Dunmore

Possibly. If he paid by credit card, the card company must refund purchases of more than 100 pounds.

I was charged 60 pounds for a parking ticket at a hospital. Is that legal?
Ruth Fell, Glenby

Yes, but hospitals must let blue badge holders park free.
"""


def test_it_gives_a_readers_earlier_paragraph_of_the_question_to_the_reader():
    found = speakers_by_figure(LONG_QUESTION)
    assert found["3,500 pounds"] == "Owen Carr"
    assert found["more than 100 pounds"] == "Lotte Brandt"


# (2) a news story whose campaigner's paragraphs end on quoted questions, her last words a lone quotation
QUOTED_QUESTIONS_STORY = """Pool to close for a year

By Nell Farrow

Glenby council will shut its swimming pool for a year to save 400,000 pounds, its leader Ada Kerr said on Monday.

Swimmer Jo Brisk, who chairs the pool users' club, said the plan was short-sighted. "Where will the schools teach \
children to swim?"

Ms Kerr said the repairs could not wait.

"We have 2 million pounds of repairs to find and the roof will not last another winter."

The club will march to the town hall on Friday. Ms Brisk asked: "Has anyone on the council swum here this year?"

She said the club had 800 members.

"We sent 1,100 letters to councillors and had two replies."
"""


def test_it_reads_a_news_storys_lone_quotation_under_quoted_questions_as_no_qa_answer():
    assert "Jo Brisk" in (speakers_by_figure(QUOTED_QUESTIONS_STORY)["1,100 letters"] or "")


# (3) after a statistics lead, another actor's past act in the same paragraph
RELEASE_THEN_OTHERS = """Ambulance delays grow

By Nell Farrow

The number of ambulance calls answered late in Glenby rose 12 per cent to 5,300 in the spring, the Glenby Ambulance \
Service said on Thursday. The regulator received 310 complaints about the service last year. The health minister \
came in June and promised 8 million pounds for new vehicles. Rival Dunmore service answered 4,900 calls late over \
the same months.
"""


def test_it_gives_no_release_body_another_actors_own_count():
    found = speakers_by_figure(RELEASE_THEN_OTHERS)
    assert found["5,300"] == "Glenby Ambulance Service"
    assert found["310 complaints"] != "Glenby Ambulance Service"
    assert found["8 million pounds"] is None
    assert found["4,900 calls"] != "Glenby Ambulance Service"


# (5) the writer's comparison after a statistics lead
RELEASE_THEN_COMPARISON = """Port traffic up

By Nell Farrow

Freight through Glenby port rose 6 per cent to 1.2 million tonnes last year, its owner Glenby Harbour Board said on \
Monday. For comparison, the total at rival Dunmore port was 2.4 million tonnes. Among Europe's small ports the average \
growth was 3 per cent.
"""


def test_it_gives_no_release_body_the_writers_comparison():
    found = speakers_by_figure(RELEASE_THEN_COMPARISON)
    assert found["2.4 million tonnes"] is None
    assert found["3 per cent"] is None


# (4) a condition opening the sentence with no comma, running into the real subject
def test_it_reads_the_subject_after_a_condition_that_opens_the_sentence():
    found = speakers_by_figure("Unless the board finds more money the charity warns that 300 places will close.")
    assert found["300 places"] == "charity"
    found = speakers_by_figure("If the bank refuses Glenby Mills says it will cut 140 jobs.")
    assert found["140 jobs"] == "Glenby Mills"


# (8) other words for the same condition after the figure
def test_it_reads_no_report_in_a_condition_put_as_except_where():
    found = speakers_by_figure("Refunds of up to 90 tallers are paid, except where the shop can show it was used.")
    assert found["up to 90 tallers"] is None


# (6) a third party in the introduction putting a complaint to someone
THIRD_PARTY_PUT = """Interview by Nell Farrow

Ivo Rask has kept bees above Glenby for 25 years. In May Rask put his complaint about spraying to the farming \
minister, Dr Lena Holt. He told us what happened next.

What did the spraying do?

We lost 40 hives in a week. It went from 300 kilos of honey to none.

Did the ministry answer?

I had one letter after two months. We are still waiting for 6,000 pounds in help.
"""


def test_it_names_the_interviewee_not_the_one_a_third_party_went_to():
    found = speakers_by_figure(THIRD_PARTY_PUT)
    assert found["40 hives"] == "Ivo Rask"
    assert found["6,000 pounds"] == "Ivo Rask"
