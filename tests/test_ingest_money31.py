"""Money in house styles, round 31: lettered dollar signs, a sign set apart from its figure, a singular cent."""

from decimal import Decimal

from ingest.extraction import clean_text, extract

HEAD = "Harbour board sets its budget\n\n"


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(HEAD + text))]


def test_it_keeps_a_lettered_dollar_sign_the_page_does_not_name_as_its_unit():
    found = _figures("The harbour board set aside K$2.4m for the new crane, its treasurer said.")
    assert (Decimal("2400000"), "K$") in found
    assert (Decimal("2400000"), "dollars") not in found


def test_it_reads_a_sign_set_apart_from_its_figure_as_money():
    found = _figures("The mooring fee will rise to K$ 14.50 a night, the harbour board said.")
    assert (Decimal("14.50"), "K$") in found


def test_it_reads_a_euro_sign_set_apart_from_its_figure_as_euros():
    found = _figures("The mooring fee will rise to € 14 a night, the harbour board said.")
    assert (Decimal("14"), "euros") in found


def test_it_keeps_a_lettered_sign_though_the_page_names_a_word_with_its_letter():
    text = (
        "The board's treasurer said it had set aside K$900,000 for repairs. "
        "The new crane will cost 3.5 million krells, the harbour board said."
    )
    assert (Decimal("900000"), "K$") in _figures(text)


def test_it_does_not_take_a_count_as_the_currency_of_a_lettered_sign():
    text = (
        "Crews spent 40 days and 12 kilns on the quay, the harbour board said. "
        "Its treasurer said the board had set aside K$ 900,000 for repairs."
    )
    assert (Decimal("900000"), "K$") in _figures(text)


def test_it_reads_a_lettered_sign_the_world_knows_as_dollars():
    found = _figures("The shipping line paid NZ$ 3m for the berth, the harbour board said.")
    assert (Decimal("3000000"), "dollars") in found


def test_it_reads_us_dollars_with_their_letters_as_dollars():
    assert (Decimal("3000000"), "dollars") in _figures("The line paid US$3m for the berth, the board said.")


def test_it_reads_a_singular_cent_after_a_fraction_as_cents():
    found = _figures("The harbour board's bonds rose 0.4 cent on the dollar, traders said.")
    assert (Decimal("0.4"), "cents") in found
