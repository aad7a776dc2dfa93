"""Round 25: who disputes a figure by not confirming or not accepting it, and whose figures a story tells."""

from __future__ import annotations

from ingest.engine import find_mentions


def _disputes(text: str) -> list[tuple[str, str | None, str]]:
    return [(str(m.value), m.speaker, m.figure) for m in find_mentions(text) if m.stance == "disputes"]


def test_it_reads_did_not_confirm_that_figure_as_a_dispute_of_the_figure_before():
    text = "The nurses' union says 85 wards are short of staff. The hospital board did not confirm that figure."
    assert _disputes(text) == [("85.0000", "hospital board", "that figure")]


def test_it_reads_did_not_accept_that_figure_as_a_dispute():
    text = "Defence lawyers told the court the loss came to 90,000 crowns. The prosecution did not accept that figure."
    assert [(v, s) for v, s, _ in _disputes(text)] == [("90000.0000", "prosecution")]


def test_it_gives_a_dispute_said_with_a_pronoun_to_the_body_that_said_it():
    text = (
        "A porter told the paper that 300 beds were closed over winter. "
        "The regional health authority said it did not recognise that figure."
    )
    assert [(v, s) for v, s, _ in _disputes(text)] == [("300.0000", "regional health authority")]


def test_it_reads_a_figure_the_body_did_not_confirm_as_its_dispute():
    text = "Campaigners said the plant had leaked 40 tonnes of oil, a figure the water company did not confirm."
    assert [(v, s) for v, s, _ in _disputes(text)] == [("40.0000", "water company")]


def test_it_gives_a_dispute_a_body_says_it_cannot_verify_to_the_body():
    text = "Divers say the coral has shrunk by 30 percent, a figure the marine agency says it cannot verify."
    assert [s for _, s, _ in _disputes(text)] == ["marine agency"]


def test_it_does_not_read_refusing_a_plan_ahead_as_a_dispute():
    text = '"The firm made 90 million last year and still wants cuts. We will not accept that," the union said.'
    assert _disputes(text) == []


def test_it_does_not_dispute_the_figure_before_when_the_sentence_restates_its_own():
    text = (
        '"Four ambulances were sent to the wrong town," she said. '
        "The service did not confirm the figure of four misdirected ambulances."
    )
    assert [m.figure for m in find_mentions(text) if m.speaker == "service"] == ["four misdirected ambulances"]


def _figures(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(str(m.value), str(m.previous_value) if m.previous_value else None, m.speaker) for m in find_mentions(text)]


def test_it_folds_an_earlier_forecast_given_next_into_one_revision_by_the_first_speaker():
    text = (
        "The port authority said it now expects to handle 2.4 million containers this year. "
        "It had earlier forecast 2.1 million."
    )
    assert _figures(text) == [("2400000.0000", "2100000.0000", "port authority")]


def test_it_folds_an_earlier_count_the_same_body_gave_under_its_head_noun():
    text = "The toll has risen to 31, the regional fire board said on Sunday. Earlier the board had said 24."
    assert _figures(text) == [("31.0000", "24.0000", "regional fire board")]


def test_it_keeps_an_earlier_figure_another_source_gave_as_its_own_claim():
    text = (
        "The death toll from the flood rose to 80, state radio reported. "
        "The fire service had earlier put the number of dead at 65."
    )
    assert [previous for _, previous, _ in _figures(text)] == [None, None]


def test_it_keeps_a_forecast_an_outcome_missed_as_its_own_claim():
    text = "The tourism board said hotel stays fell 20 percent in July. The board had forecast a fall of 5 percent."
    assert [previous for _, previous, _ in _figures(text)] == [None, None]


RESULTS = (
    "Pellow Stores, Vessland's biggest grocer, said on Monday that its annual profit fell by a tenth. "
    "Revenue rose 3 per cent to 2.1 billion crowns. "
    "The company forecast profit of about 90 million crowns this year."
)


def test_it_reads_a_company_apposed_with_a_possessor_as_the_company_whose_results_these_are():
    speakers = {m.figure: m.speaker for m in find_mentions(RESULTS)}
    assert speakers["2.1 billion crowns"] == "Pellow Stores"


def test_it_gives_the_company_a_possessor_apposition_introduced_to_the_company():
    speakers = {m.figure: m.speaker for m in find_mentions(RESULTS)}
    assert speakers["about 90 million crowns"] == "Pellow Stores"


def test_it_reads_a_poll_putting_a_party_on_a_share_as_a_report_by_its_pollster():
    text = "A new survey by Marlow Polling, of 1,500 voters, put the Liberal Front on 27 per cent."
    speakers = {m.figure: m.speaker for m in find_mentions(text)}
    assert speakers["27 per cent"] == "Marlow Polling"


def test_it_gives_the_poll_named_again_to_the_pollster_that_made_it():
    text = (
        "The Liberal Front leads by six points, according to a poll by Marlow Polling. "
        "The poll puts the Liberal Front on 31% among first-time voters."
    )
    speakers = {m.figure: m.speaker for m in find_mentions(text)}
    assert speakers["31%"] == "Marlow Polling"


def test_it_gives_research_named_by_a_possessive_pronoun_to_its_owner():
    text = (
        "Professor Ilsa Varn, who studies school staffing, said retention was falling. "
        "Her own research suggests about 1 in 5 new teachers leave within three years."
    )
    speakers = {m.figure: m.speaker for m in find_mentions(text)}
    assert speakers["about 1 in 5"] == "Ilsa Varn"


DENIAL_TRANSCRIPT = """Transcript: The Morning Hour

RUTH OKAFOR: The drivers' union says 400 routes will be cut this year.

PAUL DENNE: That is simply not true. Every route in the plan stays.
"""


def test_it_reads_a_turn_saying_that_is_not_true_as_a_denial_of_the_figure_put_to_it():
    denials = [(m.value, m.speaker) for m in find_mentions(DENIAL_TRANSCRIPT) if m.stance == "denies"]
    assert [(str(v), s) for v, s in denials] == [("400.0000", "Paul Denne")]


QUESTIONED_TRANSCRIPT = """Transcript: The Morning Hour

RUTH OKAFOR: The company says the strike costs 12 million crowns a day. Do you accept that?

GRETA VOLL: No, I don't accept that. Nobody has shown us the sums.
"""


def test_it_lets_a_question_stand_between_a_figure_and_the_answer_that_disputes_it():
    disputed = [(m.value, m.speaker) for m in find_mentions(QUESTIONED_TRANSCRIPT) if m.stance == "disputes"]
    assert [(str(v), s) for v, s in disputed] == [("12000000.0000", "Greta Voll")]


def test_it_reads_calling_that_figure_wrong_in_scare_quotes_as_a_dispute():
    text = 'The union said the merger would cost 450 jobs. Ilse Marken called that figure "plainly wrong".'
    disputed = [(str(m.value), m.speaker) for m in find_mentions(text) if m.stance == "disputes"]
    assert disputed == [("450.0000", "Ilse Marken")]


def test_it_reads_a_figure_someone_called_invented_as_their_dispute():
    text = 'Campaigners said 70 trees were felled, a figure the parks department called "invented".'
    disputed = [m.speaker for m in find_mentions(text) if m.stance == "disputes"]
    assert disputed == ["parks department"]


def test_it_does_not_read_calling_a_figure_by_a_kind_word_as_a_dispute():
    text = 'The union said the merger would create 450 jobs. Ilse Marken called that figure "welcome news".'
    assert [m for m in find_mentions(text) if m.stance == "disputes"] == []


def test_it_reads_that_figure_called_untrue_as_a_dispute_in_a_sentence_with_its_own_figure():
    text = (
        "The union said 300 posts would go. "
        'Marrow Foods said that figure was "simply untrue" and that it would cut 90 posts.'
    )
    disputed = [(str(m.value), m.speaker) for m in find_mentions(text) if m.stance == "disputes"]
    assert disputed == [("300.0000", "Marrow Foods")]


def test_it_does_not_read_a_body_revising_its_own_unattributed_figure_as_a_dispute():
    text = (
        "The Marsh Bird Institute counts the colony every spring. "
        "In its 2022 report the institute put the number of nesting pairs at 4,000. "
        "It now says that figure was too low and puts it at 4,600."
    )
    assert [m for m in find_mentions(text) if m.stance == "disputes"] == []
