"""
The review of qa33's rules for figures in questions (findings_review33a), read the admin's way (clean_text + extract
on a made-up page): a "you" sentence in an answer or a debate stays its speaker's, a guest's or a minister's "welcome
to" makes no presenter, the paper's own journalist is the interviewer only when the introduction says they asked, a
verb of payment after a count pays that count, and a question's "you" gives the one answering only its verb's object.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.speakers import people_named


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


EARNINGS_CALL = """KARI DUNN, NORTH ANALYTICS: Thanks. You're closing 35 branches. Is that the end of it?

TOMAS LIND: It is, for this year. You're talking about 180 branches that stay open.

KARI DUNN, NORTH ANALYTICS: And the staff?

TOMAS LIND: Nobody is made redundant. You made 31,000 marks a year as a cashier in 2020, and you still do.

KARI DUNN, NORTH ANALYTICS: And the bonus pool?

TOMAS LIND: Unchanged.
"""


def test_it_keeps_a_generic_you_in_an_answer_the_answerer_s_own():
    assert _speakers(EARNINGS_CALL)[Decimal(31000)] == "Tomas Lind"


def test_it_keeps_a_you_re_talking_about_in_an_answer_the_answerer_s_own():
    assert _speakers(EARNINGS_CALL)[Decimal(180)] == "Tomas Lind"


DEBATE = """Mayoral debate: the transcript

CHAIR: The first question is on schools.

NINA HOLT: We opened 5 new schools this term. You shut 14 schools in six years, Mr Berg.

OLAV BERG: That is simply untrue. We built 7 new ones.

NINA HOLT: You cut teaching posts by 15 per cent. The record is there.

OLAV BERG: And you have doubled class sizes.
"""


def test_it_keeps_a_debater_s_accusation_theirs_and_the_denial_the_accused_s():
    found = [(m.speaker, m.stance) for m in extract(clean_text(DEBATE)) if m.value == Decimal(14)]
    assert ("Nina Holt", "asserts") in found and ("Olav Berg", "denies") in found


def test_it_keeps_a_debater_s_you_sentence_theirs():
    assert _speakers(DEBATE)[Decimal(15)] == "Nina Holt"


def test_it_keeps_a_guest_who_welcomes_a_touring_programme_a_speaker():
    text = """Radio Kelby on tour: Falsby

PRESENTER: We are in Falsby this week. Runa Halvorsen is the harbour master. Runa, how busy is the port?

RUNA HALVORSEN: Welcome to Falsby! We handled 7,000 ships last year, up from 5,000.

PRESENTER: And the ferries?

RUNA HALVORSEN: We carried 60,000 passengers in the summer.
"""
    speakers = _speakers(text)
    assert (speakers[Decimal(7000)], speakers[Decimal(60000)]) == ("Runa Halvorsen", "Runa Halvorsen")


def test_it_keeps_a_minister_who_welcomes_the_press_to_a_briefing_a_speaker():
    text = """Transcript: the minister's briefing on rail

PER SAND: Good afternoon, and welcome to Transport House. We have ordered 40 new trains this year.

LIV AAS, RADIO NORD: Minister, the unions say 600 drivers are missing. Who is right?

PER SAND: The unions count posts that were never funded. Our figure is 250.
"""
    speakers = _speakers(text)
    assert (speakers[Decimal(40)], speakers[Decimal(250)]) == ("Per Sand", "Per Sand")


def test_it_gives_the_answers_to_our_own_correspondent_when_the_interview_is_with_them():
    text = """Twenty years on the Cairo beat

Our correspondent Mira Solberg retires this month after 20 years abroad. She talked to us about the job.

How many elections have you covered?

I think I counted 33 in the end. We had 4 drivers when I started.

The paper now has 3 offices abroad. Is that enough?

No. I would want at least 6, and I have told the editor so.
"""
    speakers = _speakers(text)
    assert (speakers[Decimal(33)], speakers[Decimal(4)]) == ("Mira Solberg", "Mira Solberg")


def test_it_leaves_a_journalist_the_introduction_mentions_in_passing_no_interviewer():
    text = (
        "Ten questions for the museum director\n\n"
        "The Kelby museum runs on a budget of 1.6 million marks. Last year our reporter Eva Brun revealed that its "
        "cafe had lost 90,000 marks. Its director, Jon Falk, spoke to Tove Ring.\n\n"
        "The museum had only 7,000 visitors last year. Is it worth it?\n\n"
        "I think so. We had 11,000 visitors in the first six months of this year.\n\n"
        "Fares have risen 20 per cent since 2020. Can families still afford them?\n\n"
        "I would say so. A child goes in for 2 marks.\n"
    )
    speakers = _speakers(text)
    assert (speakers[Decimal(7000)], speakers[Decimal(20)]) == (None, None)


def test_it_counts_what_a_verb_of_payment_pays_after_a_count_not_the_article_s_currency():
    text = (
        "The Falsby relief fund has 2.6 million marks left, its chairman, Erik Nygaard, said.\n\n"
        "The fund received 5,300 applications by the end of May and has paid 4,100, Mr Nygaard said.\n"
    )
    assert _units(text)[Decimal(4100)] == "applications"


def test_it_invents_no_sum_for_time_spent_after_a_count_of_hours():
    text = (
        "The hospital's budget was cut by 3 million marks this year.\n\n"
        "Porters at the hospital worked 55 hours a week in the storm and spent 15 on cleaning, a union survey found.\n"
    )
    assert _units(text).get(Decimal(15)) != "marks"


QA_PAGE = """Five questions for the new coach
By Tove Ring

Jon Falk became coach of Falsby United on Monday. Tove Ring asked him about the job.

You took over a team that has lost 9 games in a row. Why did you say yes?

Because I like a challenge. I have turned round 2 teams before.

You're competing with 17 other clubs for the same young players. Can you win that?

We can. Our academy has 120 boys in it.
"""


def test_it_leaves_a_figure_outside_the_put_to_you_verb_s_object_the_interviewer_s():
    assert _speakers(QA_PAGE)[Decimal(9)] == "Tove Ring"


def test_it_leaves_a_figure_after_a_you_re_ing_verb_s_preposition_the_interviewer_s():
    assert _speakers(QA_PAGE)[Decimal(17)] == "Tove Ring"


def test_it_leaves_a_contraction_other_than_i_m_on_a_capitalised_run():
    assert "Say Yes" not in people_named("I'd Say Yes, the band, played in the square.")
