"""
Figures in interview questions, transcripts' questions and letters, read the admin's way (clean_text + extract on a
made-up page): a sum a question gives with a verb of cost, a question that puts the one answering their own act, the
interviewer the introduction names as "our reporter", a presenter who welcomes listeners and names themselves, and
a sum after a name that ends in an identifier's noun.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.speakers import people_named

QA_PAGE = """Ten questions for the harbour master

The port of Brinmouth runs on a budget of 2.4 million marks. Its harbour master, Ottilie Granger, took over in March.
Our reporter Sam Poole spoke to her about the new ferry scheme.

The council says the scheme costs 80,000 a year. Is that worth it?

I think so. We carried 12,000 passengers in the first six months.

You fined the Brinmouth Packet Company 40,000 marks in May. Did it pay?

It did. We have had no late sailings since.

Ferry fares have doubled since 2020. Can families still afford them?

I would say so. A child travels for 2 marks.
"""


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_it_finds_a_sum_a_question_gives_with_a_verb_of_cost():
    found = [m for m in extract(clean_text(QA_PAGE)) if m.value == Decimal(80000)]
    assert [(m.unit, m.speaker) for m in found] == [("marks", "council")]


def test_it_gives_the_answers_to_the_one_interviewed_not_our_reporter():
    assert _speakers(QA_PAGE)[Decimal(12000)] == "Ottilie Granger"


def test_it_gives_a_question_s_own_figure_to_the_reporter_the_introduction_names():
    assert _speakers(QA_PAGE)[Decimal(100)] == "Sam Poole"


def test_it_gives_a_question_that_puts_their_own_act_to_the_one_interviewed():
    assert _speakers(QA_PAGE)[Decimal(40000)] == "Ottilie Granger"


def test_it_gives_a_transcript_question_putting_their_own_act_to_the_one_who_answers():
    text = (
        "HALDIS BRENN, NORTH ANALYTICS: Thanks. You're closing 45 branches. Is that the end of it?\n\n"
        "ARNE VOLK: It is, for this year. We keep 210 branches open.\n\n"
        "HALDIS BRENN, NORTH ANALYTICS: And the staff?\n\n"
        "ARNE VOLK: Nobody is made redundant. We moved 90 people last year.\n"
    )
    assert _speakers(text)[Decimal(45)] == "Arne Volk"


PODCAST_PAGE = """Harbour Hour: why are the marinas full?

This is an automatically generated transcript.

MAREN HOLT: Welcome to Harbour Hour. I'm Maren Holt. Nine of the county's 31 marinas are full this summer. Leif Dahl
runs the marina association. Leif, why are they full?

LEIF DAHL: Demand, mostly. We had 4,100 boats on our waiting lists in June, and I expect more next year.

HOLT: What does a berth cost now?

DAHL: Our average is 2,300 marks a season. We have held it for two years.
"""


def test_it_reads_a_presenter_who_welcomes_listeners_to_the_programme_as_its_presenter():
    assert _speakers(PODCAST_PAGE)[Decimal(31)] is None  # the presenter's background, no one's


def test_it_leaves_i_m_out_of_a_name_a_presenter_gives_themselves():
    assert people_named("Good evening. I'm Maren Holt.") == ["Maren Holt"]


def test_it_reads_a_sum_after_a_name_ending_in_an_identifier_s_noun_but_not_a_ward_s_number():
    text = "The regulator fined Harrow Post 1.8 million marks last year. Patients on Ward 4B were moved."
    assert [(m.value, m.unit) for m in extract(clean_text(text))] == [(Decimal(1800000), "marks")]
