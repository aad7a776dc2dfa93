"""Round 29: figures a body gives without a reporting verb in their own sentence."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

# An opening that tells its change by the earlier level ("down from"), with no verb of change
OPENING_DOWN_FROM = """Ferries carried 4.1 million people in June, down from 4.6 million, the maritime agency said.

A ferry captain, Ilse Brand, said crews were worried. "We are sailing half empty," she said.

Passengers on the island routes fell by 14 per cent.
"""


def test_an_opening_change_told_by_its_earlier_level_runs_on_as_the_bodys_statistic():
    speakers = speakers_by_figure(OPENING_DOWN_FROM)
    assert speakers["14 per cent"] == "maritime agency"


# The opening's statistics stop running on when another source is reported just before
INTERRUPTED_BY_ANOTHER_SOURCE = """Ferry passengers in Ostmark fell to 4.1 million in June, the maritime agency said.

Passengers on the island routes fell by 14 per cent.

But operators say fuel matters more. Fuel costs rose by 30 per cent over the year.
"""


def test_another_sources_report_just_before_breaks_the_openings_run():
    speakers = speakers_by_figure(INTERRUPTED_BY_ANOTHER_SOURCE)
    assert speakers["14 per cent"] == "maritime agency"
    assert speakers["30 per cent"] is None


# History a sentence dates to a year of its own is background, not the body's new statistic
HISTORY_AFTER_OPENING = """Ferries carried 4.1 million people in June, down from 4.6 million, the maritime agency said.

In 2019 the number of passengers peaked at 5.2 million.
"""


def test_history_dated_to_a_year_does_not_run_on_from_the_opening():
    assert speakers_by_figure(HISTORY_AFTER_OPENING)["5.2 million"] is None


# A body's statistics run on in forms of change without a past-tense verb: "was up", "shed", "will rise to"
RUN_ON_FORMS = """Rail journeys in Dorrow rose 6 per cent in May, the transport office said.

Leisure travel was up 9 per cent. Freight shed around 1,200 wagons over the month.

Season tickets will rise by 2 per cent in June, the operator Ferrail said. Day returns will rise to 14.20 krom.
"""


def test_a_bodys_statistics_run_on_in_forms_of_change_without_a_past_tense_verb():
    speakers = speakers_by_figure(RUN_ON_FORMS)
    assert speakers["9 per cent"] == "transport office"
    assert speakers["around 1,200 wagons"] == "transport office"
    assert speakers["14.20 krom"] == "Ferrail"


# "are up at": a state and a place, not a change of a statistic
UP_AT_A_PLACE = """Dock work in Vessholm fell 12 per cent in May, the port company said.

Picket lines are up at all 6 gates this morning.
"""


def test_up_at_a_place_is_not_a_change_running_on():
    assert speakers_by_figure(UP_AT_A_PLACE)["6 gates"] is None


# A body, the subject of its sentence, counting those it represents; not one named after a person it quotes
MEMBERS_REPRESENTED = """The Ostmark Nurses' Union called a strike ballot on Monday.

The union, which represents about 61,000 nurses, wants a rise of 7 per cent.

The Ferrow Bakers' Guild joined the call. The guild represents 1,480 bakeries.

"We cannot wait," said Ilse Brand, head of the Vell Hauliers' Federation, which represents 2,300 firms.
"""


def test_a_body_as_subject_counts_those_it_represents():
    speakers = speakers_by_figure(MEMBERS_REPRESENTED)
    assert speakers["about 61,000 nurses"] == "Ostmark Nurses' Union"
    assert speakers["1,480 bakeries"] == "Ferrow Bakers' Guild"
    assert speakers["2,300 firms"] is None


# A results story's company by the short name it goes by, its dividend "a share", and "the number of" its customers
RESULTS_SHORT_NAME = """Vellmark Stores, a grocer, said on Tuesday that its full-year profit fell by 12 per cent.

Revenue rose 3 per cent to 4.2 billion krom.

The number of loyalty-card customers was 2.1 million.

Vellmark will pay a final dividend of 4.1 pennings a share, bringing the total to 6.3 pennings.
"""


def test_a_results_storys_company_by_its_short_name_gives_its_dividend_and_customers():
    speakers = speakers_by_figure(RESULTS_SHORT_NAME)
    assert speakers["2.1 million"] == "Vellmark Stores"
    assert speakers["4.1 pennings"] == "Vellmark Stores"
    assert speakers["6.3 pennings"] == "Vellmark Stores"


# A relative clause without "that" on a preposition's object, its subject a body by its head noun
COST_THE_BODY_PUTS = """Ski passes will be refunded in full, at a cost the company put at 2.6 million krells.
"""


def test_a_cost_the_body_puts_at_a_figure_is_the_bodys():
    assert speakers_by_figure(COST_THE_BODY_PUTS)["2.6 million krells"] == "company"


# A market's price does not run on as the body's statistic: futures, and shares with a set-off "listed in"
MARKET_AFTER_BODY = """Coffee exports fell 12 per cent in May, the national coffee board said.

Arabica futures in Dorrow rose 4.1 per cent on Thursday. Vellmark's shares, listed in Dorrow, fell 2.2 per cent.
"""


def test_futures_and_listed_shares_are_the_markets_not_the_bodys():
    speakers = speakers_by_figure(MARKET_AFTER_BODY)
    assert speakers["4.1 per cent"] is None
    assert speakers["2.2 per cent"] is None


# The record a body's new figure beat, named right after the body's figures, is the body's too
PREVIOUS_RECORD_AFTER_BODY = """The weather bureau says 188 millimetres of rain fell on Dorrow in 48 hours.

The previous record for any two-day period, 152 millimetres, was set in 1981.
"""


def test_the_previous_record_after_a_bodys_figure_is_the_bodys():
    assert speakers_by_figure(PREVIOUS_RECORD_AFTER_BODY)["152 millimetres"] == "weather bureau"


# A sentence that takes up the body's figure by what it is gives its earlier level, the body's too
FIGURE_TAKEN_UP_AFTER_BODY = """The fisheries institute said its survey counted about 96,000 tonnes of adult herring.

A decade ago the figure was 170,000 tonnes.
"""


def test_the_figure_taken_up_by_name_after_a_bodys_figure_is_the_bodys():
    assert speakers_by_figure(FIGURE_TAKEN_UP_AFTER_BODY)["170,000 tonnes"] == "fisheries institute"
