"""The agreement of two labellers (tests.ingest_agreement), which says what the engine's targets can mean."""

from pathlib import Path

from tests.ingest_agreement import agreement

PAGE = "The council said 41 homes would be demolished. Residents said about 300 people had signed a petition.\n"
FIRST = """
[[claims]]
value = "41"
unit = "homes"
quote = "41 homes would be demolished"
speaker = "the council"

[[claims]]
value = "300"
unit = "people"
qualifier = "approx"
category = "word_quantity"
quote = "about 300 people had signed"
speaker = "Residents"
"""


def _folder(tmp_path: Path, name: str, labels: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "01_page.txt").write_text(PAGE)
    (folder / "01_page.toml").write_text(labels)
    return folder


def test_it_finds_a_labeller_in_full_agreement_with_itself(tmp_path):
    first = _folder(tmp_path, "first", FIRST)
    table, second_total = agreement(first, first, [])
    assert (table["all"]["gold"], table["all"]["matched"], table["all"]["speakers"], second_total) == (2, 2, 2, 2)


def test_it_counts_a_claim_only_one_labeller_gives_and_a_speaker_they_read_differently(tmp_path):
    second_labels = FIRST.split("[[claims]]")[1].replace('speaker = "the council"', 'speaker = "Residents"')
    first, second = _folder(tmp_path, "first", FIRST), _folder(tmp_path, "second", "[[claims]]" + second_labels)
    errors: list[str] = []
    table, second_total = agreement(first, second, errors)
    assert (table["all"]["matched"], table["all"]["speakers"], second_total) == (1, 0, 1)
    assert table["word_quantity"]["gold"] == 1 and table["word_quantity"]["matched"] == 0
    assert any(line.startswith("01_page: first only 300") for line in errors)
