"""
Session 43, units43: a figure the engine found with the wrong unit, where the right one is readable on the page. A
bare sum paid is in the currency the page last wrote a paid or charged sum in; "got 1,640 back" is no count of
"back"; a verb in -s after a measure inside a singular "of" phrase is the verb ("A fish of about 450 grams feeds one
hungry adult"); "Of these, 148 were returned" counts the paragraph's last plural even behind its modifiers.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _units(page: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(page)) if m.value is not None}


def test_it_reads_a_bare_sum_paid_in_the_currency_the_page_charged_in() -> None:
    page = (
        "Pets cost more than ever\n\n"
        "There are about 1.9 million dogs and 2.3 million cats in this country, the vets' association says.\n\n"
        "Harrowby now charges 58 marrels for a standard consultation. Ten years ago I paid 31 for the same thing.\n\n"
        "About 60 per cent of owners will qualify for the lower fee. The other 40 per cent will pay up to 260.\n\n"
        "A consultation will cost more than 58 marrels next year. I would pay 60.\n"
    )
    units = _units(page)
    assert units[Decimal(260)] == "marrels"
    assert units[Decimal(60)] == "marrels"


def test_it_keeps_a_share_and_a_count_a_payment_verb_does_not_govern() -> None:
    page = (
        "Harrowby now charges 58 marrels for a standard consultation.\n\n"
        "About 60 per cent of owners will qualify for the lower fee.\n\n"
        "The practice treated 60 dogs last week, its manager said.\n"
    )
    units = _units(page)
    assert units[Decimal(58)] == "marrels"
    assert sorted(m.unit for m in extract(clean_text(page)) if m.value == Decimal(60)) == ["dogs", "percent"]


def test_it_takes_no_currency_from_a_cost_in_jobs() -> None:
    page = (
        "The firm's tax bill was 9 million marrels last year, its accounts show.\n\n"
        "The closure cost 140 jobs, the union said.\n\n"
        "Last year the firm paid 300,000, according to its accounts.\n"
    )
    assert _units(page)[Decimal(300000)] == "marrels"


def test_it_reads_no_unit_back_from_got_back() -> None:
    page = "I paid the funeral director 3,100 merls from my savings while I waited, and I got 1,640 back, she said.\n"
    assert _units(page)[Decimal(1640)] == "merls"


def test_it_keeps_back_inside_a_compound() -> None:
    page = "The clinic treated 40 back injuries last month, its manager said.\n"
    assert _units(page)[Decimal(40)] == "injuries"


def test_it_reads_the_verb_after_a_measure_in_a_singular_of_phrase() -> None:
    page = (
        "Cheap fish, done well\n\n"
        "A fish of about 450 grams feeds one hungry adult, and costs less than a chicken.\n\n"
        "The estimated cost is 2.6 million talders, of which 1.9 million talders comes from the national grant.\n"
    )
    units = _units(page)
    assert units[Decimal(450)] == "grams"
    assert units[Decimal("1.9E+6")] == "talders"


def test_it_keeps_a_compound_of_two_plurals_outside_a_singular_of_phrase() -> None:
    page = "The port handled 40 arms shipments from the north last year, officials said.\n"
    assert _units(page)[Decimal(40)] == "shipments"


def test_it_counts_of_these_in_the_paragraphs_modified_plural_not_its_share() -> None:
    page = (
        "Stray dogs\n\n"
        "The service collected 236 stray dogs in the six months, compared with 181 in the same period of 2026, a rise "
        "of 30 per cent. Of these, 148 were returned to their owners, 61 went to Pennyfold Animal Rescue and 19 to "
        "other rescues.\n"
    )
    units = _units(page)
    assert units[Decimal(148)] == "dogs"
    assert units[Decimal(61)] == "dogs"
    assert units[Decimal(30)] == "percent"
