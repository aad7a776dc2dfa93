"""
A document a body puts out, taken up later by its bare noun ("The report said", "The release puts ... at"), speaks for
that body: the speaker an editor is offered is the ministry, not "report" (found when blind46's statistics release
gave the speaker "release").
"""

import pytest

from tests.ingest_helpers import speakers_by_figure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry published a report on Monday. The report said the average price was 212,000 marrets.",
            "ministry",
        ),
        (
            "The statistics office published a release on Monday. The release puts the average price at 212,000 "
            "marrets.",
            "statistics office",
        ),
        (
            "Second homes counted\n\nThe Tarrowmark Statistics Office released its count of second homes on Monday, "
            "a week later than it had planned.\n\nThe release puts the average price at 212,000 marrets.",
            "Tarrowmark Statistics Office",
        ),
        (
            "The ministry published new figures on Monday. The report puts the average price at 212,000 marrets.",
            "ministry",
        ),
    ],
)
def test_a_document_taken_up_by_its_noun_speaks_for_the_body_that_put_it_out(text, speaker):
    assert speakers_by_figure(text)["212,000 marrets"] == speaker


def test_a_document_named_by_its_owner_still_wins():
    text = "The ministry published a report on Monday. The union's report puts the average price at 212,000 marrets."
    assert speakers_by_figure(text)["212,000 marrets"] == "union"
