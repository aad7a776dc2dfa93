"""Round 32: a dispute attached to the figure it disputes, chosen by the kind of figure its noun names."""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract

TANKERS = "The water office says 1,300 farms still rely on tankers and that new pipes will cost 8 million krels. "


def _disputes(text: str) -> list[tuple[Decimal | None, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text)) if m.stance == "disputes"]


def test_that_count_disputes_the_count_not_the_cost_given_after_it():
    text = TANKERS + "The Growers' League disputes that count."
    assert _disputes(text) == [(Decimal("1300"), "farms", "Growers' League", "disputes")]


def test_the_cost_disputes_the_sum_of_money_not_the_count():
    text = TANKERS + "The Growers' League disputes the cost."
    assert _disputes(text) == [(Decimal("8000000"), "krels", "Growers' League", "disputes")]


def test_a_figure_for_the_bill_disputes_the_sum_of_money():
    text = TANKERS + "The Growers' League disputed the office's figure for the bill."
    assert _disputes(text) == [(Decimal("8000000"), "krels", "Growers' League", "disputes")]


def test_the_rate_disputes_the_percentage():
    text = "The water office says 30 percent of wells are dry and that 1,300 farms rely on tankers. "
    text += "The Growers' League disputes the rate."
    assert _disputes(text) == [(Decimal("30"), "percent", "Growers' League", "disputes")]


def test_a_figure_read_again_in_the_dispute_is_the_one_disputed_and_no_other():
    text = (
        "The water office says 30 percent of wells are dry. Its director said more than half of farms had cut herds. "
        "The Growers' League rejected the 30 percent figure."
    )
    assert _disputes(text) == [(Decimal("30"), "percent", "Growers' League", "disputes")]


def test_a_price_rise_rejected_disputes_no_figure():
    text = "The water office says new pipes will cost 8 million krels. The Growers' League rejected the price rise."
    assert _disputes(text) == []


def test_that_figure_called_an_undercount_is_disputed():
    text = (
        "Port police recorded 318 assaults on dock staff last year. The Dockers' Guild says that figure is an "
        "undercount, and that nearly half of its members have been attacked."
    )
    assert _disputes(text) == [(Decimal("318"), "assaults", "Dockers' Guild", "disputes")]


def test_a_figure_put_lower_by_another_disputes_the_figure_given_before():
    text = (
        "A senator said the closure would cost the ferry line about 40 million krels a year. "
        "The ferry line, Baltra, put the figure much lower."
    )
    assert _disputes(text) == [(Decimal("40000000"), "krels", "Baltra", "disputes")]


def test_a_figure_put_higher_still_disputes_no_figure_just_given():
    text = (
        "The ministry counts 2,100 families waiting for homes. Its inspectors found 60 percent of flats damp. "
        "Charities put the figure higher still."
    )
    assert _disputes(text) == []


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None, str]]:
    return [(m.value, m.unit, m.speaker, m.stance) for m in extract(clean_text(text))]


def test_an_attendance_is_counted_in_the_visitors_the_article_counted():
    text = "The aquarium drew 240,000 visitors in 2024, its owner said. Inspectors put attendance at 190,000."
    assert _figures(text)[-1] == (Decimal("190000"), "visitors", "Inspectors", "asserts")


def test_a_figure_set_against_one_another_source_reported_is_disputed_and_kept_as_theirs():
    text = (
        "The aquarium drew 240,000 visitors in 2024, its owner said. "
        "The inspectors put attendance at 190,000, not the 240,000 the owner had reported."
    )
    assert _figures(text)[-3:] == [
        (Decimal("190000"), "visitors", "inspectors", "asserts"),
        (Decimal("240000"), "visitors", "inspectors", "disputes"),
        (Decimal("240000"), "visitors", "owner", "asserts"),
    ]


def test_a_figure_rather_than_one_first_proposed_is_no_dispute():
    text = "The council approved 128 flats rather than the 192 first proposed."
    assert _disputes(text) == []


def test_a_relative_clause_without_that_gives_its_figure_alone_to_its_subject():
    text = "Mayor Ingrid Voss said the fair drew 900 people, not the 4,000 the tourist board claimed."
    assert _figures(text) == [
        (Decimal("900"), "people", "Ingrid Voss", "asserts"),
        (Decimal("4000"), "people", "Ingrid Voss", "disputes"),
        (Decimal("4000"), "people", "tourist board", "asserts"),
    ]


def test_a_relative_clause_without_that_reports_no_other_figure_of_its_sentence():
    text = "Only 900 people came to the fair, not the 4,000 the tourist board claimed."
    assert _figures(text) == [
        (Decimal("900"), "people", None, "asserts"),
        (Decimal("4000"), "people", "tourist board", "asserts"),
    ]
