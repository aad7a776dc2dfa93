"""Round 27: readings of kinds of page (columns)."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

COLUMN = """THE HOLTBY TELEGRAPH
News | Sport | Opinion | Letters

Opinion

Shutting the swimming pools will not balance the books

By Corwen Adebayo-Lusk
Monday 7 June 2027

I have swum at the Eastgate baths every week for twenty years, and I have watched the council cut its hours and its \
staff one budget at a time.

The closure would save 400,000 crowns a year, or less than 0.2 per cent of the council's 260 million crown budget, and \
I do not think that is worth the loss of the only pool in the east of the town.

Neighbouring Farrow closed two of its pools in 2019. I went there last week, and my guess is that the queue for the \
one left was an hour long.
"""


def test_a_columns_own_figures_are_its_writers_but_a_bodys_possessed_figure_is_background():
    speakers = speakers_by_figure(COLUMN)
    assert speakers["400,000 crowns"] == "Corwen Adebayo-Lusk"
    assert speakers["260 million crown"] is None


def test_an_act_a_column_dates_to_a_year_after_its_figure_is_background_history():
    speakers = speakers_by_figure(COLUMN)
    assert speakers["two"] is None
    assert speakers["400,000 crowns"] == "Corwen Adebayo-Lusk"


HARBOUR_COLUMN = """THE HOLTBY TELEGRAPH
News | Sport | Opinion | Letters

Opinion

The new quay is a good bet, whatever its critics say

By Corwen Adebayo-Lusk
Monday 7 June 2027

I have walked the old quay most mornings for a decade, and I have watched the ships grow too big for it one season \
after another.

The port authority's own forecast is 40,000 containers a year. I think the town would gain about 300 jobs on the quay \
and in the warehouses behind it.
"""


def test_a_bodys_own_record_as_the_subject_gives_the_body_the_figure_even_in_a_column():
    speakers = speakers_by_figure(HARBOUR_COLUMN)
    assert speakers["40,000 containers"] == "port authority"
    assert speakers["about 300 jobs"] == "Corwen Adebayo-Lusk"


SEED_BANK_QA = """Funding for the Brenholt Seed Bank has been cut for the third year running.
We spoke to Ilse Varga-Tamm, who has run it since 2015.

Has the ministry told you what it will pay next year?

The ministry has offered 300,000 crowns for next year. We need twice that just to keep the freezers running.

The ministry says your grant rose last year.

The grant rose by 2 per cent, but our electricity bill went up far faster than that.

Will you close any stores?

We will close two of our five stores, and I am sorry about it.
"""


def test_an_answers_untold_figures_are_the_interviewees_whoever_they_are_about():
    speakers = speakers_by_figure(SEED_BANK_QA)
    assert speakers["300,000 crowns"] == "Ilse Varga-Tamm"
    assert speakers["2 per cent"] == "Ilse Varga-Tamm"


ROLE_ONLY_INTERVIEW = """THE DALEFORD ECHO
News | Business | Interviews

IN CONVERSATION

"The ferry will never pay for itself"

Marta Lindqvist-Obi, chief executive of Tarn Lake Ferries, on a wet summer, fuel costs and a new boat

Interview by Pell Ostrander
Tuesday 3 August 2027

Tarn Lake Ferries carried fewer passengers this summer than last, and its fuel bill rose again. We asked its chief \
executive what comes next.

How many people did you carry this summer?

We carried 61,000 passengers between June and August, and we ran every sailing we had promised.

Is the new boat still coming?

Yes. We ordered it in March and it will cost us about 3 million crowns, which I think is money well spent.
"""


def test_a_qa_introducing_its_interviewee_by_role_gives_the_answers_to_the_one_its_standfirst_names():
    speakers = speakers_by_figure(ROLE_ONLY_INTERVIEW)
    assert speakers["61,000 passengers"] == "Marta Lindqvist-Obi"
    assert speakers["about 3 million crowns"] == "Marta Lindqvist-Obi"
