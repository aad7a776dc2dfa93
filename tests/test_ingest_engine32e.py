"""
Figures that are no claims (tests/ingest_labelling.md): a time on a match's clock ("a penalty on 38 minutes", as "in
the 38th minute") is `date`, and the page's own offers under the story, told by their terms ("First 30 days free.",
"Delivery charges may apply.", "Free delivery on orders over 30"), are `furniture`, and a committee's tally told by
"voted" alone ("voted 7 to 4") is `score`; a span or a price the article reports keeps its figure. A mart's line
"Cull ewes: 412 forward" counts its label's animals: "forward" (offered for sale) is no unit.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text))]


def test_a_time_on_the_match_clock_is_no_span() -> None:
    text = (
        "Harbour Town 2 Kelso Athletic 1\n\n"
        "Harbour Town came from behind to beat Kelso Athletic at the Quayside on Saturday.\n\n"
        "Kelso went ahead through Jon Berro's header, but Mia Dent equalised with a free kick on 64 minutes and "
        "set up the winner late on.\n\n"
        "The average wait in the town's emergency department rose to 71 minutes last year, the health board said."
    )
    values = _values(text)
    assert Decimal(64) not in values
    assert Decimal(71) in values


def test_a_subscription_told_by_its_free_trial_is_the_page_selling_itself() -> None:
    text = (
        "Dock workers vote to strike\n\n"
        "Dock workers at Portmarr will strike next week after 412 members backed action, the union said.\n\n"
        "Harbour Radio Plus: no adverts and every programme for 4.49 lints a month. First 14 days free.\n"
    )
    values = _values(text)
    assert Decimal(412) in values
    assert Decimal("4.49") not in values


def test_the_pages_bookshop_under_a_review_is_no_claim() -> None:
    text = (
        "Review: The Salt Road by Ines Karr\n\n"
        "Karr's history of the salt trade runs to 400 years and, she writes, 3,000 kilometres of road.\n\n"
        "Buy a copy from the Gazette Bookshop for 18.99 lints. Delivery charges may apply.\n\n"
        "Order The Salt Road for 16.50 lints (15% off). Free delivery on orders over 25 lints.\n"
    )
    values = _values(text)
    assert Decimal(3000) in values
    for price in ("18.99", "16.50", "15", "25"):
        assert Decimal(price) not in values


def test_a_tally_told_by_voted_alone_is_no_count() -> None:
    text = (
        "Skate park approved despite more than 300 objections\n\n"
        "Plans for a skate park in Holm Green have been approved by the district council's planning committee, "
        "despite more than 300 objections. Committee members voted 6 to 3 in favour after a long meeting.\n"
    )
    values = _values(text)
    assert Decimal(300) in values
    assert Decimal(6) not in values
    assert Decimal(3) not in values


def test_a_mart_line_counts_its_label_not_forward() -> None:
    text = (
        "Prices firm at Holby store sale\n\n"
        "Holby Mart had 1,900 store lambs forward on Tuesday, the auctioneers said.\n\n"
        "Hill ewes: 310 forward. They averaged 92 drams.\n\n"
        "Store cattle: 64 forward. Steers sold to 1,240 drams.\n"
    )
    units = {m.value: m.unit for m in extract(clean_text(text))}
    assert units[Decimal(310)] == "ewes"
    assert units[Decimal(64)] == "cattle"
    assert "forward" not in units.values()
