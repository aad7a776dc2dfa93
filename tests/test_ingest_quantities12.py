"""Quantity recall and precision of the extraction engine (issue 14, twelfth round): units, bounds, words."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(text)]


def first(text: str):
    found = extract(text)
    assert found, text
    return found[0]


def test_it_reads_nearer_as_an_approximate_figure_of_what_was_counted():
    text = "The union said 700 jobs would go. It said the true number of jobs at risk was nearer 1,000."
    found = extract(text)[-1]
    assert (found.value, found.unit, found.figure) == (Decimal("1000"), "jobs", "nearer 1,000")


def test_it_counts_the_periods_a_partitive_names():
    assert figures("Prices rose faster than wages in seven of the last ten years.") == [(Decimal("7"), "years")]
    assert figures("The firm lost money in 9 of its last 10 months.") == [(Decimal("9"), "months")]


def test_it_still_leaves_out_a_span_of_time():
    assert figures("The talks lasted ten years.") == []


def test_it_reads_a_frequency_adjective_as_a_modifier_of_the_noun():
    text = "The airline must give up 12 of its 40 daily take-off and landing slots."
    assert figures(text) == [(Decimal("12"), "slots"), (Decimal("40"), "slots")]


def test_a_bare_figure_that_a_number_refers_to_takes_the_paragraphs_unit():
    text = (
        "The metro has 48 stations.\n\nCampaigners said 20,000 riders had left. "
        "The authority said its survey put the number who had switched at nearer 8,000."
    )
    assert figures(text)[-1] == (Decimal("8000"), "riders")


def test_it_reads_one_in_n_with_the_noun_between_as_a_share():
    found = first("Only one grower in six had frost insurance, the survey found.")
    assert (found.value, found.unit) == (Decimal("16.7"), "percent")
    found = first("Nearly one person in four in the camp has never been registered.")
    assert (found.value, found.unit, found.upper) == (Decimal("25.0"), "percent", Decimal("25.0"))


def test_it_leaves_out_a_threshold_of_time_written_as_one_in_n():
    assert figures("A fifth of the pupils missed at least one day in ten last year.") == [(Decimal("20.0"), "percent")]


def test_it_reads_a_fraction_that_sizes_a_comparison_as_a_share():
    found = first("The survey showed a stock around a fifth larger than the council's estimate.")
    assert (found.value, found.unit) == (Decimal("20.0"), "percent")
    found = first("The camp holds a third more people than the authorities have registered.")
    assert (found.value, found.unit) == (Decimal("33.3"), "percent")


def test_it_keeps_a_duration_that_is_a_measured_level():
    found = first("Average opening hours have fallen to 33 hours a week from 42.")
    assert (found.value, found.unit, found.previous_value) == (Decimal("33"), "hours", Decimal("42"))
    assert figures("The insurer said the average wait was now 9 days.") == [(Decimal("9"), "days")]
    assert figures("Its own figures show the average delay is 5 weeks.") == [(Decimal("5"), "weeks")]


def test_it_names_the_count_of_a_subject_that_changed():
    found = first("Visitor numbers rose to 212,000 last year from 150,000 in 2022.")
    assert (found.value, found.unit, found.previous_value) == (Decimal("212000"), "visitors", Decimal("150000"))
    found = first("Its membership at the two hospitals has grown to 2,450 from 1,900.")
    assert (found.value, found.unit) == (Decimal("2450"), "members")
    found = first("The union said the terminal had cut its maintenance staff to 22 from 35.")
    assert (found.value, found.unit, found.previous_value) == (Decimal("22"), "staff", Decimal("35"))


def test_it_leaves_out_an_exchange_rate_note():
    text = "The city sold 450 million tibbers (1 tibber = 0.18 halvarns) of bonds on Monday."
    assert figures(text) == [(Decimal("450000000"), "tibbers")]


def test_a_paragraph_that_ends_on_an_exchange_rate_note_is_still_the_articles():
    text = clean_text(
        "The ministry has set aside 420 million pellans for bridge repairs next year. (1 pellan = 0.31 dorvins)"
    )
    assert figures(text) == [(Decimal("420000000"), "pellans")]


def test_it_leaves_out_the_pages_offers_and_phone_numbers():
    assert figures("Have you visited the zoo this year? Text the newsroom on 81964 with your pictures.") == []
    assert figures("Get the Courier delivered to your door: subscribe from 2.99 vorns a month.") == []
    assert figures("Become a Chronicle member from 6 ruvens a month and read without limits.") == []


def test_it_still_reads_a_subscription_price_that_changed():
    text = "The streaming service raised its subscription price from 15 dollars to 18 dollars a month."
    assert figures(text) == [(Decimal("18"), "dollars")]


def test_a_bare_figure_in_millions_beside_money_words_is_in_the_articles_currency():
    text = (
        "The insurer paid out 1.26 billion farrins on claims, after a profit of 41 million farrins. "
        "It covers about 1.1 million homes.\n\n"
        '"Without the reinsurance they would have lost closer to 900 million," said an analyst.'
    )
    assert figures(text)[-1] == (Decimal("900000000"), "farrins")


def test_a_bare_figure_in_millions_is_of_a_figure_in_millions_not_of_a_small_count():
    text = (
        "The council faces a gap of 212 million hulvers.\n\n"
        "Three councillors said officials had told them the true gap could be as little as 150 million."
    )
    assert figures(text)[-1] == (Decimal("150000000"), "hulvers")


def test_another_sum_in_millions_opening_a_sentence_takes_the_articles_currency():
    text = (
        "The insurer paid out 1.26 billion farrins on claims this year. "
        '"We have also set aside another 150 million for claims still coming in," he said.'
    )
    assert figures(text)[-1] == (Decimal("150000000"), "farrins")


def test_it_reads_a_decimal_figure_as_it_is_spoken():
    text = '"Two point seven million households were let down," the minister told the broadcaster.'
    assert figures(text) == [(Decimal("2700000"), "households")]
    assert figures("Inflation slowed to two point four percent in May, the office said.") == [
        (Decimal("2.4"), "percent")
    ]
