"""
Engine 29a: a source's running figures carried on. A paragraph opens a report, a release or accounts, and the
paragraphs after it go on giving its figures with no attribution of their own (tests/ingest_labelling.md, "Carrying on
a report", "Statistics release").
"""

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text)) if m.value is not None}


def test_it_carries_a_change_told_in_the_past_into_the_next_paragraph():
    text = (
        "Two front counters in Harlow will close next spring, the county's police board said on Monday.\n\n"
        "The Harlow Constabulary said burglaries rose by 8 per cent last year, to 1,940.\n\n"
        "Detectives solved 18 per cent of them, up from 14 per cent the year before."
    )
    assert _speakers(text)["18 per cent"] == "Harlow Constabulary"


def test_it_leaves_a_present_background_change_in_the_next_paragraph_to_no_one():
    text = (
        "Two front counters in Harlow will close next spring, the county's police board said on Monday.\n\n"
        "The Harlow Constabulary said burglaries rose by 8 per cent last year, to 1,940.\n\n"
        "The force has 1,340 officers, down from 1,610 in 2020."
    )
    assert _speakers(text)["1,340 officers"] is None


def test_it_carries_the_opening_statistics_past_other_voices():
    text = (
        "Recorded crime in Vessany fell by 3 per cent in the year to June, to 412,300 offences, according to the "
        "annual figures published on Tuesday by the Police Statistics Office.\n\n"
        'The justice minister, Ragnar Dahl, said the figures showed "crime falling under this government".\n\n'
        "Online fraud now makes up roughly a quarter of all recorded crime.\n\n"
        "Only 7.2 per cent of recorded offences led to a charge, down from 8.1 per cent the year before."
    )
    assert _speakers(text)["7.2 per cent"] == "Police Statistics Office"


def test_it_gives_the_figures_after_a_document_a_sentence_opens_to_its_owner():
    text = (
        "Two of Harlow's nine libraries would close under plans the council published on Tuesday.\n\n"
        "Closing the Mill Lane and Westgate branches would save 410,000 marks a year, the council says.\n\n"
        "The council's own library statistics show how differently the two are used. Mill Lane had 48,200 visits "
        "last year, more than twice as many as Westgate."
    )
    assert _speakers(text)["48,200 visits"] == "council"


def test_it_leaves_background_set_off_after_an_opened_document_to_no_one():
    text = (
        "Two of Harlow's nine libraries would close under plans the council published on Tuesday.\n\n"
        "Closing the Mill Lane and Westgate branches would save 410,000 marks a year, the council says.\n\n"
        "The council's own library statistics show how differently the two are used. Mill Lane, which opened in 1910 "
        "with 3,000 books, is the older."
    )
    assert _speakers(text)["3,000 books"] is None


def test_it_gives_a_bare_document_that_puts_a_figure_to_its_owner():
    text = (
        "The agriculture ministry's crop bulletin, published on Monday, puts the barley crop at 1.84 million "
        "tonnes.\n\n"
        "Wheat held up better. The bulletin puts the wheat crop at 3.6 million tonnes."
    )
    assert _speakers(text)["3.6 million tonnes"] == "agriculture ministry"
