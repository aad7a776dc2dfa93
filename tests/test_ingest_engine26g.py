"""
Speakers in court reports, second round (tests/ingest_labelling.md, "Court report": a sentence, fine or award the
court gives is the court's, the judge by name when named): the terms of a sum a judge orders paid, set after it ("within
60 days", "capped at 12,000"), are the judge's as the sum is; and a judge the page names "Justice" with a first name and
surname is the court's judge as "Mrs Justice" names one. Each asserted with its value, unit and speaker.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import mentions


def _claims(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A haulier who forged drivers' logbooks was sentenced at Dunmere Magistrates' Court on Tuesday.\n\n"
            "District Judge Orla Penhallow said the offences had put other road users at risk. She ordered him to pay "
            "costs of 5,600 florins within 60 days.",
            [(Decimal(5600), "florins", "Judge Orla Penhallow"), (Decimal(60), "days", "Judge Orla Penhallow")],
        ),
        (
            "A landlord who ignored a repair notice was sentenced on Monday.\n\nJudge Tobias Wrenfield said the flat "
            "had been unfit to live in for a year. He ordered him to repay 9,200 florins in rent within 45 days.",
            [(Decimal(9200), "florins", "Judge Tobias Wrenfield"), (Decimal(45), "days", "Judge Tobias Wrenfield")],
        ),
    ],
)
def test_the_time_to_pay_a_sum_the_judge_orders_is_the_judges(text, expected):
    assert _claims(text) == expected


def test_costs_a_judge_orders_paid_capped_at_a_sum_are_the_judges():
    text = (
        "A residents' group has lost its challenge to a quarry extension at the High Court.\n\nIn her judgment, Judge "
        "Linnea Sarrow said the council had consulted properly. She ordered the group to pay the quarry owner's "
        "costs, capped at 18,000 florins."
    )
    assert _claims(text) == [(Decimal(18000), "florins", "Judge Linnea Sarrow")]


def test_a_justice_named_by_first_name_and_surname_is_the_courts_judge():
    text = (
        "A campaign group has lost its challenge to a bus lane scheme.\n\nIn her ruling, Justice Ragna Vell said the "
        "consultation had been lawful. She ordered the group to pay the council's costs, capped at 21,000 florins."
    )
    assert _claims(text) == [(Decimal(21000), "florins", "Justice Ragna Vell")]


def test_a_letter_signed_name_and_address_supplied_is_the_writer_the_editor_describes():
    page = (
        "THE WEXLEY COURIER\nOpinion | Letters\n\nLetters to the editor\n\nEdited by Ruth Amsel, Letters Editor\n\n"
        "Readers wrote in their dozens about the plan to close the Wexley lido. Here is a selection.\n\n"
        "I have swum at the lido every summer since I was a boy, and in July it was full every weekend. Closing it "
        "to save a few thousand florins is a false economy.\nTomas Berrin, Wexley\n\n"
        "The following letter is from a lifeguard who asked us not to print her name.\n"
        "I have worked at the lido for six summers. This year we were told to open with four lifeguards instead of "
        "the seven the pool needs, and nobody would tell us why.\nName and address supplied\n"
    )
    found = [(m.value, m.unit, m.speaker) for m in extract(clean_text(page)) if m.value is not None]
    assert (Decimal(4), "lifeguards", "a lifeguard who asked us not to print her name") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brannock Water has warned customers that bills must rise. The company says it cannot freeze prices, yet "
            "its own price list puts the standing charge at 3.10 florins a day.",
            [(Decimal("3.1"), "florins", "Brannock Water")],
        ),
        (
            "Harrowby Rail blames the weather for its delays. Yet its own performance table puts the share of trains "
            "on time at 71 per cent in a dry month.",
            [(Decimal(71), "percent", "Harrowby Rail")],
        ),
    ],
)
def test_a_document_a_sentence_calls_its_own_speaks_for_the_body_it_means(text, expected):
    assert _claims(text) == expected


def test_an_opinion_pages_writer_who_says_i_once_gives_the_columns_own_figures():
    page = (
        "THE WEXLEY COURIER\nOpinion | Columnists | Letters\n\nOpinion\nThe bus shelter count the council forgot\n"
        "Half the stops on the ring road are open to the rain\n\nMarta Oleson\nTuesday 4 May 2027\n\n"
        "Every autumn the county publishes a list of the bus shelters it looks after, and every autumn the list is "
        "shorter than the year before. Nobody at County Hall seems to mind very much.\n\n"
        "Last Saturday I walked the ring road with a notebook and stopped at 44 bus stops along the way. Only 19 of "
        "them had a shelter that kept the rain off.\n\n"
        "Wexley Bus Station handles about 12,000 passengers on a weekday. Many of them wait outside in the wind.\n\n"
        "Fix the shelters before the winter comes, and count them properly next time round.\n"
    )
    found = [(m.value, m.unit, m.speaker) for m in extract(clean_text(page)) if m.value is not None]
    assert (Decimal(44), "stops", "Marta Oleson") in found
    assert (Decimal(12000), "passengers", "Marta Oleson") in found


def test_the_papers_reporter_counting_after_a_clause_set_off_before_is_the_papers():
    page = (
        "THE WEXLEY COURIER\nNews | Local\n\nFerry queues grow as Wexley terminal cuts sailings\n\n"
        "The ferry operator Northsound Lines has cut its winter timetable to four sailings a day, the company said on "
        "Monday.\n\nWhen the Courier went to the terminal on Tuesday morning, our reporter counted 85 cars waiting "
        "for the first boat.\n"
    )
    found = [(m.value, m.unit, m.speaker) for m in extract(clean_text(page)) if m.value is not None]
    assert (Decimal(85), "cars", "THE WEXLEY COURIER") in found
