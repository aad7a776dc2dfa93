"""
Word quantities: a share told as a count with its noun between ("nine claims in ten", "Of every ten nurses we train,
four leave") is a percentage; "a handful" is a count even when the page quotes it ('had "a handful" of staff left')
or names the whole's size after an owner ("a handful of the league's 20 clubs"); a part of a whole in words counts
the whole's noun when a name describes it ("three of the five Airbus jets"); a plural after a count's plural head and
an -ing word is what the head acts on, not the head ("4,000 posters urging voters"); "every second Saturday" is a
frequency of two weeks; the dozen a price is given for ("A dozen eggs cost 3.90") is no count; a vague count with its
noun left out counts the singular an "every" of the sentence before ranges over ("Every farm ... Hundreds are still
waiting"); "the first four homes" counts the first batch of a plan, as "the first 150 homes" does; a vague count
that answers "How many X ...?" on the line before counts X, as a figure in digits does.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


def test_a_share_with_its_noun_between_is_a_percentage():
    text = "The tribunal upheld seven appeals in ten last year, its annual report says."
    assert (Decimal(70), "percent") in _figures(text)


def test_a_share_with_its_noun_between_is_not_a_count_of_the_noun():
    text = "The tribunal upheld seven appeals in ten last year, its annual report says."
    assert (Decimal(7), "appeals") not in _figures(text)


def test_of_every_whole_then_the_share_after_the_comma():
    text = "Of every ten nurses the hospital trains, three leave within two years, the union said."
    figures = _figures(text)
    assert (Decimal(30), "percent") in figures
    assert (Decimal(10), "nurses") not in figures


def test_a_quoted_handful_counts_the_noun_after_the_quotation():
    text = 'The agency said it now had "a handful" of inspectors left in the north.'
    assert (Decimal(3), "inspectors") in _figures(text)


def test_a_handful_of_an_owners_counted_whole_counts_its_noun():
    text = "Only a handful of the league's 20 clubs have paid the levy, the auditor said."
    assert (Decimal(3), "clubs") in _figures(text)


def test_a_part_of_a_whole_in_words_with_a_name_before_its_noun():
    text = "Three of the five Airbus jets bought last year were grounded in May, the airline said."
    figures = _figures(text)
    assert (Decimal(3), "jets") in figures
    assert (Decimal(3), "five") not in figures


def test_a_plural_head_acting_on_the_noun_after_an_ing_word_keeps_its_unit():
    text = "Campaigners put up several thousand posters urging voters to turn out, the party said."
    figures = _figures(text)
    assert (Decimal(3000), "posters") in figures
    assert (Decimal(3000), "voters") not in figures


def test_every_second_weekday_is_a_frequency_of_two_weeks():
    text = "The repair cafe will now open every second Thursday, the volunteers said."
    assert (Decimal(2), "weeks") in _figures(text)


def test_every_other_day_is_two_days():
    text = "Under the drought order, gardens may be watered every other day."
    assert (Decimal(2), "days") in _figures(text)


def test_the_dozen_a_price_is_given_for_is_no_count():
    text = "A dozen duck eggs now cost 5.20 marks at the weekly market, traders said."
    assert (Decimal(12), "duck eggs") not in _figures(text)
    assert (Decimal(12), "eggs") not in _figures(text)


def test_a_vague_count_after_every_singular_counts_its_plural():
    text = "Every dairy farm in the valley was promised a grant by March. Hundreds are still waiting, the union said."
    assert (Decimal(200), "farms") in _figures(text)


def test_the_first_batch_in_words_is_a_count():
    text = "The housing trust expects the first eight flats to be let by June, its director said."
    assert (Decimal(8), "flats") in _figures(text)


def test_a_vague_count_answering_how_many_counts_what_was_asked():
    text = "Frost hit the vineyards on Sunday.\n\nHow many vineyards lost their crop?\nDozens. Nobody has a full count."
    assert (Decimal(24), "vineyards") in _figures(text)
