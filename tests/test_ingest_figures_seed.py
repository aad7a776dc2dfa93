"""Importing into the seeded demo proposes the demo's tracked figures (issue 12), and accepting feeds their ledgers."""

import datetime

import pytest
from django.contrib.auth.models import User

from figures.ledger import ledger_for
from figures.models import Figure
from ingest.services import source_import, suggestion_accept

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]

COMMITTED = "north-korean-troops-committed-to-russia"
TEXT = (
    "SEOUL, Oct 30: South Korea's spy agency told lawmakers that about 12,000 North Korean troops committed to "
    "Russia were preparing for combat.\n"
)


def imported(text: str):
    editor = User.objects.get(username="editor")
    return source_import(text=text, published_at=datetime.date(2024, 10, 30), by=editor).suggestions


def test_it_proposes_the_committed_figure_for_about_12000_north_korean_troops_committed():
    [troops] = [s for s in imported(TEXT) if s.unit == "troops"]
    assert troops.proposed_figure.slug == COMMITTED  # the claim it repeats estimates it, and so do its words
    [troops] = [s for s in imported(TEXT.replace("12,000", "25,000")) if s.unit == "troops"]
    assert troops.matched_claim is None and troops.proposed_figure.slug == COMMITTED
    assert troops.proposed_figure_reason.startswith("same unit (troops); its name shares the words committed")


def test_it_proposes_nothing_for_a_number_of_another_unit():
    [tanks] = [s for s in imported(TEXT.replace("troops", "tanks")) if s.unit == "tanks"]
    assert tanks.proposed_figure is None


def test_it_puts_the_accepted_claim_in_the_committed_ledger():
    [troops] = [s for s in imported(TEXT) if s.unit == "troops"]
    claim = suggestion_accept(suggestion=troops, by=User.objects.get(username="editor"))

    entries = ledger_for(Figure.objects.get(slug=COMMITTED), public=False).entries
    [entry] = [entry for entry in entries if entry.claim_slug == claim.slug]
    assert (entry.value, entry.stated_on) == (12000, datetime.date(2024, 10, 30))


def test_a_number_repeating_a_claim_of_a_figure_is_proposed_for_that_figure():
    """Words unlike the figure's name ("deploying"), but the claim it repeats already estimates "committed"."""
    text = (
        "SEOUL, Oct 30: The NIS also reported to the National Assembly that North Korea is deploying around "
        "12,000 troops to Russia.\n"
    )
    [troops] = [s for s in imported(text) if s.unit == "troops"]
    assert troops.matched_claim is not None and troops.matched_claim.estimate.figure.slug == COMMITTED
    assert troops.proposed_figure.slug == COMMITTED and troops.proposed_figure_score == 1.0
    assert troops.proposed_figure_reason.startswith(f"it repeats “{troops.matched_claim.statement}")
