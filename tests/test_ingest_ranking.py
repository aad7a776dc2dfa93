"""The learned chooser of ingest.ranking: training puts the labelled candidate first, the same way every run."""

import pytest

from ingest.ranking import Ranker, train


def _groups():
    # the right candidate is the one "near" a cue; "first" (the rules' order) is right only half the time
    groups = []
    for i in range(40):
        right = i % 3
        candidates = [{"first": 1.0 if j == 0 else 0.0, "near": 1.0 if j == right else 0.0} for j in range(3)]
        groups.append((candidates, right))
    return groups


def test_training_learns_the_feature_that_marks_the_right_candidate():
    weights = train(_groups())
    assert weights["near"] > 1.0
    assert weights["near"] > weights.get("first", 0.0)
    ranker = Ranker(weights)
    for candidates, right in _groups():
        assert ranker.best(candidates) == right


def test_training_is_deterministic_and_skips_groups_that_teach_nothing():
    groups = _groups()
    assert train(groups) == train(groups)
    useless = [([{"near": 1.0}], 0), ([{"near": 1.0}, {"first": 1.0}], -1)]
    assert train(useless) == {}


def test_ties_go_to_the_rules_order():
    assert Ranker({}).best([{"a": 1.0}, {"b": 1.0}]) == 0
    assert Ranker({"b": 0.5}).best([{"a": 1.0}, {"b": 1.0}]) == 1


def test_a_missing_ranker_file_is_an_error_that_names_it():
    with pytest.raises(FileNotFoundError, match="no_such_ranker"):
        Ranker.load("no_such_ranker")
