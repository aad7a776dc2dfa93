"""
Figures in digits missed as revisions (issue 14, session 27): an earlier value in time told beside a later one (the
session-21 rule "An earlier value in time", tests/ingest_labelling.md) when a clause is placed in time by a month with
no year ("in January", placed against the day of publication) or by the weeks just before publication ("last week"),
and when a clause of its own joined after the figure ("..., and we expect to clear it by June") carries a forecast
that is not the figure's.
"""

from datetime import date
from decimal import Decimal

from ingest.extraction import clean_text, extract


def _revisions(text: str, published: date) -> dict[Decimal, Decimal | None]:
    return {m.value: m.previous_value for m in extract(clean_text(text), published=published) if m.value is not None}


def test_a_month_without_a_year_is_before_now():
    text = '"We had 42 pupils in the choir in September. We have 27 now," the teacher said.'
    found = _revisions(text, date(2027, 2, 10))
    assert found[Decimal(27)] == Decimal(42)
    assert Decimal(42) not in found


def test_a_month_after_the_month_of_publication_is_last_year():
    text = "The depot held 5,200 tonnes of grain in October; in February it held 3,100 tonnes, the cooperative said."
    found = _revisions(text, date(2027, 4, 1))
    assert found[Decimal(3100)] == Decimal(5200)
    assert Decimal(5200) not in found


def test_last_week_is_after_a_month_earlier_in_the_year():
    text = "Of the wells we tested last week, 38 percent were dry. In January it was 12 percent."
    found = _revisions(text, date(2027, 5, 3))
    assert found[Decimal(38)] == Decimal(12)
    assert Decimal(12) not in found


def test_a_forecast_in_a_clause_joined_after_the_figure_is_not_its_time():
    text = "The backlog was 800 cases in January. It is 450 today, and we expect to clear it by June."
    found = _revisions(text, date(2027, 3, 20))
    assert found[Decimal(450)] == Decimal(800)
    assert Decimal(800) not in found


def test_a_quotation_in_the_first_person_takes_up_no_subject_of_the_reporter():
    text = (
        "The baker said she now paid 900 crowns a month for flour, and that prices kept rising. "
        '"We lost 2,000 crowns of stock in March alone," she said.'
    )
    found = _revisions(text, date(2027, 6, 1))
    assert found[Decimal(900)] is None
    assert found[Decimal(2000)] is None


def _units(text: str) -> dict[Decimal, str]:
    return {m.value: m.unit for m in extract(clean_text(text)) if m.value is not None}


def test_a_large_level_a_plural_subject_is_told_by_the_copula_counts_that_subject():
    text = "The Palace Theatre sold tickets at 14 kordels. Bookings were 2.4 million, the operator said."
    assert _units(text)[Decimal(2400000)] == "bookings"


def test_a_distance_within_the_noun_phrase_does_not_take_the_change_told_after_it():
    text = "The coastguard said 2,600 seals were hauled out within 20 kilometres of the harbour, up from 1,900 in May."
    found = {m.value: (m.unit, m.previous_value) for m in extract(clean_text(text)) if m.value is not None}
    assert found[Decimal(2600)] == ("seals", Decimal(1900))


def test_a_people_named_by_their_plural_is_what_the_figure_counts():
    assert _units("About 46,000 Ruthenians now work in the capital, the labour office says.") == {
        Decimal(46000): "ruthenians"
    }
    assert _units("The border police said they had turned back some 2,300 Kallorans.") == {Decimal(2300): "kallorans"}


def test_names_joined_by_and_before_the_noun_counted():
    assert _units("The fighting killed about 4,000 Ostrian and Veldish soldiers, the historians say.") == {
        Decimal(4000): "soldiers"
    }


def test_a_name_before_a_figure_in_groups_of_thousands_is_no_identifier():
    assert _units("The tribunal ordered the bakery to pay Halvorsen 12,750 marks in back wages.") == {
        Decimal(12750): "marks"
    }
    assert _units("Since the spring the agency has shipped Dornland 42,000 tents.") == {Decimal(42000): "tents"}
