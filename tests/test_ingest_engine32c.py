"""
An opinion column whose writer the page names only in a note sharing the stamp's line, a note on what they write
about, or their name and role alone on a line: its own figures are its writer's (tests/ingest_labelling.md, "An
opinion column's own figures are its writer's").
"""

from ingest.extraction import clean_text, extract

HEAD = """THE PELLWICK STANDARD
Home | News | Opinion | Letters

Opinion > Columnists

Our harbour deserves a proper ferry, not another study
The council keeps counting passengers instead of carrying them

{writer}

"""

BODY = """I have taken the harbour ferry every week for ten years, and I have never seen it so empty.

The service now runs 14 sailings a day, down from 22 before the timetable was cut. Fares have risen to 3.40 groats \
a trip. No wonder people drive round the bay instead.

The council says it cannot afford more boats. I think it cannot afford fewer, and I will keep saying so.
"""


def _speakers(writer: str) -> dict:
    page = HEAD.format(writer=writer) + BODY
    return {(str(m.value.normalize()), m.unit): m.speaker for m in extract(clean_text(page)) if m.value is not None}


def test_a_columnist_note_after_the_stamp_on_its_line_names_the_writer():
    found = _speakers("Monday 8 March 2027 | Oda Brennick is the Standard's transport commentator")
    assert found[("14", "sailings")] == "Oda Brennick"


def test_a_note_on_what_the_writer_writes_about_names_an_opinion_page_writer():
    found = _speakers("Oda Brennick writes on the harbour towns every other Monday")
    assert found[("14", "sailings")] == "Oda Brennick"


def test_a_name_and_columnist_role_alone_on_a_line_names_the_writer():
    found = _speakers("Oda Brennick, transport columnist\nMonday 8 March 2027")
    assert found[("14", "sailings")] == "Oda Brennick"


SOURCED_AFTER = (
    HEAD.format(writer="By Oda Brennick")
    + """I have taken the harbour ferry every week for ten years.

Last year the county spent 610 million groats on its roads, by the reckoning of the Pellwick Institute for Fiscal \
Studies. Our neighbour spends, on the Institute's estimate, 21 billion groats a year on its navy.

I think the ferry deserves a share of that, and I will keep saying so.
"""
)


def test_a_reckoning_of_a_named_body_is_that_bodys_not_the_columnists():
    found = {(str(m.value.normalize()), m.unit): m.speaker for m in extract(clean_text(SOURCED_AFTER)) if m.value}
    assert found[("6.1E+8", "groats")] == "Pellwick Institute for Fiscal Studies"


def test_a_figure_on_a_bodys_estimate_is_that_bodys():
    found = {(str(m.value.normalize()), m.unit): m.speaker for m in extract(clean_text(SOURCED_AFTER)) if m.value}
    assert found[("2.1E+10", "groats")] == "Pellwick Institute for Fiscal Studies"
