"""
A route's or a line's number is an identifier, never a count (tests/ingest_labelling.md: identifiers are no claims):
once a page has named "route 12" or "the 9 tram", a later "the 12" is the route's name, while real counts after
"the" ("the 12 jobs", "the 12 new homes") and pages that never name a route keep their figures.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _values(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text))]


def test_it_reads_the_named_route_as_its_name_not_a_count() -> None:
    text = (
        "Operator trims route 12 timetable\n\n"
        "Dunmere Coaches will cut route 12 between Ashby and Holt from May, the company said on Tuesday.\n\n"
        "The 12 carries 28,400 passengers a year, according to the company.\n\n"
        "Parents said many pupils take the 12 home after school. The 12's last run will leave at six."
    )
    values = _values(text)
    assert Decimal(28400) in values
    assert Decimal(12) not in values


def test_it_reads_a_tram_line_named_by_its_vehicle() -> None:
    text = (
        "Tram changes in Kelport\n\n"
        "The city will reroute the 9 tram through the docks next year, officials said.\n\n"
        "The 9 runs every ten minutes and the subsidy for the 9 works out at 1.20 marks a trip, the city said."
    )
    values = _values(text)
    assert Decimal(9) not in values
    assert Decimal("1.20") in values
    # the same words on a page that names no route: "the 9" counts what follows it
    other = "Mill to shut\n\nBrannock Mills will shut its Holt plant, the company said.\n\nThe 9 jobs there will go."
    assert Decimal(9) in _values(other)


def test_it_keeps_real_counts_after_the_on_a_page_with_a_route() -> None:
    text = (
        "Depot jobs safe despite route 12 cut\n\n"
        "Dunmere Coaches said on Tuesday that it would cut route 12 from May.\n\n"
        "The 12 carries 9,800 passengers a year. The 12 jobs at the Holt depot are safe, the company said. All 12 "
        "drivers will move to other routes, and the 12 new buses ordered last year will still arrive."
    )
    values = _values(text)
    assert values.count(Decimal(12)) == 3
