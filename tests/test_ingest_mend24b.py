"""
The second review of the session-24 engine changes (rounds 40-42): patterns that took a body's acts, a number's
neighbours or an open noun for more than they are, each shown by the sentence that gave a false speaker or figure.
"""

from tests.ingest_helpers import speakers


def test_it_does_not_read_jobs_lost_last_year_as_a_companys_result():
    assert speakers("Kelvany Steel lost 400 jobs last year as orders fell.") == [None]


def test_it_does_not_read_games_lost_last_year_as_a_clubs_result():
    assert speakers("Brackenford United lost 14 games last year.") == [None]
