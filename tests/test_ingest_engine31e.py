"""
A column argues with the figures bodies give, and a body's estimate of a cost is that body speaking: "which the union
has costed at 12 million" is the union's, in a column as in a report (tests/ingest_labelling.md, "Settled in session
23": a figure the page attributes to someone else is always that someone's, whatever the form). A passive "costed at"
or "estimated at" names no one who costs or estimates, and its subject is the thing valued, never a source.
"""

from tests.ingest_helpers import speakers_by_figure

COLUMN = """OPINION | COLUMNISTS

The ferry needs a second crew, not a second timetable

Nell Oskarby
Tuesday 9 March 2027

Nell Oskarby writes on transport every Tuesday. The views are her own.

I have taken the island ferry for twenty years. The operator should hire a second crew, which the ferry union has
costed at 3 million sollins a year. A new harbour ramp, which the Port Authority of Kelby has estimated at 8 million
sollins, can wait.
"""

REPORT = """Harbour plan shelved

By Ari Venn
Tuesday 9 March 2027

A new harbour ramp, costed at 8 million sollins, was shelved by the port on Monday. A second berth, estimated at
5 million sollins, was shelved too.
"""


def _one_line(page: str) -> str:
    return (
        page.replace("has\ncosted", "has costed")
        .replace("8 million\nsollins", "8 million sollins")
        .replace("estimated at\n5", "estimated at 5")
    )


def test_it_gives_a_cost_a_body_has_costed_to_the_body_not_the_columnist() -> None:
    speakers = speakers_by_figure(_one_line(COLUMN))
    assert speakers["3 million sollins"] == "ferry union"


def test_it_reads_the_subject_of_a_perfect_relative_without_its_auxiliary() -> None:
    speakers = speakers_by_figure(_one_line(COLUMN))
    assert speakers["8 million sollins"] == "Port Authority of Kelby"


def test_it_gives_a_passive_valuation_no_speaker_from_the_thing_valued() -> None:
    speakers = speakers_by_figure(_one_line(REPORT))
    assert speakers["8 million sollins"] is None
    assert speakers["5 million sollins"] is None


BILL = """Cost of the ferry strike

By Ari Venn
Tuesday 9 March 2027

Edda Lund, the minister, puts the cost at 4 million sollins; one of her advisers has said it could be 7 million.
"""


def test_it_gives_a_second_source_after_a_semicolon_its_own_figure_in_the_perfect() -> None:
    speakers = speakers_by_figure(BILL)
    assert speakers["4 million sollins"] == "Edda Lund"
    assert speakers["7 million"] == "one of her advisers"


OBITUARY = """Tova Rask, quiz-show host, dies at 81

By Ari Venn
Tuesday 9 March 2027

Tova Rask, who has died aged 81, hosted Brain Race for two decades. At its peak the show drew 3.1 million viewers, KTV
said last night. Brain Race has had 19 series and more than 40,000 contestants, according to the broadcaster.
"""


def test_it_takes_the_broadcaster_for_the_broadcaster_just_named() -> None:
    speakers = speakers_by_figure(OBITUARY.replace("KTV\nsaid", "KTV said"))
    assert speakers["more than 40,000 contestants"] == "KTV"
