"""Mending review33c's findings on furniture33 and filters33: the outlet's own survey, a body's own release and a
masthead's common last word are no offer; a rank noun of time, a verb's particle before police, units after an age
bound, time left in a game, a match narrated in the past perfect, a bare mention of law (round 33)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(raw: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(raw)) if m.value is not None]


HEAD = "The Marsden Beacon | News | Sport | Business | Opinion\nNews > Local\n\nBridge tolls to rise\n\n"
BODY = "The bridge trust said tolls would rise by 6 per cent in May. It said 52,000 cars crossed each week.\n\n"


def test_it_keeps_the_outlets_own_survey_of_its_readers_at_the_foot():
    raw = (
        HEAD
        + BODY
        + "In a poll of 1,500 Beacon readers, 58 per cent said the rise was unfair.\n(c) 2027 Marsden Beacon Ltd.\n"
    )
    assert Decimal(58) in _values(raw)


def test_it_keeps_a_count_of_the_outlets_subscribers_at_the_foot():
    raw = HEAD + BODY + "Of the 700 Beacon subscribers who answered our survey, 305 said they drove to work.\n"
    values = _values(raw)
    assert Decimal(700) in values and Decimal(305) in values


def test_it_reads_no_offer_in_a_label_that_is_the_mastheads_last_word_in_lower_case():
    raw = (
        "The Varn Times | News | Sport\nNews > Health\n\nClinic waits grow\n\n"
        "The clinic said 8,100 patients were on its list in June.\n\n"
        "Waiting times: the median wait rose to 23 weeks, up from 17 weeks, the clinic said.\n\n"
        "(c) 2027 Varn Times Ltd.\n"
    )
    assert Decimal(23) in _values(raw)


def test_it_reads_no_offer_in_a_label_that_names_another_company_by_the_mastheads_word():
    raw = (
        "The Varn Post | News | Sport\nNews > Business\n\nBranches to shut\n\n"
        "The postal firm said it would shut 90 branches. It said 2,600 staff would be affected.\n\n"
        "Post Office Ltd: 35 of the branches to shut are in villages, the firm said.\n\n(c) 2027 Varn Post Ltd.\n"
    )
    assert Decimal(35) in _values(raw)


def test_it_keeps_a_bodys_own_vote_of_its_members_at_the_foot_of_its_release():
    raw = (
        "Varn Teachers Union\nPRESS RELEASE\n\nTeachers back pay offer\n\n"
        "The Varn Teachers Union said its members had voted on the offer of a 5 per cent rise.\n\n"
        "Union members voted 71 per cent in favour, on a turnout of 58 per cent, the union said.\n\n"
        "(c) 2027 Varn Teachers Union\n"
    )
    values = _values(raw)
    assert Decimal(71) in values and Decimal(58) in values


def test_it_counts_people_after_a_stage_in_time():
    values = _values("At one stage 300 people were waiting outside the clinic, the police said.")
    assert Decimal(300) in values


def test_it_counts_what_follows_a_category_picked_out_by_that():
    values = _values("In that category 17 of the grants went to villages, the council said.")
    assert Decimal(17) in values


def test_it_counts_children_after_a_stage():
    values = _values("At this stage 9 children remain in hospital, the health board said.")
    assert Decimal(9) in values


def test_it_counts_the_occasions_police_were_called_in():
    values = _values("Staff at the depot had to call in police on 15 occasions last year, the council said.")
    assert Decimal(15) in values
    values = _values("The club has had to call out police on 22 occasions since May, its chairman said.")
    assert Decimal(22) in values


def test_it_reads_a_measure_after_over_as_no_age_of_shops_or_papers():
    values = _values("Under the new rules, outlets over 120 square metres must shut at 9pm, the ministry said.")
    assert Decimal(120) in values
    values = _values("Under the plan, newspapers over 48 pages will pay a lower rate of tax, the ministry said.")
    assert Decimal(48) in values


def _claims(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text)) if m.value is not None and m.stance == "asserts"]


def test_it_reads_the_time_left_in_a_game_or_a_campaign_as_no_claim():
    assert Decimal(25) not in _claims(
        "Varn were level at 2-2 with 25 minutes of play left when Holt scored, the club said."
    )
    assert Decimal(4) not in _claims(
        "With four days of campaigning left, the party trails by 9 points, the pollster said."
    )


def test_it_reads_a_tally_in_the_past_perfect_as_the_game_reported():
    assert Decimal(5) not in _claims("By half-time Varn had scored five goals, and the visitors looked beaten.")


def test_it_reads_a_tenure_near_a_mention_of_law_as_no_claim():
    assert Decimal(22) not in _claims("She has worked in employment law for 22 years, the firm said.")
    assert Decimal(11) not in _claims(
        "After a long legal battle, the couple waited 11 months for a ruling, their lawyer said."
    )


def test_it_reads_one_of_the_first_few_as_a_ranking():
    assert Decimal(4) not in _claims("He was one of the first four men to join the crew, the port said.")


def test_it_reads_no_offer_in_a_label_with_another_word_before_the_mastheads_word():
    raw = (
        "The Varn Star | News | Sport\nSport > Football\n\nStriker signs\n\n"
        "The club said the striker scored 21 goals last season.\n\n"
        "Club Star Rating: he was given 84 points by the league's scouts.\n\n(c) 2027 Varn Star Ltd.\n"
    )
    assert Decimal(84) in _values(raw)


def test_it_keeps_a_span_set_under_named_rules_and_an_age_before_a_verb_in_s():
    assert Decimal(10) in _claims("Under the Rail Passenger Rules you are entitled to a refund within ten days.")
    assert Decimal(16) not in _values("The minimum wage for workers under 16 rises to 6.10 dorins from 5.90.")
    assert Decimal(21) in _claims(
        "Under Varn shipping rules, ferries cancelled with less than 21 days' notice must be refunded."
    )
