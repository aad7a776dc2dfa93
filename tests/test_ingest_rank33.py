"""
The speaker re-ranker's experiment (bench/speaker_ranking.py, bench/speaker_ranker.py): its candidates and features
on made-up sentences, its weights file, and its training command on a tiny folder.
"""

import json
import subprocess
import sys
from pathlib import Path

from bench.speaker_ranking import FEATURES, Candidate, best, candidate_features, key, load_weights, rerank, train
from ingest.extraction import clean_text, extract

BENCH = Path(__file__).resolve().parent.parent / "bench" / "speaker_ranker.py"
TEXT = (
    "The harbour board said 40 berths would close this winter.\n\n"
    "Its chair, Odile Brenner, told the Westport Gazette that 12 ferry berths would close in spring."
)


def _pools() -> list[tuple[str | None, dict[str, Candidate]]]:
    text = clean_text(TEXT)
    mentions = [m for m in extract(text) if m.value is not None]
    return [
        (m.speaker, {key(c.name): c for c in pool})
        for m, pool in zip(mentions, candidate_features(text, mentions), strict=True)
    ]


def test_it_lists_the_rules_choice_first_and_no_speaker_as_a_candidate():
    text = clean_text(TEXT)
    mentions = extract(text)
    for mention, pool in zip(mentions, candidate_features(text, mentions), strict=True):
        assert key(pool[0].name) == key(mention.speaker) and pool[0].features["rules"] == 1.0
        assert any(c.name is None and c.features.get("nobody") for c in pool)


def test_it_finds_the_source_of_the_sentence_before_as_a_candidate():
    (_, first), (_, second) = _pools()
    assert first["harbour board"].features["report_0"] == 1.0
    assert second["harbour board"].features["report_1"] == 1.0
    assert second["harbour board"].features["body"] == 1.0


def test_it_marks_the_listener_of_told():
    _, second = _pools()[1]
    assert second["westport gazette"].features["listener"] == 1.0
    assert "listener" not in second["odile brenner"].features


def test_it_gives_the_speaker_of_the_figure_before_as_a_candidate():
    (first_speaker, _), (_, second) = _pools()
    assert second[key(first_speaker)].features["earlier_speaker_1"] == 1.0


def test_it_keeps_the_rules_choice_on_a_tie():
    pool = [Candidate("Odile Brenner", features={"rules": 1.0}), Candidate(None, features={"nobody": 1.0})]
    assert best(pool, {}).name == "Odile Brenner"


def test_it_reranks_by_the_weights():
    text = clean_text(TEXT)
    mentions = [m for m in extract(text) if m.value is not None]
    ranked = rerank(text, mentions, {"nobody": 5.0})
    assert [m.speaker for m in ranked] == [None, None]


def test_it_learns_to_prefer_the_candidate_the_targets_name():
    pools = [[Candidate("A", features={"rules": 1.0}), Candidate("B", features={"report_1": 1.0})]] * 20
    weights = train([(pool, [0.0, 1.0]) for pool in pools], epochs=5)
    assert weights["report_1"] > weights["rules"]
    assert best(pools[0], weights).name == "B"


def test_the_weights_file_loads_and_matches_the_feature_list():
    weights = load_weights()
    assert list(weights) == list(FEATURES)
    assert all(isinstance(w, float) for w in weights.values())


def test_the_training_command_runs_on_a_tiny_folder(tmp_path):
    folder = tmp_path / "ingest_tiny"
    folder.mkdir()
    (folder / "01_harbour.txt").write_text(TEXT)
    (folder / "01_harbour.toml").write_text(
        'published = 2026-01-05\n\n[[claims]]\nquote = "The harbour board said 40 berths would close this winter."\n'
        'value = 40\nunit = "berths"\nspeaker = "harbour board"\n'
    )
    out = tmp_path / "weights.json"
    subprocess.run([sys.executable, str(BENCH), "train", str(folder), "--out", str(out)], check=True)
    written = json.loads(out.read_text())
    assert written["features"] == list(FEATURES) and len(written["weights"]) == len(FEATURES)
