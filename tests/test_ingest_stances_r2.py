"""
Issue 14's stance, from the verb and its negation, round 2: the scorer counts the stances as labelled, and the
engine reads a flat "There were not N", a figure contradicted, refused or not confirmed, a figure thrown back as a
question, a figure reported and a toll confirmed as the labelling rules say (tests/ingest_labelling.md, "Denials and
disputes", and the family set of disputes' README).
"""

from tests.ingest_eval import main, score_by_category


def test_it_counts_the_stances_as_labelled_with_the_labels_reports_as_relays(tmp_path, capsys):
    (tmp_path / "01_toll.txt").write_text(
        "The union said 40 jobs would go. Officials would not say whether 12 people had died.\n"
    )
    (tmp_path / "01_toll.toml").write_text(
        '[[claims]]\nvalue = "40"\nunit = "jobs"\nquote = "40 jobs would go"\nspeaker = "union"\n'
        'stance = "disputes"\n\n'
        '[[claims]]\nvalue = "12"\nunit = "people"\nquote = "12 people had died"\nspeaker = "Officials"\n'
        'stance = "reports"\n'
    )
    total = score_by_category(tmp_path)["all"]
    assert (total.matched, total.stances_right) == (2, 1)
    assert main([str(tmp_path)]) == 0
    assert "stances as labelled: 1 of 2." in capsys.readouterr().out
