"""
Round 38: election and ballot counts (tests/ingest_labelling.md, session 23, "Election count" and "Lists with the
unit given once"): a list of candidates' votes whose unit the sentence before gave, an item with an appositive,
a majority counted in the votes of the page (or in seats when the sentence counts seats), ballot papers.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract
from ingest.numbers import find_figures


def _units(sentence: str, **kw: str) -> dict[Decimal, str]:
    return {f.value: f.unit for f in find_figures(sentence, **kw)}


COUNT_PAGE = (
    "Farmers' List holds Keldholm East\n\n"
    "KELDHOLM, May 2 - The Farmers' List held the Keldholm East seat in a by-election on Thursday, "
    "with the Miners' Union second, as fewer than half of voters turned out.\n\n"
    "The returning officer, Maren Oddby, declared Tove Rusk of the Farmers' List elected with 3,118 votes "
    "shortly after midnight. "
    "Arne Holt of the Miners' Union 2,540, Siri Vang of the Greens 611, Ola Brekke, an independent, 97.\n\n"
    "Rusk's majority was 578. Turnout was 38.2 percent."
)


def _count_page() -> dict[Decimal, tuple[str, str | None]]:
    return {m.value: (m.unit, m.speaker) for m in extract(clean_text(COUNT_PAGE))}


def test_a_verbless_list_after_the_declared_votes_counts_votes():
    found = _count_page()
    assert found[Decimal(2540)][0] == "votes"
    assert found[Decimal(611)][0] == "votes"


def test_a_list_item_with_an_appositive_counts_votes():
    assert _count_page()[Decimal(97)][0] == "votes"


def test_the_list_is_the_declaring_officers():
    found = _count_page()
    assert found[Decimal(2540)][1] == "Maren Oddby"
    assert found[Decimal(97)][1] == "Maren Oddby"


def test_a_majority_is_counted_in_votes():
    assert _count_page()[Decimal(578)][0] == "votes"


def test_a_majority_cut_from_one_figure_to_another_is_in_votes():
    assert _units("They had cut the Union's majority from 2,400 to 610 in a single night.")[Decimal(610)] == "votes"


def test_a_majority_was_a_figure_is_in_votes():
    assert _units("Holt's majority was 1,204.")[Decimal(1204)] == "votes"


def test_a_majority_of_one_after_seats_is_a_seat():
    units = _units("The result gives the Farmers' List 31 of the assembly's 61 seats, a majority of one.")
    assert units.get(Decimal(1)) == "seats"


def test_one_short_of_a_majority_after_seats_is_a_seat():
    units = _units("That leaves the Union with 30 of the 61 seats, one short of a majority.")
    assert units.get(Decimal(1)) == "seats"


def test_one_of_a_majority_with_no_seats_is_no_figure():
    assert Decimal(1) not in _units("The Union was one vote short of a majority of one kind or another.")


def test_ballot_papers_are_one_unit():
    assert _units("A further 41 ballot papers were rejected.")[Decimal(41)] == "ballot papers"


def test_the_leads_turnout_is_the_officers_the_page_then_names():
    assert _count_page()[Decimal(50)][1] == "Maren Oddby"


def test_a_leads_figure_that_is_no_count_is_not_the_officers():
    text = COUNT_PAGE.replace("as fewer than half of voters turned out", "after a campaign that cost 40,000 florins")
    found = {m.value: m.speaker for m in extract(clean_text(text))}
    assert Decimal(40000) in found
    assert found[Decimal(40000)] != "Maren Oddby"


def test_a_candidate_named_in_the_list_is_the_he_of_a_later_quotation():
    text = COUNT_PAGE + (
        "\n\nHolt said the night showed the List was losing its hold on the valley. "
        '"We cut their lead to 578 votes in a ward they have held for years," he said.'
    )
    quoted = [m for m in extract(clean_text(text)) if m.value == Decimal(578) and "cut" in m.quote]
    assert quoted and quoted[0].speaker == "Arne Holt"


def test_a_bare_figure_cast_is_the_counts_ballots():
    units = _units("She said 2,410 ballots had been sorted so far, out of 40,112 cast.")
    assert units.get(Decimal(40112)) == "ballots"


def test_a_bare_figure_cast_alone_is_votes():
    assert _units("In all, 40,112 were cast.").get(Decimal(40112)) == "votes"
