"""The same page gives the same suggestions whatever PYTHONHASHSEED: no pick depends on the order of a set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.speakers import acting_subject

# A release that names its company in full ("Harrowgate Power") and then by its first word alone, both as a
# speaker ("Harrowgate estimates") and as the subject acting on a figure ("Harrowgate has ... spent"): the set of
# bodies named holds both, and which one a short name means must not hang on the set's order.
PAGE = (
    "Harrowgate Power | Newsroom\n\n"
    "Harrowgate Power today published a new plan for the Fenby wind farm, the first in the county for 20 years.\n\n"
    "The farm will be paid for over 25 years. Harrowgate estimates that it will add about 6 crowns a year to the "
    "average household bill, compared with the 4 crowns it forecast in 2022.\n\n"
    "The Energy Board will review the plan. Harrowgate has asked the board to approve it in full; it has already "
    "spent 48 million crowns on land and design.\n\n"
    "The building work will employ up to 500 people, about 120 of them from the Fenby valley, the company said.\n\n"
    "The turbines will stand on 90 hectares of farmland. "
    "Harrowgate has bought 200 hectares next to it for wildlife.\n\n"
    "Harrowgate has agreed to keep the old bridleway open while it builds.\n\n"
    "The farm is one of four new sources in Harrowgate's long-term plan.\n"
)

RAISED = "Harrowgate raised its budget to 48 million crowns."

SCRIPT = """
import os, sys
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
import django
django.setup()
from ingest.extraction import clean_text, extract
for m in extract(clean_text(sys.stdin.read())):
    print(repr(m))
"""


def _extract_with_seed(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], input=PAGE, env=env, cwd=Path.cwd(), capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize("seeds", [(0, 1), (1, 4), (2, 3), (0, 5)])
def test_same_page_same_output_under_any_hash_seed(seeds):
    first, second = (_extract_with_seed(seed) for seed in seeds)
    assert "48 million crowns" in first
    assert first == second


def test_short_name_acting_on_a_figure_is_the_full_name_it_opens():
    # positive: the short name is the body named in full, whichever order the set gives
    for bodies in ({"Harrowgate", "Harrowgate Power"}, {"Harrowgate Power", "Harrowgate"}):
        found = acting_subject(RAISED, RAISED.index("48"), bodies=bodies)
        assert found == "Harrowgate Power"


def test_short_name_of_two_fuller_names_is_the_shorter():
    bodies = {"Harrowgate Power Holdings", "Harrowgate Power", "Harrowgate"}
    assert acting_subject(RAISED, RAISED.index("48"), bodies=bodies) == "Harrowgate Power"


@pytest.mark.parametrize(
    "bodies",
    [
        {"Harrowgate"},  # near miss: only the short name known, which stays itself
        {"Harrowgate", "Harrowgateway Trust"},  # a longer word, not the name opened by the short one
    ],
)
def test_short_name_with_no_fuller_name_stays_itself(bodies):
    assert acting_subject(RAISED, RAISED.index("48"), bodies=bodies) == "Harrowgate"
