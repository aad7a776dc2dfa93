"""
review32e's regressions from engine32i (tests/ingest_labelling.md, who speaks): an adverb skipped between a subject
and "said" leaves hearsay passives ("is often said to") with no speaker; a name alone set off before a pronoun
("her deputy, the economist Ada Roe, ... she said") is still whom the pronoun points to; a memoir's title after a
time phrase ("In 1998, in his memoir, Long Shifts, he wrote") names the writer, not the title.
"""

from tests.ingest_helpers import speakers_by_figure

HEARSAY = """Harbour charges under review

The port levy is often said to raise 30 million krall a year.
The bridge toll was once said to cost drivers 9 krall a trip.
Harbour fees are sometimes said to add 4% to import prices.
The old canal was always said to carry 600 barges a week.
"""


def test_a_hearsay_passive_with_an_adverb_credits_no_one():
    found = speakers_by_figure(HEARSAY)
    assert found["30 million krall"] is None
    assert found["9 krall"] is None
    assert found["4%"] is None
    assert found["600 barges"] is None


DEPUTY = """Port budget

The finance minister, Lena Vask, defended the port budget on Monday. She said it would rise by 8%.

When her deputy, the economist Ada Roe, stood up, she said the port had lost 12 million krall last year.
"""


def test_a_pronoun_points_back_to_a_name_set_off_after_its_description():
    assert speakers_by_figure(DEPUTY)["12 million krall"] == "Ada Roe"


CHAIR = """Harbour board

Tomas Grell has been named chair of the Ostra harbour board. He said the board would cut fees by 5%.

When Ivo Marren, the previous chairman, retired last year, he said the harbour had lost 300 jobs since 2010.
"""


def test_a_pronoun_points_back_to_a_name_opening_the_clause_before_its_apposition():
    assert speakers_by_figure(CHAIR)["300 jobs"] == "Ivo Marren"


MEMOIR = """Tomas Grell, who mended the harbour clocks, has died

Tomas Grell, who kept the harbour clocks running for half a century, has died in Ostra. He was 88.

In 1998, in his memoir, Long Shifts, he wrote that his first wage was 4 krall a week.
"""


def test_a_pronoun_after_a_dated_memoirs_title_is_the_writer():
    assert speakers_by_figure(MEMOIR)["4 krall"] == "Tomas Grell"
    page = MEMOIR.replace("In 1998, in his memoir", "Last year, in his memoir")
    assert speakers_by_figure(page)["4 krall"] == "Tomas Grell"


def test_a_pronoun_after_an_unowned_memoirs_title_is_the_writer():
    page = MEMOIR.replace("In 1998, in his memoir", "In a memoir")
    assert speakers_by_figure(page)["4 krall"] == "Tomas Grell"
    page = MEMOIR.replace("In 1998, in his memoir", "In the book")
    assert speakers_by_figure(page)["4 krall"] == "Tomas Grell"
