"""The second review of round 25, mended: each test holds an example the reviewer found wrong."""

from decimal import Decimal

from ingest.extraction import clean_text
from tests.ingest_helpers import figures, revisions, speakers_by_figure


def values(text: str) -> set[Decimal | None]:
    return {value for value, _ in figures(text)}


def test_a_rule_book_word_before_a_count_is_no_identifier():
    for text, count in (
        ("Under military rule 3,000 people were detained without trial, the commission found.", 3000),
        ("Trains ran behind schedule 412 times last year, the operator said.", 412),
        ("Since the new rule 300 drivers have been fined, the council said.", 300),
        ("Under the regulation 12 firms were fined, the regulator said.", 12),
        ("The council will reschedule 300 bin collections next month.", 300),
        ("Judges overrule 40 per cent of the decisions, the report found.", 40),
        ("The firm built a prototype 3 metres long.", 3),
    ):
        assert Decimal(count) in values(text), text
    # a reference stays one: capitalised, or with a sub-part
    assert values("Under Clause 4 the union may strike, and 3,000 fans signed a petition.") == {Decimal(3000)}
    assert Decimal("12.4") not in values("He was suspended under rule 12.4 of the code, and 3,000 fans protested.")
