"""Who speaks in a quotation attributed after it, and in a clause a set-off or closing attribution reports."""

from decimal import Decimal

from tests.ingest_helpers import mentions


def said(text: str) -> list[tuple[Decimal | None, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in mentions(text)]


def test_a_person_named_in_the_narrative_is_whom_she_says_means():
    text = (
        "The kelp rush: can seaweed save fishing villages?\n\n"
        "In the cold fjords of the north-west, former cod fishers are hanging ropes in the sea.\n\n"
        "At six in the morning the water in Skjerva fjord is flat and grey, "
        "and Sigrid Holm is already out on her boat.\n\n"
        '"When I started I had 4 kilometres of line. Now I have 19," she says.'
    )
    # the 4 kilometres when she started is the earlier value of the 19 now (session-21 rule "An earlier value in time")
    assert said(text) == [(Decimal("19"), "kilometres", "Sigrid Holm", "asserts")]


def test_a_place_with_the_form_of_a_name_is_no_she():
    text = (
        "Lost luggage: the airline that keeps losing bags\n\n"
        "Complaints about lost bags have risen across the country.\n\n"
        "When her plane landed at Orvik Central, nobody met it.\n\n"
        "Lena Marsh waited by the belt for an hour. "
        '"I spent 400 crowns on clothes," she said.'
    )
    assert said(text) == [(Decimal("400"), "crowns", "Lena Marsh", "asserts")]


def test_their_report_is_not_that_of_the_one_person_who_spoke():
    text = (
        '"It used to be loud down there," Mirela Vance says.\n\n'
        "Teams from the Ostrava Reef Institute surveyed 200 sites. "
        "Their report found that 61 per cent of the coral was bleached."
    )
    assert said(text)[-1] == (Decimal("61"), "percent", "Ostrava Reef Institute", "asserts")


def test_a_clause_joined_to_a_set_off_report_goes_on_with_it():
    text = (
        "Travel accounted for about 42 per cent of the total, the audit office said, "
        "and hotels for another 31 per cent."
    )
    assert said(text) == [
        (Decimal("42"), "percent", "audit office", "asserts"),
        (Decimal("31"), "percent", "audit office", "asserts"),
    ]


def test_a_scene_narrated_after_a_report_is_not_reported():
    text = (
        "At least 31 miners were killed when a gallery collapsed, officials said on Sunday, "
        "and rescuers were racing to reach 17 men."
    )
    assert said(text) == [
        (Decimal("31"), "miners", "officials", "asserts"),
        (Decimal("17"), "men", None, "asserts"),
    ]


def test_a_relative_right_after_a_report_goes_on_with_it():
    text = (
        "Inflation was 5.9 per cent in October, the statistics office said, which allows a rise of up to 6.9 per cent."
    )
    assert [m[2] for m in said(text)] == ["statistics office", "statistics office"]


def test_a_municipality_closing_the_sentence_reports_it():
    text = "The cannery's wages are worth about 85 million crowns a year to the town, the municipality estimates."
    assert said(text) == [(Decimal("85000000"), "crowns", "municipality", "asserts")]


def test_the_relative_clause_of_a_source_reports_for_it():
    text = (
        "A committee of bondholders, which says it represents holders of about 70 percent of the bonds, "
        "said it backed the terms."
    )
    assert said(text) == [(Decimal("70"), "percent", "A committee of bondholders", "asserts")]


def test_what_an_object_relative_subject_expects_is_its_forecast():
    text = (
        "Kosmar City Council approved the lower limit on Monday.\n\n"
        "Police will enforce it with average speed cameras, which the council expects to cost 1.2 million crowns."
    )
    assert said(text)[-1] == (Decimal("1200000"), "crowns", "Kosmar City Council", "asserts")
