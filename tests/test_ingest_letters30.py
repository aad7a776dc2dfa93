"""Round 30: pages whose voice is one writer per section: letters, columns, obituaries, court reports."""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(clean_text(text))}


# A note on the writer that says how often they write before what about
COLUMN_WRITTEN_EVERY_WEEK = """Holm Gazette | OPINION

COLUMN

The ferry timetable is a joke nobody laughs at

Vera Lindqvist
Monday 7 December 2026 | 08:00

Vera Lindqvist writes every Monday on life in Holmby. The views expressed are her own.

Last week I waited for the morning ferry at the north pier for most of an hour before it finally came in.

There are only 6 sailings a day in winter now. I have timed every one of them since.

My neighbours tell me the same story, and I believe them, because I have seen the empty pier myself.
"""


def test_a_writer_note_with_how_often_they_write_names_the_columnist():
    assert _speakers(COLUMN_WRITTEN_EVERY_WEEK)["6 sailings"] == "Vera Lindqvist"
