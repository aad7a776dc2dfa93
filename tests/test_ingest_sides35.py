"""
Round 35 (sides): a for-and-against page gives each side to a named writer under a heading that carries the side and
the name ("YES - MARTA OLSBERG", "AGAINST: Tobin Reyes", "THE CASE FOR | Marta Olsberg"); each section's figures are
that writer's, as a transcript's turns are their labels' (ingest.interviews.find_transcript reads the heading as the
section's label). A generated matrix of made-up pages, plus guards: a news story whose crossheads name no one, and an
explainer whose headings ask questions. And a Q&A whose answers are labelled by the initials of the one its standfirst
names ("AM: ..." after "Agnes Merriwether has run ..."): each answer is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.test_ingest_turns34 import _speakers

Person = tuple[str, str]
WRITERS: dict[str, tuple[Person, Person]] = {
    "olsberg_reyes": (("Marta", "Olsberg"), ("Tobin", "Reyes")),
    "quayle_adeyemi": (("Ilse", "Quayle"), ("Kofi", "Adeyemi")),
    "brannagh_lutz": (("Declan", "Brannagh"), ("Wenna", "Lutz")),
}


def _full(p: Person) -> str:
    return f"{p[0]} {p[1]}"


Heading = Callable[[bool, Person], str]  # (the side is for, writer) -> the heading's line

HEADINGS: dict[str, Heading] = {
    "yes_dash_caps": lambda for_, p: f"{'YES' if for_ else 'NO'} - {_full(p).upper()}",
    "yes_colon_title": lambda for_, p: f"{'Yes' if for_ else 'No'}: {_full(p)}",
    "for_against_dash": lambda for_, p: f"{'FOR' if for_ else 'AGAINST'} – {_full(p)}",
    "case_for_bar": lambda for_, p: f"THE CASE {'FOR' if for_ else 'AGAINST'} | {_full(p).upper()}",
    "name_then_side": lambda for_, p: f"{_full(p).upper()} - {'YES' if for_ else 'NO'}",
}

FOR_FIGURES = (4300, 27)
AGAINST_FIGURES = (9100, 61)


def _debate(writers: str, heading: str) -> str:
    pro, con = WRITERS[writers]
    head = HEADINGS[heading]
    return (
        "THE ARGUMENT\nShould the harbour ferry be free?\n\n"
        "The port authority votes next week. We asked two people with a stake to make their cases.\n\n"
        f"{head(True, pro)}\n\n"
        "The ferry is the only way across for most of the island. "
        "Fares keep 4,300 people a day off the boats in winter.\n\n"
        "A free service would cost 27 per cent more than today, and I think it is worth it.\n\n"
        f"{_full(pro)} chairs the island residents' association.\n\n"
        f"{head(False, con)}\n\n"
        "I have run boats on this crossing for twenty years. "
        "A free ferry would need 9,100 extra sailings a year that no one has paid for.\n\n"
        "Our costs have risen by 61 per cent since the fuel duty changed, and the fares barely cover them.\n\n"
        f"{_full(con)} is managing director of a ferry company.\n\n"
        "Reader poll: Should the ferry be free? Yes | No\n"
    )


@pytest.mark.parametrize("heading", sorted(HEADINGS))
@pytest.mark.parametrize("writers", sorted(WRITERS))
def test_each_sides_figures_are_its_named_writers(writers: str, heading: str) -> None:
    pro, con = WRITERS[writers]
    speakers = _speakers(_debate(writers, heading))
    for value in FOR_FIGURES:
        assert speakers.get(Decimal(value)) == _full(pro), value
    for value in AGAINST_FIGURES:
        assert speakers.get(Decimal(value)) == _full(con), value


def test_a_news_storys_crossheads_name_no_side() -> None:
    text = (
        "Ferry fares to rise\n\n"
        "Fares on the harbour ferry will rise next month, the port authority said on Monday.\n\n"
        "THE COST - WHAT CHANGES\n\n"
        "A return ticket will cost 14 per cent more, the authority said.\n\n"
        "THE REACTION\n\n"
        "Marta Olsberg, who chairs the residents' association, said 4,300 people a day would pay more.\n"
    )
    speakers = _speakers(text)
    assert speakers.get(Decimal(14)) != "Marta Olsberg"


def test_an_explainers_question_headings_name_no_side() -> None:
    text = (
        "Explained: the ferry vote\n\n"
        "What is being decided?\n\n"
        "The port authority votes on whether to scrap fares. It estimates the cost at 27 per cent of its budget.\n\n"
        "Who is for it? - Residents\n\n"
        "Marta Olsberg says 4,300 people a day use the ferry.\n"
    )
    speakers = _speakers(text)
    assert speakers.get(Decimal(27)) != "Marta Olsberg"


# A Q&A whose answers are labelled by the initials of the one the standfirst names ("AM: Because we see ..."): each
# answer is that person's, as an answer labelled by their surname is
GUESTS: dict[str, str] = {
    "two_words": "Selma Ravensworth",
    "double_barrelled": "Odile Marsh-Tennant",
    "three_words": "Kit Arlo Benbow",
}
STANDFIRSTS: dict[str, str] = {
    "runs": "{guest} has run the Harbour Trust for six years. Our reporter asked her about the ferry.",
    "took_over": "{guest} took over the Harbour Trust in 2024. She talked about fares and the new pier.",
}


def _initialled_qa(guest: str, standfirst: str) -> str:
    from ingest.cleaning import initials

    label = initials(guest)
    return (
        "THE HARBOUR INTERVIEW\n'We cannot run on goodwill'\n"
        f"{STANDFIRSTS[standfirst].format(guest=guest)}\n\n"
        "Interview by Tam Oduya\n\n"
        "How busy is the ferry now?\n\n"
        f"{label}: Busier than ever. We carried 3,800 passengers on the last bank holiday alone.\n\n"
        "And the money?\n\n"
        f"{label}: Our grant covers 45 per cent of what we spend, and I have asked for more.\n\n"
        "What happens next?\n\n"
        f"{label}: We open the new pier in spring, and we will need 70 more volunteers.\n"
    )


@pytest.mark.parametrize("standfirst", sorted(STANDFIRSTS))
@pytest.mark.parametrize("guest", sorted(GUESTS))
def test_an_answer_labelled_by_initials_is_the_named_guests(guest: str, standfirst: str) -> None:
    speakers = _speakers(_initialled_qa(GUESTS[guest], standfirst))
    for value in (3800, 45, 70):
        assert speakers.get(Decimal(value)) == GUESTS[guest], value
