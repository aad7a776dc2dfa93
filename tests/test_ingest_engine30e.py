"""
A corrections page's printed figure, then the corrected one in the next sentence: one revision, the printed figure
its previous_value (tests/ingest_labelling.md, "Settled in session 30"); "X, not Y" stays two claims.
"""

from ingest.extraction import clean_text, extract

HEAD = """THE DAILY POST
About us > Corrections and clarifications

Corrections and clarifications

By Ann Roe, Readers' Editor
Sunday 29 November 2026

"""


def _figures(body: str) -> list[tuple[str, str | None]]:
    """Each figure found, with the value it replaced, as plain numbers."""
    return [
        (f"{m.value.normalize():f}", None if m.previous_value is None else f"{m.previous_value.normalize():f}")
        for m in extract(clean_text(HEAD + body))
        if m.value is not None
    ]


def test_it_reads_a_printed_figure_and_the_next_sentences_figure_as_one_revision():
    body = (
        "A report on the sale (3 November) said the administrators had counted 1,146 buyers with deposits. "
        "The administrators have since told us the figure is 1,164.\n"
    )
    assert _figures(body) == [("1164", "1146")]


def test_it_reads_a_bare_correction_after_what_was_printed_as_a_revision():
    body = "An obituary (17 November) said his swimmers had won 14 Olympic medals. They won 13.\n"
    assert _figures(body) == [("13", "14")]


def test_it_reads_a_right_figure_set_against_the_printed_one_with_not_as_a_revision():
    # tests/ingest_labelling.md, "Settled in session 33": the printed figure told in the sentence before is the
    # corrected figure's previous value, and the "not 4,500" a dispute of its own (session 30 read two claims)
    body = "Our interview (24 November) said the stadium would add 4,500 rail seats. It is 4,300, not 4,500.\n"
    assert _figures(body) == [("4300", "4500"), ("4500", None)]


def test_it_keeps_a_printed_figure_the_page_confirms():
    body = (
        "Our report on 5 March said the school turned away 140 applicants, which is right, but the headline "
        "was wrong. The total turned away was 310, the school has told us.\n"
    )
    assert ("140", None) in _figures(body)


def test_it_keeps_a_figure_a_clarification_gives_after_a_semicolon():
    body = (
        "An interview quoted Marit Penwick as saying the family owns 72 per cent of the shares. Penwick's has "
        "asked us to make clear that this includes a trust; the family owns 58 per cent directly.\n"
    )
    assert ("72", None) in _figures(body)


def test_it_gives_what_a_plural_body_have_since_told_us_to_that_body():
    body = (
        "A report on the sale said the shop had 1,146 buyers with deposits. The administrators have since told us "
        "the figure is 1,164.\n"
    )
    speakers = {f"{m.value.normalize():f}": m.speaker for m in extract(clean_text(HEAD + body)) if m.value}
    assert speakers["1164"] == "administrators"
